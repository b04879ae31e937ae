/**
 * @module
 * Sign-in sessions as the Lucia guide describes them: the token is `id.secret`, and only
 * a SHA-256 hash of the secret is stored, so a copy of the database opens no session.
 * Comparing hashes (in constant time) and deciding on expiry are the caller's job.
 */
import type { Kysely } from 'kysely';
import type { Database, SessionRow } from './schema';
import { toUser, type User } from './users';

export interface Session {
  readonly id: string;
  readonly secretHash: Uint8Array;
  readonly userId: number;
  /** Unix seconds. */
  readonly createdAt: number;
  /** Unix seconds. */
  readonly lastVerifiedAt: number;
}

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    secretHash: row.secret_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    lastVerifiedAt: row.last_verified_at,
  };
}

export async function insertSession(db: Kysely<Database>, session: Session): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      secret_hash: session.secretHash,
      user_id: session.userId,
      created_at: session.createdAt,
      last_verified_at: session.lastVerifiedAt,
    })
    .execute();
}

/** The session and its user in one query: every authenticated request asks this. */
export async function getSessionWithUser(
  db: Kysely<Database>,
  id: string,
): Promise<{ readonly session: Session; readonly user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.secret_hash',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_verified_at',
      'users.email',
      'users.name',
      'users.is_installation_admin',
      'users.is_national_analyst',
      // Both tables have a created_at; the session's keeps the plain name.
      'users.created_at as user_created_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const user = toUser({ ...row, id: row.user_id, created_at: row.user_created_at });
  return { session: toSession(row), user };
}

/** Moves the inactivity timeout on. */
export async function touchSession(
  db: Kysely<Database>,
  id: string,
  lastVerifiedAt: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_verified_at: lastVerifiedAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a user out everywhere, e.g. after a password change. Returns how many ended. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Signs a user out everywhere but here, e.g. after changing their own password. */
export async function deleteOtherSessionsOfUser(
  db: Kysely<Database>,
  userId: number,
  keepId: string,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions not verified since `before` (unix seconds). Returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, before: number): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('last_verified_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
