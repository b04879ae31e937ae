/**
 * @module
 * Storing questionnaires. A response and its answers go in together or not at all, keyed
 * by the client's id so that a retried post (an offline tablet flushing its outbox
 * twice) is stored once.
 */
import type { AnswerValue, Gender } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import type { Channel, Database, NewAnswerRow, NewResponseRow } from './schema';
import { inTransaction } from './transaction';

export interface NewResponse {
  /** A random UUID (version 4) made by the client. */
  readonly id: string;
  readonly roundId: number;
  /** Null for paper and import, which come through no link. */
  readonly linkId: number | null;
  readonly groupId: string;
  readonly insatsId: number | null;
  readonly kon: Gender | null;
  readonly channel: Channel;
  /** `YYYY-MM-DD`: the database refuses anything finer than the day. */
  readonly answeredOn: string;
  readonly batch: string | null;
  /** Question id → value, already validated against the round's instrument version. */
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

export type InsertOutcome = 'created' | 'duplicate';

// SQLite allows 32,766 bound values per statement: 9 × 500 and 3 × 5,000 stay well below.
export const responsesPerInsert = 500;
export const answersPerInsert = 5000;

export function toResponseRow(r: NewResponse): NewResponseRow {
  return {
    id: r.id,
    round_id: r.roundId,
    link_id: r.linkId,
    group_id: r.groupId,
    insats_id: r.insatsId,
    kon: r.kon,
    channel: r.channel,
    answered_on: r.answeredOn,
    batch: r.batch,
  };
}

export function toAnswerRows(r: NewResponse): NewAnswerRow[] {
  return [...r.answers].map(([question, value]) => ({
    response_id: r.id,
    question_id: question,
    value: String(value),
  }));
}

export function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) {
    yield items.slice(start, start + size);
  }
}

/**
 * Stores one questionnaire in one transaction. `duplicate` when a response with this id
 * exists already: nothing is written, whatever the answers say.
 * @example await insertResponse(db, { id: crypto.randomUUID(), ..., answers: new Map([['S1', 5]]) })
 */
export async function insertResponse(
  db: Kysely<Database>,
  response: NewResponse,
): Promise<InsertOutcome> {
  return inTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto('responses')
      .values(toResponseRow(response))
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 0n) return 'duplicate';
    const answers = toAnswerRows(response);
    if (answers.length > 0) await trx.insertInto('answers').values(answers).execute();
    return 'created';
  });
}

/**
 * Stores many questionnaires (a file import, a pile of paper) all or nothing, in
 * multi-row inserts. An id already stored, or seen earlier in the list, is a duplicate.
 */
export async function insertResponses(
  db: Kysely<Database>,
  responses: readonly NewResponse[],
): Promise<{ readonly created: number; readonly duplicate: number }> {
  // In key order, each insert appends to a few B-tree pages instead of touching pages all
  // over the file: twice as fast on a large import. The sort is stable, so the first of
  // two responses with the same id is still the one stored.
  const inKeyOrder = [...responses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return inTransaction(db, async (trx) => {
    let created = 0;
    for (const chunk of chunksOf(inKeyOrder, responsesPerInsert)) {
      const fresh = new Set(
        (
          await trx
            .insertInto('responses')
            .values(chunk.map(toResponseRow))
            .onConflict((oc) => oc.column('id').doNothing())
            .returning('id')
            .execute()
        ).map((row) => row.id),
      );
      created += fresh.size;
      // Deleting as we go gives the answers of a repeated id to its first occurrence only.
      const answers = chunk.flatMap((r) => (fresh.delete(r.id) ? toAnswerRows(r) : []));
      for (const part of chunksOf(answers, answersPerInsert)) {
        await trx.insertInto('answers').values(part).execute();
      }
    }
    return { created, duplicate: responses.length - created };
  });
}

export async function countResponses(db: Kysely<Database>, roundId: number): Promise<number> {
  const row = await db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return row.count;
}
