/**
 * @module
 * A file import all or nothing, without one long transaction: its rows are staged a batch
 * at a time (each batch a short transaction, so answers from the links are stored
 * meanwhile), then moved into `responses` and `answers` in one transaction. Until then no
 * report or count sees any of it; a server stopped mid-way leaves only staged rows.
 */
import { type Kysely, sql } from 'kysely';
import {
  answersPerInsert,
  chunksOf,
  type NewResponse,
  responsesPerInsert,
  toAnswerRows,
  toResponseRow,
} from './responses';
import type { Database } from './schema';
import { inTransaction } from './transaction';

/** Removes what an import of this key staged (a cut-short earlier run, or a failed one). */
export async function clearStaged(db: Kysely<Database>, importKey: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('staged_answers').where('import_key', '=', importKey).execute();
    await trx.deleteFrom('staged_responses').where('import_key', '=', importKey).execute();
  });
}

/** Stages a batch of an import in one short transaction; an id staged already is kept. */
export async function stageResponses(
  db: Kysely<Database>,
  importKey: string,
  responses: readonly NewResponse[],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const chunk of chunksOf(responses, responsesPerInsert)) {
      await trx
        .insertInto('staged_responses')
        .values(chunk.map((r) => ({ import_key: importKey, ...toResponseRow(r) })))
        .onConflict((oc) => oc.columns(['import_key', 'id']).doNothing())
        .execute();
      const answers = chunk.flatMap((r) =>
        toAnswerRows(r).map((a) => ({ import_key: importKey, ...a })),
      );
      for (const part of chunksOf(answers, answersPerInsert)) {
        await trx
          .insertInto('staged_answers')
          .values(part)
          .onConflict((oc) => oc.columns(['import_key', 'response_id', 'question_id']).doNothing())
          .execute();
      }
    }
  });
}

/**
 * Moves everything staged under the key into `responses` and `answers` in one
 * transaction, all or nothing: a response stored already (the same file imported before)
 * is left as it is, with its answers. Clears the staged rows in the same transaction.
 * @returns how many responses were new
 */
export async function commitStaged(
  db: Kysely<Database>,
  importKey: string,
  /** More to do in the same transaction once the rows are in (a release). */
  then?: (trx: Kysely<Database>) => Promise<void>,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const moved = await sql`
      INSERT INTO responses (id, round_id, link_id, group_id, insats_id, kon, channel, answered_on, batch)
      SELECT s.id, s.round_id, s.link_id, s.group_id, s.insats_id, s.kon, s.channel, s.answered_on, s.batch
      FROM staged_responses s
      WHERE s.import_key = ${importKey} AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = s.id)
      ORDER BY s.id`.execute(trx);
    // Only the answers of responses this import created: those stored before keep theirs.
    await sql`
      INSERT INTO answers (response_id, question_id, value)
      SELECT a.response_id, a.question_id, a.value
      FROM staged_answers a
      WHERE a.import_key = ${importKey}
        AND NOT EXISTS (SELECT 1 FROM answers x WHERE x.response_id = a.response_id)
      ORDER BY a.response_id, a.question_id`.execute(trx);
    await trx.deleteFrom('staged_answers').where('import_key', '=', importKey).execute();
    await trx.deleteFrom('staged_responses').where('import_key', '=', importKey).execute();
    await then?.(trx);
    return Number(moved.numAffectedRows ?? 0n);
  });
}
