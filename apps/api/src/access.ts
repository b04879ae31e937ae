/**
 * @module
 * Who may do what. Within a förbund: läsare reads, koordinator also collects, admin also
 * manages users. Anything of a förbund the caller is not a member of is a 404, so that
 * its existence is not revealed; a member without the role gets a 403.
 */
import { getMembership, type Role, type User } from '@indikera/db';
import type { Context } from 'hono';
import type { AppEnv } from './context';
import { ProblemError } from './problem';

const rank: Readonly<Record<Role, number>> = { lasare: 1, koordinator: 2, admin: 3 };

export function requireUser(c: Context<AppEnv>): User {
  const user = c.var.user;
  if (!user) throw new ProblemError(401, 'Logga in för att fortsätta.');
  return user;
}

export function requireInstallationAdmin(c: Context<AppEnv>): User {
  const user = requireUser(c);
  if (!user.isInstallationAdmin) {
    throw new ProblemError(403, 'Bara installationens administratör får göra detta.');
  }
  return user;
}

export interface RoleOptions {
  /** The 404 text. */
  readonly notFound?: string;
  /**
   * Lets an installation administrator act as admin here though not a member: only for
   * setting up a förbund's users. Answers and reports stay with the förbund's members.
   */
  readonly installationAdmin?: boolean;
}

/** Checks the caller's role in a förbund and returns it. */
export async function requireRole(
  c: Context<AppEnv>,
  forbundId: number,
  least: Role,
  options: RoleOptions = {},
): Promise<Role> {
  const user = requireUser(c);
  // Also when a member with a lower role: administering the installation is the larger right.
  const role =
    options.installationAdmin && user.isInstallationAdmin
      ? 'admin'
      : await getMembership(c.var.deps.db, user.id, forbundId);
  if (!role) throw new ProblemError(404, options.notFound ?? 'Finns inte.');
  if (rank[role] < rank[least]) {
    throw new ProblemError(403, 'Din roll i förbundet räcker inte för detta.');
  }
  return role;
}

/**
 * The national analyst (riksnivå): reads the installation's pooled figures. The role
 * gives nothing of any förbund; only a membership does.
 */
export function requireNationalAnalyst(c: Context<AppEnv>): User {
  const user = requireUser(c);
  if (!user.isNationalAnalyst) {
    throw new ProblemError(
      403,
      'Bara installationens riksnivåanalytiker får se de samlade siffrorna.',
    );
  }
  return user;
}
