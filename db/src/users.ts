/**
 * @module
 * Staff accounts. The password hash leaves this module only through `findUserByEmail`,
 * the one query sign-in needs.
 */
import type { Kysely } from 'kysely';
import type { Database, Role, UserRow } from './schema';

export interface User {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly isInstallationAdmin: boolean;
  /** A national analyst (riksnivå) of the installation. */
  readonly isNationalAnalyst: boolean;
  /** ISO datetime. */
  readonly createdAt: string;
}

export interface UserWithPasswordHash extends User {
  readonly passwordHash: string;
}

export interface NewUser {
  readonly email: string;
  readonly name: string;
  /** Argon2id, hashed by the caller. */
  readonly passwordHash: string;
  readonly isInstallationAdmin?: boolean;
}

const userColumns = [
  'id',
  'email',
  'name',
  'is_installation_admin',
  'is_national_analyst',
  'created_at',
] as const;

export function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isInstallationAdmin: row.is_installation_admin === 1,
    isNationalAnalyst: row.is_national_analyst === 1,
    createdAt: row.created_at,
  };
}

/** Throws on an email already in use, whatever its case. */
export async function createUser(db: Kysely<Database>, user: NewUser): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      is_installation_admin: user.isInstallationAdmin ? 1 : 0,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** Whether the installation has any account yet (first run has none). */
export async function hasUsers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Case-insensitive: the column is `COLLATE NOCASE`. */
export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserWithPasswordHash | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function getUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(userColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

/** The members of a förbund with their role there, by name. */
export async function listUsersOfForbund(
  db: Kysely<Database>,
  forbundId: number,
): Promise<(User & { readonly role: Role })[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.is_installation_admin',
      'users.is_national_analyst',
      'users.created_at',
      'memberships.role',
    ])
    .where('memberships.forbund_id', '=', forbundId)
    .orderBy('users.name')
    .execute();
  return rows.map((row) => ({ ...toUser(row), role: row.role }));
}

/** Returns false when there is no such user. */
export async function updatePassword(
  db: Kysely<Database>,
  userId: number,
  passwordHash: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ password_hash: passwordHash })
    .where('id', '=', userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Makes a user an administrator of the whole installation (or not). */
export async function setInstallationAdmin(
  db: Kysely<Database>,
  userId: number,
  isInstallationAdmin: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ is_installation_admin: isInstallationAdmin ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

/** Every account of the installation, by name: for granting installation-level roles. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('name').execute();
  return rows.map(toUser);
}

/** Makes a user a national analyst (riksnivå) or not; false when there is no such user. */
export async function setNationalAnalyst(
  db: Kysely<Database>,
  userId: number,
  isNationalAnalyst: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ is_national_analyst: isNationalAnalyst ? 1 : 0 })
    .where('id', '=', userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
