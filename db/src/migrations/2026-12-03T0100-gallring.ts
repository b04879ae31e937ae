/**
 * @module
 * Gallring: a round's answers may be deleted after a date the förbund sets under its own
 * gallringsbeslut (`cull_after`), never automatically; `culled_on` records the day they
 * were. Frozen in time: a change later is a new migration.
 */
import type { Kysely } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .alterTable('rounds')
    .addColumn('cull_after', 'text', (c) => c.check(d.isDay('cull_after')))
    .execute();
  await db.schema
    .alterTable('rounds')
    .addColumn('culled_on', 'text', (c) => c.check(d.isDay('culled_on')))
    .execute();
}
