/**
 * @module
 * The koordinator's words in a round's report: a Kommentar per indicator and one
 * Sammanfattning for the whole report (indicator 0), as the printed reports carry them.
 * Frozen in time: a change later is a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_comments')
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('rounds.id').onDelete('cascade'),
    )
    .addColumn('indicator', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_on', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('report_comments_pk', ['round_id', 'indicator'])
    .execute();
}
