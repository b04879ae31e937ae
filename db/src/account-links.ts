/**
 * @module
 * One-time links for staff accounts: invitations to a förbund and password resets. Found
 * by the hash of their token; used at most once (the first `useAccountLink` wins).
 */
import type { Kysely } from 'kysely';
import type { AccountLinkKind, AccountLinksTable, Database, Role } from './schema';

export interface AccountLink {
  readonly id: number;
  readonly kind: AccountLinkKind;
  readonly email: string;
  readonly forbundId: number | null;
  readonly role: Role | null;
  readonly userId: number | null;
  /** Unix seconds. */
  readonly expiresAt: number;
  readonly usedAt: number | null;
}

export type NewAccountLink =
  | {
      readonly kind: 'invitation';
      readonly email: string;
      readonly forbundId: number;
      readonly role: Role;
    }
  | { readonly kind: 'reset'; readonly email: string; readonly userId: number };

type LinkRow = Omit<AccountLinksTable, 'id' | 'token_hash' | 'created_by'> & { id: number };

function toLink(row: LinkRow): AccountLink {
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    forbundId: row.forbund_id,
    role: row.role,
    userId: row.user_id,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}

const columns = [
  'id',
  'kind',
  'email',
  'forbund_id',
  'role',
  'user_id',
  'expires_at',
  'used_at',
] as const;

export async function insertAccountLink(
  db: Kysely<Database>,
  link: NewAccountLink,
  tokenHash: Uint8Array,
  createdBy: number | null,
  expiresAt: number,
): Promise<AccountLink> {
  const row = await db
    .insertInto('account_links')
    .values({
      token_hash: tokenHash,
      kind: link.kind,
      email: link.email,
      forbund_id: link.kind === 'invitation' ? link.forbundId : null,
      role: link.kind === 'invitation' ? link.role : null,
      user_id: link.kind === 'reset' ? link.userId : null,
      created_by: createdBy,
      expires_at: expiresAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toLink(row);
}

/** The link of a kind whose token hashes to this, unused and not expired at `now`. */
export async function findUsableAccountLink(
  db: Kysely<Database>,
  kind: AccountLinkKind,
  tokenHash: Uint8Array,
  now: number,
): Promise<AccountLink | undefined> {
  const row = await db
    .selectFrom('account_links')
    .select(columns)
    .where('token_hash', '=', tokenHash)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && toLink(row);
}

/** Marks a link used; false when it already was, so that only one use can win. */
export async function useAccountLink(
  db: Kysely<Database>,
  id: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Voids every unused reset link of a user, once their password has been set. */
export async function voidResetLinksOf(
  db: Kysely<Database>,
  userId: number,
  now: number,
): Promise<void> {
  await db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('kind', '=', 'reset')
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** A förbund's invitations not yet used or expired, newest first. */
export async function listOpenInvitations(
  db: Kysely<Database>,
  forbundId: number,
  now: number,
): Promise<AccountLink[]> {
  const rows = await db
    .selectFrom('account_links')
    .select(columns)
    .where('kind', '=', 'invitation')
    .where('forbund_id', '=', forbundId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toLink);
}

/** Withdraws an invitation of the förbund; false when there is none such. */
export async function deleteInvitation(
  db: Kysely<Database>,
  forbundId: number,
  id: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('account_links')
    .where('id', '=', id)
    .where('kind', '=', 'invitation')
    .where('forbund_id', '=', forbundId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
