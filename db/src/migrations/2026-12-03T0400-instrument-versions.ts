/**
 * @module
 * The instrument registry: the versions an installation has added, each as its file's
 * exact text with the text's SHA-256, the day it was added and by whom (null: from the
 * command line, or the account was removed). A version is never changed once added: a
 * new wording is a new version id. The built-in 2021 version is not stored here; it is
 * part of the program and merged in when the registry is read.
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('instrument_versions')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('version', 'text', (c) =>
      c.notNull().unique().check(sql`length(version) BETWEEN 1 AND 20`),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
    .addColumn('added_on', 'text', (c) => c.notNull().defaultTo(d.today))
    .addColumn('added_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addCheckConstraint('instrument_versions_day', d.isDay('added_on'))
    .$call(d.strict)
    .execute();
}
