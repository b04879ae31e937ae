/**
 * @module
 * A paper questionnaire typed in by a koordinator: the instrument's rules for the answers,
 * an insats of the round's förbund, a real day that is not in the future; stored once
 * per id, with its audit entry in the same transaction.
 */
import {
  type Database,
  getInsats,
  insertResponse,
  inTransaction,
  type Round,
  recordAudit,
} from '@indikera/db';
import { isRealDate } from '@indikera/formats';
import type { Gender } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import type { FieldError } from '../problem';
import { InvalidFieldsError } from './domain-errors';
import { roundInstrument } from './instruments.service';
import { checkResponse } from './response-input';

export interface PaperForm {
  readonly id?: string | undefined;
  readonly group: string;
  readonly kon?: Gender | null | undefined;
  readonly insatsId?: number | null | undefined;
  readonly answeredOn?: string | undefined;
  readonly batch?: string | undefined;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** Stores a paper form in the round; `duplicate` when its id is stored already. */
export async function enterPaperForm(
  db: Kysely<Database>,
  round: Round,
  form: PaperForm,
  context: { readonly today: string; readonly by: number },
): Promise<{ id: string; status: 'created' | 'duplicate' }> {
  const { today, by } = context;
  const checked = checkResponse(
    await roundInstrument(db, round),
    form.group,
    form.kon ?? null,
    form.answers,
  );
  const errors: FieldError[] = checked.ok
    ? []
    : checked.errors.map((e) => (e.field === 'grupp' ? { ...e, field: 'group' } : e));
  if (
    form.insatsId != null &&
    (await getInsats(db, form.insatsId))?.forbundId !== round.forbundId
  ) {
    errors.push({ field: 'insatsId', message: 'ingen insats i förbundet' });
  }
  if (form.answeredOn !== undefined && (!isRealDate(form.answeredOn) || form.answeredOn > today)) {
    errors.push({
      field: 'answeredOn',
      message: 'inget giltigt datum, eller ett datum i framtiden',
    });
  }
  if (!checked.ok || errors.length > 0) throw new InvalidFieldsError(errors);
  const { response } = checked;
  const id = (form.id ?? crypto.randomUUID()).toLowerCase();
  const status = await inTransaction(db, async (trx) => {
    const outcome = await insertResponse(trx, {
      id,
      roundId: round.id,
      linkId: null,
      groupId: form.group,
      insatsId: form.insatsId ?? null,
      kon: response.kon,
      channel: 'paper',
      answeredOn: form.answeredOn ?? today,
      batch: form.batch ?? null,
      answers: response.answers,
    });
    if (outcome === 'created') {
      await recordAudit(trx, {
        userId: by,
        forbundId: round.forbundId,
        action: 'response.paper',
        subject: `round:${round.id}`,
      });
    }
    return outcome;
  });
  return { id, status };
}
