/**
 * @module
 * Importing a 100,000-row responses CSV (all five groups) into a round, as `POST
 * /api/rounds/:id/imports` and `indikera import` do (`importResponses`), in a process of
 * its own so its peak memory is measured alone. Target: under 10 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createForbund,
  createInsats,
  createRound,
  migrateToLatest,
  openDatabase,
} from '@indikera/db';
import { writeResponsesCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';
import BetterSqlite3 from 'better-sqlite3';
import type { ImportRun } from './import-process';
import type { Measurement } from './measurement';

const ROWS = 100_000;
const INSATSER = ['Samverkansteam', 'Steget fram', 'Tidsam', 'Vägen'];
const root = new URL('../../', import.meta.url).pathname;

async function seedRound(file: string): Promise<number> {
  const { db, close } = openDatabase(`file:${file}`);
  try {
    await migrateToLatest(db);
    const forbund = await createForbund(db, 'Samordningsförbundet Import');
    for (const name of INSATSER) await createInsats(db, forbund.id, name);
    const round = await createRound(db, {
      forbundId: forbund.id,
      name: 'Indikatormätning 2021',
      year: 2021,
      instrumentVersion: '2021',
    });
    return round.id;
  } finally {
    await close();
  }
}

export async function benchImport(): Promise<Measurement[]> {
  const instrument = getInstrument('2021');
  const dir = mkdtempSync(join(tmpdir(), 'indikera-bench-import-'));
  try {
    const csv = join(dir, 'svar.csv');
    const database = join(dir, 'import.sqlite');
    const per = ROWS / instrument.groups.length;
    const rows = syntheticResponses({
      instrument,
      seed: 3,
      year: 2021,
      counts: Object.fromEntries(instrument.groups.map((g) => [g.id, per])),
      insatser: INSATSER,
    });
    writeFileSync(csv, writeResponsesCsv(rows, instrument, { delimiter: ';' }));
    const roundId = await seedRound(database);

    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'test/load/import-process.ts'),
        csv,
        database,
        String(roundId),
      ],
      { cwd: root, encoding: 'utf8', timeout: 5 * 60_000 },
    );
    const wall = performance.now() - start;
    if (child.status !== 0) throw new Error(`the import process failed: ${child.stderr}`);
    const run = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ImportRun;

    const sqlite = new BetterSqlite3(database, { readonly: true });
    const stored = sqlite.prepare('SELECT count(*) FROM responses').pluck().get() as number;
    sqlite.close();
    return [
      {
        name: `importResponses, ${ROWS.toLocaleString('en')} rows (${(statSync(csv).size / 1e6).toFixed(1)} MB CSV), read, validated and stored`,
        value: run.ms,
        unit: 'ms',
        target: { op: '<=', value: 10_000 },
      },
      { name: '  rows per second', value: ROWS / (run.ms / 1000), unit: 'rows/s' },
      { name: '  the whole process (start, import, exit)', value: wall, unit: 'ms' },
      {
        name: 'peak memory of the process (maxRSS)',
        value: run.peakRssMiB,
        unit: 'MiB',
        target: { op: '<=', value: 250 },
      },
      { name: '  of which before the import (Node, modules)', value: run.startRssMiB, unit: 'MiB' },
      {
        name: 'responses stored other than the rows of the file',
        value: Math.abs(stored - ROWS) + Math.abs(run.created - ROWS),
        unit: 'rows',
        target: { op: '<=', value: 0 },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
