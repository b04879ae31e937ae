/**
 * @module
 * Imports all or nothing without holding up the links: a large file is written a batch at
 * a time into these staging tables (short transactions, invisible to every report and
 * count), then moved into `responses` and `answers` in one transaction. A server stopped
 * mid-import leaves only staged rows, which the next import of the same file clears.
 * Staged rows carry nothing a response does not (no time, no address).
 * Frozen in time: a change later is a new migration.
 */
import type { Kysely } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('staged_responses')
    .addColumn('import_key', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('link_id', 'integer')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('insats_id', 'integer')
    .addColumn('kon', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .addColumn('batch', 'text')
    .addPrimaryKeyConstraint('staged_responses_pk', ['import_key', 'id'])
    .$call(d.strictWithoutRowid)
    .execute();
  await db.schema
    .createTable('staged_answers')
    .addColumn('import_key', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('staged_answers_pk', ['import_key', 'response_id', 'question_id'])
    .$call(d.strictWithoutRowid)
    .execute();
}
