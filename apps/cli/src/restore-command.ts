/**
 * @module
 * `indikera restore <backup>`: puts a backup made by `indikera backup` in place of the
 * database. Refuses while a server has the database open, and checks the backup first.
 */
import { resolve } from 'node:path';
import { BackupError, DatabaseInUseError, parseDatabaseUrl, restoreDatabase } from '@indikera/db';
import { databaseUrl, requireSqlite } from './database-option';
import { restoreHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';

export async function restoreCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    restoreHelp,
  );
  if (values.help) {
    io.stdout(restoreHelp);
    return;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError(`ange exakt en säkerhetskopia\n\n${restoreHelp}`);
  const backup = resolve(process.env.INIT_CWD ?? process.cwd(), source);
  const url = databaseUrl(values.database);
  requireSqlite(
    url,
    'restore',
    'återställ med pg_restore (README, avsnittet Restore). Ingenting ändrades.',
  );
  const file = parseDatabaseUrl(url);
  if (file === ':memory:') throw new CliError('en databas i minnet kan inte återställas');
  let kept: string | null;
  try {
    kept = restoreDatabase(file, backup, new Date());
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      throw new CliError(
        `${file} används av en annan process (en server som kör?): stoppa den först. Ingenting ändrades.`,
        1,
      );
    }
    if (error instanceof BackupError)
      throw new CliError(`${error.message}. Ingenting ändrades.`, 1);
    throw error;
  }
  io.stdout(`Återställd från ${source}.\n`);
  if (kept) io.stdout(`Den tidigare databasen finns kvar som ${kept}.\n`);
}
