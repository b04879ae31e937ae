/**
 * @module
 * Archiving and gallring of a round's answers. The förbund decides, under its own
 * gallringsbeslut, from which day a round's answers may be culled; culling is a deliberate
 * act of an admin, never automatic. Everything a culling removes goes in one transaction.
 */
import type { AnswerValue, Gender } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { inTransaction } from './transaction';

/** One stored questionnaire as the archive writes it. */
export interface StoredResponse {
  readonly groupId: string;
  readonly kon: Gender | null;
  readonly insatsId: number | null;
  /** `YYYY-MM-DD`. */
  readonly answeredOn: string;
  /** Question id → the stored code (`1`–`6`, `ja`, `nej`). */
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

function answerValue(code: string): AnswerValue {
  const n = Number(code);
  return (Number.isInteger(n) ? n : code) as AnswerValue;
}

/**
 * Every questionnaire of a round with its answers, by group and day. Within a day the order
 * is that of the random ids, so the order tells nothing of when an answer came.
 */
export async function listResponsesOfRound(
  db: Kysely<Database>,
  roundId: number,
): Promise<StoredResponse[]> {
  const responses = await db
    .selectFrom('responses')
    .select(['id', 'group_id', 'kon', 'insats_id', 'answered_on'])
    .where('round_id', '=', roundId)
    .orderBy('group_id')
    .orderBy('answered_on')
    .orderBy('id')
    .execute();
  const answers = await db
    .selectFrom('answers')
    .innerJoin('responses', 'responses.id', 'answers.response_id')
    .select(['answers.response_id', 'answers.question_id', 'answers.value'])
    .where('responses.round_id', '=', roundId)
    .execute();
  const byResponse = new Map<string, Map<string, AnswerValue>>();
  for (const a of answers) {
    const map = byResponse.get(a.response_id) ?? new Map<string, AnswerValue>();
    map.set(a.question_id, answerValue(a.value));
    byResponse.set(a.response_id, map);
  }
  return responses.map((r) => ({
    groupId: r.group_id,
    kon: r.kon,
    insatsId: r.insats_id,
    answeredOn: r.answered_on,
    answers: byResponse.get(r.id) ?? new Map(),
  }));
}

/** Sets or clears the day from which the round's answers may be culled. */
export async function setCullAfter(
  db: Kysely<Database>,
  roundId: number,
  cullAfter: string | null,
): Promise<void> {
  await db.updateTable('rounds').set({ cull_after: cullAfter }).where('id', '=', roundId).execute();
}

/**
 * Deletes every answer of a round, the questionnaires and any import rows still staged,
 * and records the day; all or nothing. Returns how many questionnaires were deleted.
 */
export async function cullRoundAnswers(
  db: Kysely<Database>,
  roundId: number,
  today: string,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const ofRound = trx.selectFrom('responses').select('id').where('round_id', '=', roundId);
    const staged = trx
      .selectFrom('staged_responses')
      .select('import_key')
      .where('round_id', '=', roundId);
    await trx.deleteFrom('answers').where('response_id', 'in', ofRound).execute();
    const deleted = await trx
      .deleteFrom('responses')
      .where('round_id', '=', roundId)
      .executeTakeFirst();
    await trx.deleteFrom('staged_answers').where('import_key', 'in', staged).execute();
    await trx.deleteFrom('staged_responses').where('round_id', '=', roundId).execute();
    await trx.updateTable('rounds').set({ culled_on: today }).where('id', '=', roundId).execute();
    return Number(deleted.numDeletedRows);
  });
}
