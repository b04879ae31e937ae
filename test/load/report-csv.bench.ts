/**
 * @module
 * The report from a 100,000-row responses CSV, as a user runs it (`indikera report` in its
 * own process) and phase by phase in this process. Target: under 2 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResponsesCsv, writeResponsesCsv } from '@indikera/formats';
import { buildReport, tallyResponses } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';
import { type Measurement, median } from './measurement';

const ROWS = 100_000;
const root = new URL('../../', import.meta.url).pathname;

/** Median wall time of three runs of a command that must succeed. */
function timeRuns(command: string, args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const r = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    runs.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(runs);
}

export async function benchReportCsv(): Promise<Measurement[]> {
  const instrument = getInstrument('2021');
  const per = ROWS / 5;
  const counts = Object.fromEntries(instrument.groups.map((g) => [g.id, per]));
  const dir = mkdtempSync(join(tmpdir(), 'indikera-bench-'));
  const file = join(dir, 'svar.csv');
  try {
    const rows = syntheticResponses({
      instrument,
      seed: 1,
      year: 2021,
      counts,
      insatser: ['A', 'B', 'C', 'D'],
    });
    writeFileSync(file, writeResponsesCsv(rows, instrument, { delimiter: ';' }));
    const bytes = readFileSync(file);

    // As the README runs it (pnpm included), and the node process that pnpm starts.
    const viaPnpm = timeRuns('pnpm', ['--silent', 'indikera', 'report', file]);
    const wall = timeRuns(process.execPath, [
      '--max-semi-space-size=32',
      join(root, 'apps/cli/bin/indikera.mjs'),
      'report',
      file,
    ]);

    const t0 = performance.now();
    const parsed = readResponsesCsv(bytes, instrument);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error('generated file is invalid');
    const tally = tallyResponses(parsed.value);
    const t2 = performance.now();
    JSON.stringify(buildReport({ instrument, tally, year: 2021 }));
    const t3 = performance.now();

    return [
      {
        name: `pnpm --silent indikera report, ${ROWS.toLocaleString('en')} rows, median of 3`,
        value: viaPnpm,
        unit: 'ms',
        target: { op: '<=', value: 2000 },
      },
      {
        name: `indikera report, ${ROWS.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB), node process alone, median of 3`,
        value: wall,
        unit: 'ms',
        target: { op: '<=', value: 2000 },
      },
      { name: 'rows per second, node process', value: ROWS / (wall / 1000), unit: 'rows/s' },
      { name: '  read and validate CSV', value: t1 - t0, unit: 'ms' },
      { name: '  count answers', value: t2 - t1, unit: 'ms' },
      { name: '  figures and JSON', value: t3 - t2, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
