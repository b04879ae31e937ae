/**
 * @module
 * A förbund's own questions per round (local questions): a group of the round's version,
 * a number within the group (the stable id is `L` + the group's prefix + the number), the
 * exact text, a scale of the version, and what counts as positive: a key figure of the
 * version on an ordered scale, or the one answer on a yes/no scale. No free text.
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('local_questions')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('rounds.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 1 AND 300`))
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('key_figure', 'text')
    .addColumn('positive_answer', 'text')
    .addCheckConstraint(
      'local_questions_positive',
      sql`(key_figure IS NULL) <> (positive_answer IS NULL)`,
    )
    .addUniqueConstraint('local_questions_number', ['round_id', 'group_id', 'number'])
    .$call(d.strict)
    .execute();
}
