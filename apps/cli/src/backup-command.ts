/**
 * @module
 * `indikera backup <file>`: a consistent copy of the database through SQLite's online
 * backup, safe while the server is running and writing.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSqlite } from '@indikera/db';
import { databaseUrl, requireSqlite } from './database-option';
import { backupHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';

export async function backupCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    backupHelp,
  );
  if (values.help) {
    io.stdout(backupHelp);
    return;
  }
  const [target, ...extra] = positionals;
  if (target === undefined || extra.length > 0)
    throw new CliError(`ange exakt en målfil\n\n${backupHelp}`);
  const url = databaseUrl(values.database);
  requireSqlite(
    url,
    'backup',
    'säkerhetskopiera med pg_dump (README, avsnittet Backup). Ingenting gjordes.',
  );
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), target);
  if (existsSync(path)) throw new CliError(`${target} finns redan; välj ett nytt filnamn`, 1);
  const connection = openSqlite(url);
  try {
    await connection.sqlite.backup(path);
  } finally {
    await connection.close();
  }
  io.stdout(`Säkerhetskopia sparad: ${target} (${Math.round(statSync(path).size / 1024)} kB)\n`);
}
