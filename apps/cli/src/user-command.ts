/**
 * @module
 * `indikera user add`: creates a staff account (or gives an existing one a role) in a
 * förbund, creating the förbund when it does not exist yet: how an installation gets its
 * first administrator.
 */
import { cleanName, hashPassword, passwordProblem } from '@indikera/api';
import {
  createForbund,
  createUser,
  findUserByEmail,
  inTransaction,
  listForbund,
  migrateToLatest,
  openDatabase,
  recordAudit,
  roles,
  setInstallationAdmin,
  setMembership,
} from '@indikera/db';
import { databaseUrl } from './database-option';
import { userHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';
import { readPassword } from './password-input';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function userCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    {
      email: { type: 'string' },
      name: { type: 'string' },
      forbund: { type: 'string' },
      role: { type: 'string' },
      'installation-admin': { type: 'boolean' },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    userHelp,
  );
  if (values.help) {
    io.stdout(userHelp);
    return;
  }
  if (positionals[0] !== 'add' || positionals.length !== 1) throw new CliError(userHelp);
  const problems: string[] = [];
  const email = values.email?.trim() ?? '';
  const forbund = cleanName(values.forbund ?? '');
  const name = values.name === undefined ? null : cleanName(values.name);
  const role = roles.find((r) => r === values.role);
  if (!EMAIL.test(email)) problems.push('--email: ange en giltig e-postadress');
  if (!forbund.ok) problems.push(`--forbund: ${forbund.message}`);
  if (name && !name.ok) problems.push(`--name: ${name.message}`);
  if (!role) problems.push(`--role: ${roles.join(', ')}`);
  if (problems.length > 0 || !forbund.ok || (name && !name.ok))
    throw new CliError(`${problems.join('\n')}\n\n${userHelp}`);
  const forbundName = forbund.value;
  const userName = name?.value ?? '';

  const connection = openDatabase(databaseUrl(values.database));
  try {
    const { db } = connection;
    await migrateToLatest(db);
    const existing = await findUserByEmail(db, email);
    let passwordHash: string | null = null;
    if (!existing) {
      if (userName === '') throw new CliError('--name: krävs för en ny användare');
      const password = await readPassword(`Lösenord för ${email}: `);
      const problem = passwordProblem(password, [email, userName]);
      if (problem) throw new CliError(`lösenordet: ${problem}`);
      passwordHash = await hashPassword(password);
    }
    const result = await inTransaction(db, async (trx) => {
      let forbund = (await listForbund(trx)).find(
        (f) => f.name.toLowerCase() === forbundName.toLowerCase(),
      );
      const createdForbund = !forbund;
      forbund ??= await createForbund(trx, forbundName);
      const user =
        existing ??
        (await createUser(trx, {
          email,
          name: userName || email,
          passwordHash: passwordHash ?? '',
          isInstallationAdmin: values['installation-admin'] ?? false,
        }));
      if (existing && values['installation-admin'] && !existing.isInstallationAdmin) {
        await setInstallationAdmin(trx, existing.id, true);
      }
      await setMembership(trx, user.id, forbund.id, role ?? 'lasare');
      await recordAudit(trx, {
        userId: null,
        forbundId: forbund.id,
        action: 'membership.set',
        subject: `user:${user.id}`,
        detail: { role, by: 'cli' },
      });
      return { forbund, createdForbund, created: !existing };
    });
    if (result.createdForbund) io.stdout(`Skapade förbundet ${result.forbund.name}.\n`);
    io.stdout(
      `${result.created ? 'Skapade' : 'Uppdaterade'} ${email} med rollen ${role} i ${result.forbund.name}.\n`,
    );
  } finally {
    await connection.close();
  }
}
