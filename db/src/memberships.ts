/**
 * @module
 * Who may do what in which förbund: one role per user and förbund.
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from './schema';

export const roles: readonly Role[] = ['admin', 'koordinator', 'lasare'];

export interface Membership {
  readonly userId: number;
  readonly forbundId: number;
  readonly forbundName: string;
  readonly role: Role;
}

/** Gives the user a role in the förbund, replacing the role they had there. */
export async function setMembership(
  db: Kysely<Database>,
  userId: number,
  forbundId: number,
  role: Role,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ user_id: userId, forbund_id: forbundId, role })
    .onConflict((oc) => oc.columns(['user_id', 'forbund_id']).doUpdateSet({ role }))
    .execute();
}

/** The user's role in the förbund, or undefined when they are not a member. */
export async function getMembership(
  db: Kysely<Database>,
  userId: number,
  forbundId: number,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', userId)
    .where('forbund_id', '=', forbundId)
    .executeTakeFirst();
  return row?.role;
}

/** The förbund a user belongs to, by name. */
export async function listMemberships(db: Kysely<Database>, userId: number): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('forbund', 'forbund.id', 'memberships.forbund_id')
    .select(['memberships.user_id', 'memberships.forbund_id', 'forbund.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('forbund.name')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    forbundId: row.forbund_id,
    forbundName: row.name,
    role: row.role,
  }));
}

/** Returns false when the user was not a member. */
export async function removeMembership(
  db: Kysely<Database>,
  userId: number,
  forbundId: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('user_id', '=', userId)
    .where('forbund_id', '=', forbundId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
