/**
 * @module
 * A förbund's members and their roles. The rule: a förbund always keeps at least one
 * admin, checked inside the transaction that makes the change, so two admins demoting
 * each other at once cannot both succeed.
 */
import {
  type Database,
  listUsersOfForbund,
  type Role,
  removeMembership,
  setMembership,
} from '@indikera/db';
import type { Kysely } from 'kysely';
import { audited } from './audited';
import { ConflictError, NotFoundError } from './domain-errors';

export interface Member {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export class NotAMemberError extends NotFoundError {
  constructor() {
    super('Användaren finns inte i förbundet.');
  }
}

export class LastAdminError extends ConflictError {
  constructor() {
    super('Förbundet måste ha minst en administratör.');
  }
}

/** The förbund's members by name. */
export async function listMembers(db: Kysely<Database>, forbundId: number): Promise<Member[]> {
  return (await listUsersOfForbund(db, forbundId)).map(({ id, email, name, role }) => ({
    id,
    email,
    name,
    role,
  }));
}

/** The member about to get `newRole` (null: leave); refuses to leave no admin behind. */
async function memberKeepingAnAdmin(
  db: Kysely<Database>,
  forbundId: number,
  userId: number,
  newRole: Role | null,
): Promise<Member> {
  const all = await listMembers(db, forbundId);
  const target = all.find((m) => m.id === userId);
  if (!target) throw new NotAMemberError();
  const admins = all.filter((m) => m.role === 'admin');
  if (target.role === 'admin' && newRole !== 'admin' && admins.length === 1) {
    throw new LastAdminError();
  }
  return target;
}

export interface MembershipChange {
  readonly forbundId: number;
  readonly userId: number;
  /** Who makes the change, for the audit log. */
  readonly by: number;
}

/** Gives a member another role, audited; the member as it now is. */
export async function changeRole(
  db: Kysely<Database>,
  change: MembershipChange & { readonly role: Role },
): Promise<Member> {
  const { forbundId, userId, role, by } = change;
  return audited(
    db,
    async (trx) => {
      const target = await memberKeepingAnAdmin(trx, forbundId, userId, role);
      await setMembership(trx, userId, forbundId, role);
      return { ...target, role };
    },
    () => ({
      userId: by,
      forbundId,
      action: 'membership.set',
      subject: `user:${userId}`,
      detail: { role },
    }),
  );
}

/** Takes a member out of the förbund (the account stays), audited. */
export async function removeMember(db: Kysely<Database>, change: MembershipChange): Promise<void> {
  const { forbundId, userId, by } = change;
  await audited(
    db,
    async (trx) => {
      await memberKeepingAnAdmin(trx, forbundId, userId, null);
      await removeMembership(trx, userId, forbundId);
    },
    () => ({ userId: by, forbundId, action: 'membership.remove', subject: `user:${userId}` }),
  );
}
