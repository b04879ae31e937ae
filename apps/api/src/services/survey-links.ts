/**
 * @module
 * The link and round behind a survey token, as every post of a questionnaire needs them,
 * kept for a moment per token: under load the same few links are looked up thousands of
 * times a second. Whatever changes a link's or a round's state calls `forget()`, so that
 * closing a round or revoking a link takes effect on the next request; the short lifetime
 * only bounds what another process (the command line) could change behind this one's back.
 */
import { type Database, getLinkByToken, getRound, type Link, type Round } from '@indikera/db';
import type { Kysely } from 'kysely';
import { GoneError, NotFoundError } from './domain-errors';

/** How long a lookup is trusted. */
export const SURVEY_LINK_TTL_MS = 2000;
/** Tokens kept at the most; the oldest goes first. Unknown tokens are never kept. */
export const SURVEY_LINK_ENTRIES = 5000;

export interface SurveyLink {
  readonly link: Link;
  readonly round: Round;
}

export class SurveyLinks {
  readonly #entries = new Map<string, SurveyLink & { readonly until: number }>();
  /** Counts the changes, so that a lookup that read before one is not kept after it. */
  #generation = 0;

  /** The link and its round, or undefined for a token that does not exist. */
  async find(db: Kysely<Database>, token: string, now: number): Promise<SurveyLink | undefined> {
    const kept = this.#entries.get(token);
    if (kept && kept.until > now) return kept;
    const generation = this.#generation;
    const link = await getLinkByToken(db, token);
    const round = link ? await getRound(db, link.roundId) : undefined;
    if (!link || !round) return undefined;
    if (generation !== this.#generation) return { link, round };
    this.#entries.delete(token);
    if (this.#entries.size >= SURVEY_LINK_ENTRIES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(token, { link, round, until: now + SURVEY_LINK_TTL_MS });
    return { link, round };
  }

  /** Called after any change to a link or a round. */
  forget(): void {
    this.#generation++;
    this.#entries.clear();
  }
}

export class UnknownLinkError extends NotFoundError {
  constructor() {
    super('Länken finns inte. Kontrollera adressen.');
  }
}

export class RevokedLinkError extends GoneError {
  constructor() {
    super('Länken är inte längre aktiv.');
  }
}

export class ClosedRoundError extends GoneError {
  constructor() {
    super('Mätningen är avslutad och tar inte emot fler svar.');
  }
}

/** The link and its round, refusing unknown (404), revoked or closed (410). */
export async function openSurveyLink(
  links: SurveyLinks,
  db: Kysely<Database>,
  token: string,
  now: number,
): Promise<SurveyLink> {
  const found = await links.find(db, token, now);
  if (!found) throw new UnknownLinkError();
  if (found.link.revoked) throw new RevokedLinkError();
  if (found.round.status !== 'open') throw new ClosedRoundError();
  return found;
}
