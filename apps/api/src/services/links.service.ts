/**
 * @module
 * A round's links: one per respondent group × insats, with an unguessable token. The
 * rules: a group of the round's instrument, an insats of the round's förbund; creating
 * and revoking are audited in the same transaction, and a revoked link answers 410 from
 * the next request on.
 */
import {
  createLink,
  type Database,
  getInsats,
  type Link,
  type Round,
  revokeLink,
} from '@indikera/db';
import { findGroup } from '@indikera/instrument';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Kysely } from 'kysely';
import type { FieldError } from '../problem';
import { audited } from './audited';
import { InvalidFieldsError } from './domain-errors';
import { roundInstrument } from './instruments.service';
import type { SurveyLinks } from './survey-links';

export interface NewRoundLink {
  readonly group: string;
  readonly insatsId?: number | null | undefined;
  readonly kiosk: boolean;
  readonly asked?: number | null | undefined;
}

/** 160 random bits, base32: unguessable, and short enough for a QR code. */
function newToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** Creates a link to the round's questionnaire, audited; refuses a foreign group or insats. */
export async function createRoundLink(
  db: Kysely<Database>,
  round: Round,
  link: NewRoundLink,
  by: number,
): Promise<Link> {
  const errors: FieldError[] = [];
  if (!findGroup(await roundInstrument(db, round), link.group)) {
    errors.push({ field: 'group', message: `okänd respondentgrupp "${link.group}"` });
  }
  if (link.insatsId != null) {
    const insats = await getInsats(db, link.insatsId);
    if (insats?.forbundId !== round.forbundId)
      errors.push({ field: 'insatsId', message: 'ingen insats i förbundet' });
  }
  if (errors.length > 0) throw new InvalidFieldsError(errors);
  return audited(
    db,
    (trx) =>
      createLink(trx, {
        token: newToken(),
        roundId: round.id,
        groupId: link.group,
        insatsId: link.insatsId ?? null,
        kiosk: link.kiosk,
        asked: link.asked ?? null,
      }),
    (created) => ({
      userId: by,
      forbundId: round.forbundId,
      action: 'link.create',
      subject: `link:${created.id}`,
    }),
  );
}

/** Revokes a link, audited; it answers 410 from the next request on. */
export async function revokeRoundLink(
  db: Kysely<Database>,
  links: SurveyLinks,
  change: { readonly link: Link; readonly round: Round; readonly by: number },
): Promise<Link> {
  const { link, round, by } = change;
  await audited(
    db,
    (trx) => revokeLink(trx, link.id),
    () => ({
      userId: by,
      forbundId: round.forbundId,
      action: 'link.revoke',
      subject: `link:${link.id}`,
    }),
  );
  links.forget();
  return { ...link, revoked: true };
}
