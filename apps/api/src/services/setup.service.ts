/**
 * @module
 * First run: on an installation without users, the first förbund and its first
 * administrator (who also administers the installation). Refused once anyone exists.
 */
import {
  createForbund,
  createUser,
  type Database,
  hasUsers,
  inTransaction,
  recordAudit,
  setMembership,
} from '@indikera/db';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import { ConflictError, InvalidFieldsError } from './domain-errors';

export class AlreadySetUpError extends ConflictError {
  constructor() {
    super('Installationen har redan en administratör. Logga in i stället.');
  }
}

export interface FirstAdmin {
  readonly forbundName: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** Whether the installation still waits for its first administrator. */
export async function setupNeeded(db: Kysely<Database>): Promise<boolean> {
  return !(await hasUsers(db));
}

/** Creates the förbund and its administrator; their ids. */
export async function setUpInstallation(
  db: Kysely<Database>,
  first: FirstAdmin,
): Promise<{ forbundId: number; userId: number }> {
  // Checked before hashing too: once set up, a stranger's posts must not cost a hash each.
  if (await hasUsers(db)) throw new AlreadySetUpError();
  const problem = passwordProblem(first.password, [first.email, first.name]);
  if (problem) throw new InvalidFieldsError([{ field: 'password', message: problem }]);
  const passwordHash = await hashPassword(first.password);
  return inTransaction(db, async (trx) => {
    // Checked inside the write transaction, so two first-run posts cannot both win.
    if (await hasUsers(trx)) throw new AlreadySetUpError();
    const forbund = await createForbund(trx, first.forbundName);
    const user = await createUser(trx, {
      email: first.email,
      name: first.name,
      passwordHash,
      isInstallationAdmin: true,
    });
    await setMembership(trx, user.id, forbund.id, 'admin');
    await recordAudit(trx, {
      userId: user.id,
      forbundId: forbund.id,
      action: 'installation.setup',
      subject: `forbund:${forbund.id}`,
    });
    return { forbundId: forbund.id, userId: user.id };
  });
}
