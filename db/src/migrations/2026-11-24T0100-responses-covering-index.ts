/**
 * @module
 * Counting a round reads, per response, its group and kön, then its answers. With kön in
 * the index of a round's responses, SQLite answers from the index alone instead of also
 * looking up each response: a quarter off every report (test/load/national.bench.ts). It
 * replaces the index on (round_id, group_id), of which it is an extension.
 * Frozen in time: a change later is a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('responses_round_group_kon_idx')
    .on('responses')
    .columns(['round_id', 'group_id', 'kon'])
    .execute();
  await db.schema.dropIndex('responses_round_group_idx').execute();
}
