/**
 * @module
 * Answers store any option code their round's version defines, not only 2021's
 * `'1'…'6','ja','nej'`: a five-option scale or a new word code is data in an instrument
 * file. Which codes a question allows is checked against the version before anything is
 * written (validateResponse, the same for every channel); the database keeps only the
 * bound of the format (a code is 1–20 characters). SQLite cannot drop a CHECK, so the
 * table is rebuilt with the same columns and key, and the answers copied over.
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('answers_next')
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull().check(sql`length(value) BETWEEN 1 AND 20`))
    .addPrimaryKeyConstraint('answers_next_pk', ['response_id', 'question_id'])
    .$call(ddl(db).strictWithoutRowid)
    .execute();
  await db
    .insertInto('answers_next')
    .columns(['response_id', 'question_id', 'value'])
    .expression(db.selectFrom('answers').select(['response_id', 'question_id', 'value']))
    .execute();
  await db.schema.dropTable('answers').execute();
  await db.schema.alterTable('answers_next').renameTo('answers').execute();
}
