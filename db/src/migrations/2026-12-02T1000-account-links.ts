/**
 * @module
 * One-time links for staff accounts: an invitation to join a förbund (for a new or an
 * existing account) and a password reset, each handed over by an administrator. Only a
 * SHA-256 hash of the token is stored. Frozen in time: a change later is a new migration.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('account_links')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('token_hash', 'blob', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('invitation', 'reset')`))
    .addColumn('email', 'text', (c) => c.notNull().modifyEnd(sql`collate nocase`))
    .addColumn('forbund_id', 'integer', (c) => c.references('forbund.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.check(sql`role IN ('admin', 'koordinator', 'lasare')`))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('expires_at', 'integer', (c) => c.notNull())
    .addColumn('used_at', 'integer')
    .addCheckConstraint(
      'account_links_kind_fields',
      sql`(kind = 'invitation' AND forbund_id IS NOT NULL AND role IS NOT NULL AND user_id IS NULL)
        OR (kind = 'reset' AND user_id IS NOT NULL AND forbund_id IS NULL AND role IS NULL)`,
    )
    .modifyEnd(sql`strict`)
    .execute();
  await db.schema
    .createIndex('account_links_forbund_idx')
    .on('account_links')
    .column('forbund_id')
    .execute();
}
