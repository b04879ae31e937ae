/**
 * @module
 * Each förbund's contact for reporting accessibility problems (lag 2018:1937): an e-mail
 * address and a phone number, and the day it was last reviewed, shown in the
 * tillgänglighetsredogörelse opened from one of its links. A table of its own, one row
 * per förbund, so that a förbund without a contact yet simply has no row.
 * Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('accessibility_contacts')
    .addColumn('forbund_id', 'integer', (c) =>
      c.primaryKey().references('forbund.id').onDelete('cascade'),
    )
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('reviewed_on', 'text', (c) => c.notNull().check(d.isDay('reviewed_on', false)))
    .addCheckConstraint(
      'accessibility_contacts_some_way',
      sql`email IS NOT NULL OR phone IS NOT NULL`,
    )
    .$call(d.strict)
    .execute();
}
