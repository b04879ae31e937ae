/**
 * @module
 * The national view (riksnivå): an account may be a national analyst of the installation,
 * and each förbund decides whether its answers count in the installation's pooled
 * figures (by default they do not). Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('is_national_analyst', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`is_national_analyst IN (0, 1)`),
    )
    .execute();
  await db.schema
    .alterTable('forbund')
    .addColumn('pooled', 'integer', (c) => c.notNull().defaultTo(0).check(sql`pooled IN (0, 1)`))
    .execute();
}
