/**
 * @module
 * Local targets (mål) for the socialt bokslut: per round, målområden holding targets,
 * each either on questions of the round (which options count, the target share) or on a
 * figure no questionnaire gives (a value and unit entered by hand, its outcome later).
 * And the margin within which a förbund calls a result "nära målet".
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('malomraden')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('rounds.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .$call(d.strict)
    .execute();
  await db.schema.createIndex('malomraden_round_idx').on('malomraden').column('round_id').execute();
  await db.schema
    .createTable('targets')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('malomrade_id', 'integer', (c) =>
      c.notNull().references('malomraden.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('question', 'manual')`))
    // question: JSON arrays of question ids and of the option codes that count.
    .addColumn('questions', 'text')
    .addColumn('options', 'text')
    .addColumn('target_share', d.double, (c) => c.check(sql`target_share BETWEEN 0 AND 100`))
    // manual: what is measured, the target value, its unit and direction, the outcome.
    .addColumn('statement', 'text')
    .addColumn('target_value', d.double)
    .addColumn('unit', 'text')
    .addColumn('direction', 'text', (c) => c.check(sql`direction IN ('atLeast', 'atMost')`))
    .addColumn('outcome', d.double)
    .addCheckConstraint(
      'targets_json',
      sql`(${d.isJson('questions')}) AND (${d.isJson('options')})`,
    )
    .$call(d.strict)
    .execute();
  await db.schema
    .createIndex('targets_malomrade_idx')
    .on('targets')
    .column('malomrade_id')
    .execute();
  await db.schema
    .createTable('target_margins')
    .addColumn('forbund_id', 'integer', (c) =>
      c.primaryKey().references('forbund.id').onDelete('cascade'),
    )
    .addColumn('points', 'integer', (c) => c.notNull().check(sql`points BETWEEN 0 AND 50`))
    .$call(d.strict)
    .execute();
}
