/**
 * @module
 * Joining a förbund by invitation: create-or-attach. Someone with an account is attached
 * with the invited role (a member keeps theirs); a new person gets an account first, in
 * the same transaction as using the invitation, so a link used meanwhile leaves no
 * account behind.
 */
import {
  type AccountLink,
  createUser,
  type Database,
  findUsableAccountLink,
  findUserByEmail,
  getMembership,
  inTransaction,
  recordAudit,
  setMembership,
  type User,
  useAccountLink,
} from '@indikera/db';
import type { Kysely } from 'kysely';
import { linkTokenHash, unixSeconds } from '../auth/one-time-link';
import { hashPassword } from '../auth/password';
import { passwordProblem } from '../auth/password-policy';
import type { FieldError } from '../problem';
import { ConflictError, InvalidFieldsError, NotFoundError } from './domain-errors';

export class InvitationGoneError extends NotFoundError {
  constructor() {
    super('Inbjudan finns inte, har redan använts eller har gått ut.');
  }
}

export class AccountExistsError extends ConflictError {
  constructor() {
    super('Det finns redan ett konto för e-postadressen. Logga in med det och öppna länken igen.');
  }
}

/** The unused, unexpired invitation behind a token. */
export async function openInvitation(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<AccountLink> {
  const link = await findUsableAccountLink(
    db,
    'invitation',
    linkTokenHash(token),
    unixSeconds(now),
  );
  if (!link?.forbundId || !link.role) throw new InvitationGoneError();
  return link;
}

/** Uses the invitation and gives the person its role (a member keeps theirs), audited. */
export async function joinByInvitation(
  db: Kysely<Database>,
  link: AccountLink,
  user: User,
  now: Date,
): Promise<void> {
  const forbundId = link.forbundId ?? 0;
  await inTransaction(db, async (trx) => {
    if (!(await useAccountLink(trx, link.id, unixSeconds(now)))) throw new InvitationGoneError();
    if (!(await getMembership(trx, user.id, forbundId))) {
      await setMembership(trx, user.id, forbundId, link.role ?? 'lasare');
    }
    await recordAudit(trx, {
      userId: user.id,
      forbundId,
      action: 'invitation.accept',
      subject: `user:${user.id}`,
      detail: { role: link.role },
    });
  });
}

/** A new person's account for the invited address, joined; nothing at all on refusal. */
export async function createInvitedAccount(
  db: Kysely<Database>,
  link: AccountLink,
  person: { readonly name?: string | undefined; readonly password?: string | undefined },
  now: Date,
): Promise<User> {
  const { name, password } = person;
  const problem =
    password === undefined ? 'krävs' : passwordProblem(password, [link.email, name ?? '']);
  const errors: FieldError[] = [
    ...(name ? [] : [{ field: 'name', message: 'ange ett namn' }]),
    ...(problem ? [{ field: 'password', message: problem }] : []),
  ];
  if (errors.length > 0 || !name || !password) throw new InvalidFieldsError(errors);
  if (await findUserByEmail(db, link.email)) throw new AccountExistsError();
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    let user: User;
    try {
      user = await createUser(trx, { email: link.email, name, passwordHash });
    } catch {
      throw new ConflictError('Kontot skapades nyss på annat sätt. Logga in i stället.');
    }
    await joinByInvitation(trx, link, user, now);
    return user;
  });
}
