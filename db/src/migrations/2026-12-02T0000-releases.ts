/**
 * @module
 * Releases: the answers of a round enter its report when the round is closed, each close
 * a numbered release, so that no report can be read before and after a single answer.
 * Answers of rounds already closed form release 1; those of open rounds wait.
 * The covering index of a round's responses gains insats and release, which every report
 * now counts by (disclosure control needs the whole round, by insats and release).
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('responses')
    .addColumn('release', 'integer', (c) => c.check(sql`release >= 1`))
    .execute();
  await db
    .updateTable('responses')
    .set({ release: 1 })
    .where('round_id', 'in', db.selectFrom('rounds').select('id').where('status', '=', 'closed'))
    .execute();
  await db.schema
    .createIndex('responses_round_group_kon_release_idx')
    .on('responses')
    .columns(['round_id', 'group_id', 'kon', 'insats_id', 'release'])
    .execute();
  await db.schema.dropIndex('responses_round_group_kon_idx').execute();
}
