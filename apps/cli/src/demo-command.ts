/**
 * @module
 * `indikera demo` (`pnpm demo`): a fresh demo database full of realistic answers, its
 * logins and one open link per respondent group printed, then served like `pnpm start`.
 */
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configFromEnv, portFromEnv, repoRoot } from '@indikera/api';
import { migrateToLatest, openDatabase, parseDatabaseUrl } from '@indikera/db';
import { seedDemo } from './demo-seed';
import { demoHelp } from './help';
import type { CliIo } from './io';
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
  const url = values.database ?? DEMO_DATABASE_URL;
  const file = parseDatabaseUrl(url);
  if (file !== ':memory:')
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });

  const examples = join(repoRoot(), 'examples');
  const connection = openDatabase(url);
  await migrateToLatest(connection.db);
  const { logins, links } = await seedDemo(connection.db, {
    riksnitt: await readFile(join(examples, 'riksnitt.csv')),
    responseRates: await readFile(join(examples, 'riksnitt-svarsfrekvens.csv')),
  });
  await connection.close();

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
