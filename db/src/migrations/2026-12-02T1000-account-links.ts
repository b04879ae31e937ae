/**
 * @module
 * One-time links for staff accounts: an invitation to join a förbund (for a new or an
 * existing account) and a password reset, each handed over by an administrator. Only a
 * SHA-256 hash of the token is stored. Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';
import { ddl } from './dialect-ddl';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  const d = ddl(db);
  await db.schema
    .createTable('account_links')
    .addColumn('id', d.serial, (c) => d.autoIncrement(c.primaryKey()))
    .addColumn('token_hash', d.blob, (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('invitation', 'reset')`))
    .addColumn('email', d.caselessText, (c) => d.caseless(c.notNull()))
    .addColumn('forbund_id', 'integer', (c) => c.references('forbund.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.check(sql`role IN ('admin', 'koordinator', 'lasare')`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expires_at', d.seconds, (c) => c.notNull())
    .addColumn('used_at', d.seconds)
    .addCheckConstraint(
      'account_links_kind_fields',
      sql`(kind = 'invitation' AND forbund_id IS NOT NULL AND role IS NOT NULL AND user_id IS NULL)
        OR (kind = 'reset' AND user_id IS NOT NULL AND forbund_id IS NULL AND role IS NULL)`,
    )
    .$call(d.strict)
    .execute();
  await db.schema
    .createIndex('account_links_forbund_idx')
    .on('account_links')
    .column('forbund_id')
    .execute();
}
