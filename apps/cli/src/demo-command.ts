/**
 * @module
 * `indikera demo` (`pnpm demo`): a fresh demo database full of realistic answers, its
 * logins and one open link per respondent group printed, then served like `pnpm start`.
 * The database is `--database`, else DATABASE_URL, else data/demo.sqlite. It is started
 * over under a lock, never while another process has it open, and never when it holds
 * anything but a demo (a real installation's users).
 */
import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configFromEnv, portFromEnv, repoRoot } from '@indikera/api';
import {
  closeForExclusiveUse,
  DatabaseInUseError,
  migrateToLatest,
  openDatabase,
  parseDatabaseUrl,
} from '@indikera/db';
import BetterSqlite3 from 'better-sqlite3';
import { lock } from 'proper-lockfile';
import { requireSqlite } from './database-option';
import { DEMO_DOMAIN, seedDemo } from './demo-seed';
import { demoHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';
import { startWebServer } from './web-server';

export const DEMO_DATABASE_URL = 'file:./data/demo.sqlite';

export async function demoCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(
    args,
    {
      database: { type: 'string' },
      'no-serve': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    demoHelp,
  );
  if (values.help) {
    io.stdout(demoHelp);
    return;
  }
  const url = values.database ?? process.env.DATABASE_URL ?? DEMO_DATABASE_URL;
  requireSqlite(
    url,
    'demo',
    'demon skapas alltid i en egen SQLite-fil; ange en med --database file:<sökväg>.',
  );
  const file = parseDatabaseUrl(url);
  const release = file === ':memory:' ? null : await lockDemo(file);
  let seeded: Awaited<ReturnType<typeof seedDemo>>;
  try {
    if (file !== ':memory:') startOver(file);
    const examples = join(repoRoot(), 'examples');
    const connection = openDatabase(url);
    try {
      await migrateToLatest(connection.db);
      seeded = await seedDemo(connection.db, {
        riksnitt: await readFile(join(examples, 'riksnitt.csv')),
        responseRates: await readFile(join(examples, 'riksnitt-svarsfrekvens.csv')),
      });
    } finally {
      await connection.close();
    }
  } finally {
    await release?.();
  }
  const { logins, links } = seeded;

  const port = portFromEnv(process.env);
  const config = configFromEnv(process.env);
  const origin = config.origin ?? `http://localhost:${port}`;
  io.stdout(
    'Demodatabas skapad: Samordningsförbundet Demo, mätningar 2020 (stängd) och 2021 (öppen).\n\n',
  );
  io.stdout(`Inloggningar (logga in på ${origin}/logga-in):\n`);
  for (const l of logins) io.stdout(`  ${l.role.padEnd(12)} ${l.email.padEnd(26)} ${l.password}\n`);
  io.stdout('\nÖppna enkätlänkar för 2021, en per respondentgrupp:\n');
  for (const l of links) {
    const where = [l.insats, l.kiosk ? 'surfplatta/kiosk' : null].filter(Boolean).join(', ');
    io.stdout(`  ${l.group.padEnd(20)} ${origin}/s/${l.token}${where ? `  (${where})` : ''}\n`);
  }
  io.stdout('\n');
  if (values['no-serve']) return;
  await startWebServer(url);
}

/** Holds `<file>.demo-lock` while the demo is made; refuses while another demo holds it. */
async function lockDemo(file: string): Promise<() => Promise<void>> {
  try {
    // The lock is a folder beside the file (which need not exist yet); a lock whose
    // holder died is taken over once it has not been renewed for ten seconds.
    return await lock(file, { realpath: false, lockfilePath: `${file}.demo-lock`, stale: 10_000 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new CliError(`en annan demo skapas just nu i ${file}: vänta tills den är klar`, 1);
    }
    throw error;
  }
}

/** Removes the old demo database, unless a process has it open or it is no demo. */
function startOver(file: string): void {
  if (hasOtherUsers(file)) {
    throw new CliError(
      `${file} är ingen demodatabas (den har andra användare än demons): välj en annan fil med --database eller DATABASE_URL`,
      1,
    );
  }
  try {
    closeForExclusiveUse(file);
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      throw new CliError(
        `${file} används av en annan process (en demo eller server som kör?): stoppa den först`,
        1,
      );
    }
    throw error;
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

/** Whether the file holds users other than the demo's: a real installation. */
function hasOtherUsers(file: string): boolean {
  if (!existsSync(file)) return false;
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const hasUsers = sqlite
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'")
      .pluck()
      .get();
    if (hasUsers === 0) return false;
    const others = sqlite
      .prepare('SELECT count(*) FROM users WHERE email NOT LIKE ?')
      .pluck()
      .get(`%@${DEMO_DOMAIN}`);
    return Number(others) > 0;
  } finally {
    sqlite.close();
  }
}
