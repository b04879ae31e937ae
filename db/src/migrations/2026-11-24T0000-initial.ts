/**
 * @module
 * The first schema. Frozen in time: a change later is a new migration, never an edit here.
 * Every table is STRICT on SQLite, so a column holds only its declared type (as every
 * PostgreSQL column does).
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  const isFlag = (column: string) => sql`${sql.ref(column)} IN (0, 1)`;
  const isPercent = (column: string) => sql`${sql.ref(column)} BETWEEN 0 AND 100`;
  // PostgreSQL's case-insensitive text, for e-mail addresses (SQLite compares them NOCASE).
  if (d.postgres) await sql`CREATE EXTENSION IF NOT EXISTS citext`.execute(db);

  await db.schema
    .createTable('forbund')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_on', 'text', (c) =>
      c.notNull().defaultTo(d.today).check(d.isDay('created_on')),
    )
    .$call(d.strict)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('email', d.caselessText, (c) => d.caseless(c.notNull().unique()))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_installation_admin', 'integer', (c) =>
      c.notNull().defaultTo(0).check(isFlag('is_installation_admin')),
    )
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(d.now))
    .$call(d.strict)
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('forbund_id', 'integer', (c) =>
      c.notNull().references('forbund.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role IN ('admin', 'koordinator', 'lasare')`),
    )
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'forbund_id'])
    .$call(d.strict)
    .execute();
  await db.schema
    .createIndex('memberships_forbund_idx')
    .on('memberships')
    .column('forbund_id')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('secret_hash', d.blob, (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', d.seconds, (c) => c.notNull())
    .addColumn('last_verified_at', d.seconds, (c) => c.notNull())
    .$call(d.strict)
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('insatser')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('forbund_id', 'integer', (c) => c.notNull().references('forbund.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('insatser_forbund_name_unique', ['forbund_id', 'name'])
    .$call(d.strict)
    .execute();

  await db.schema
    .createTable('rounds')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('forbund_id', 'integer', (c) => c.notNull().references('forbund.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.check(d.isDay('starts_on')))
    .addColumn('ends_on', 'text', (c) => c.check(d.isDay('ends_on')))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status IN ('open', 'closed')`),
    )
    .addCheckConstraint('rounds_period_check', sql`ends_on >= starts_on`)
    .$call(d.strict)
    .execute();
  await db.schema
    .createIndex('rounds_forbund_year_idx')
    .on('rounds')
    .columns(['forbund_id', 'year'])
    .execute();

  await db.schema
    .createTable('links')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('insats_id', 'integer', (c) => c.references('insatser.id'))
    .addColumn('kiosk', 'integer', (c) => c.notNull().defaultTo(0).check(isFlag('kiosk')))
    .addColumn('asked', 'integer', (c) => c.check(sql`asked >= 0`))
    .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0).check(isFlag('revoked')))
    .addColumn('created_on', 'text', (c) =>
      c.notNull().defaultTo(d.today).check(d.isDay('created_on')),
    )
    .$call(d.strict)
    .execute();
  await db.schema.createIndex('links_round_idx').on('links').column('round_id').execute();

  // WITHOUT ROWID: rows are kept in primary key (random UUID) order, so the table keeps
  // no hidden sequence that would tell which questionnaire came after which.
  await db.schema
    .createTable('responses')
    .addColumn('id', 'text', (c) => c.primaryKey().check(d.isUuidV4('id')))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
    .addColumn('link_id', 'integer', (c) => c.references('links.id'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('insats_id', 'integer', (c) => c.references('insatser.id'))
    .addColumn('kon', 'text', (c) => c.check(sql`kon IN ('kvinna', 'man', 'annat')`))
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel IN ('web', 'kiosk', 'paper', 'import')`),
    )
    .addColumn('answered_on', 'text', (c) => c.notNull().check(d.isDay('answered_on')))
    .addColumn('batch', 'text')
    .$call(d.strictWithoutRowid)
    .execute();
  await db.schema
    .createIndex('responses_round_group_idx')
    .on('responses')
    .columns(['round_id', 'group_id'])
    .execute();
  await db.schema.createIndex('responses_link_idx').on('responses').column('link_id').execute();

  await db.schema
    .createTable('answers')
    .addColumn('response_id', 'text', (c) =>
      c.notNull().references('responses.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) =>
      c.notNull().check(sql`value IN ('1', '2', '3', '4', '5', '6', 'ja', 'nej')`),
    )
    .addPrimaryKeyConstraint('answers_pk', ['response_id', 'question_id'])
    .$call(d.strictWithoutRowid)
    .execute();

  await db.schema
    .createTable('benchmarks')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('all_share', d.double, (c) => c.check(isPercent('all_share')))
    .addColumn('kvinna', d.double, (c) => c.check(isPercent('kvinna')))
    .addColumn('man', d.double, (c) => c.check(isPercent('man')))
    .addPrimaryKeyConstraint('benchmarks_pk', ['year', 'question_id'])
    .$call(d.strict)
    .execute();

  await db.schema
    .createTable('benchmark_response_rates')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('response_rate', d.double, (c) => c.notNull().check(isPercent('response_rate')))
    .addPrimaryKeyConstraint('benchmark_response_rates_pk', ['year', 'group_id'])
    .$call(d.strict)
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(d.now))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // No foreign key: the trail of a förbund outlives the förbund.
    .addColumn('forbund_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.check(d.isJson('detail')))
    .$call(d.strict)
    .execute();
  await db.schema
    .createIndex('audit_log_forbund_at_idx')
    .on('audit_log')
    .columns(['forbund_id', 'at'])
    .execute();
}
