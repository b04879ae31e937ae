/**
 * @module
 * `pnpm bench`: every benchmark, each figure printed beside its target, and the run
 * appended to test/load/results.md with the machine it ran on. Benchmarks, not tests:
 * a missed target is reported, never a failed build. A benchmark that cannot run at all
 * is reported too, the others still run, and the exit code says so.
 *
 * `pnpm bench national import` runs only the benchmarks whose id contains a word given.
 * A new benchmark is a `*.bench.ts` file returning `Measurement[]`, listed below.
 */
import { appendFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { stopBenchPostgres } from './bench-databases';
import { benchImport } from './import.bench';
import { benchImportLatency } from './import-latency.bench';
import { formatMeasurement, type Measurement } from './measurement';
import { benchNational } from './national.bench';
import { benchPageWeight } from './page-weight.bench';
import { benchReportCsv } from './report-csv.bench';
import { benchSubmissions } from './submissions.bench';

interface Bench {
  readonly id: string;
  readonly title: string;
  readonly run: () => Promise<Measurement[]>;
}

const benches: readonly Bench[] = [
  { id: 'report-csv', title: 'Report from a responses CSV (indikera report)', run: benchReportCsv },
  {
    id: 'submissions-serve',
    title: 'Submissions over HTTP: indikera serve (pages and API, what pnpm start runs)',
    run: () => benchSubmissions('serve'),
  },
  {
    id: 'submissions-api',
    title: 'Submissions over HTTP: the API server alone (apps/api/src/server.ts)',
    run: () => benchSubmissions('api'),
  },
  {
    id: 'submissions-serve-postgres',
    title: 'Submissions over HTTP on PostgreSQL: indikera serve',
    run: () => benchSubmissions('serve', 'postgres'),
  },
  {
    id: 'submissions-api-postgres',
    title: 'Submissions over HTTP on PostgreSQL: the API server alone',
    run: () => benchSubmissions('api', 'postgres'),
  },
  { id: 'national', title: 'Reports at national scale', run: () => benchNational() },
  {
    id: 'national-postgres',
    title: 'Reports at national scale on PostgreSQL',
    run: () => benchNational('postgres'),
  },
  { id: 'import', title: 'Import of a 100,000-row responses CSV', run: benchImport },
  {
    id: 'import-latency',
    title: 'Answers from a link during a 100,000-row import',
    run: benchImportLatency,
  },
  { id: 'page-weight', title: 'Page weight of a respondent page', run: benchPageWeight },
];

const words = process.argv.slice(2);
const chosen = benches.filter((b) => words.length === 0 || words.some((w) => b.id.includes(w)));
if (chosen.length === 0) {
  console.error(
    `No benchmark matches ${words.join(' ')}; there are: ${benches.map((b) => b.id).join(', ')}`,
  );
  process.exit(2);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
// The machine may be shared: what else ran matters as much as the hardware.
const load = () => loadavg()[0]?.toFixed(2) ?? '?';
const lines = [
  `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${machine}; load average ${load()} at the start`,
  '',
];
console.log(`Machine: ${machine}; load average ${load()}\n`);
let failed = 0;
for (const bench of chosen) {
  console.log(`# ${bench.title}`);
  lines.push(`### ${bench.title}`, '');
  const start = performance.now();
  try {
    for (const m of await bench.run()) {
      const text = formatMeasurement(m);
      console.log(text);
      lines.push(`- ${text.trimStart()}`);
    }
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    // One line in results.md: a server's output can run to pages.
    const text = `✗ FAILED: ${message.split('\n').slice(0, 6).join(' ⏎ ').slice(0, 600)}`;
    console.log(text);
    lines.push(`- ${text}`);
  }
  const took = `(${((performance.now() - start) / 1000).toFixed(0)} s; load average ${load()} after)`;
  console.log(`${took}\n`);
  lines.push('', took, '');
}
await stopBenchPostgres();
// A blank line before the run and none after it, as the formatter (Biome) keeps Markdown.
appendFileSync(new URL('./results.md', import.meta.url), `\n${lines.join('\n').trimEnd()}\n`);
console.log('Appended to test/load/results.md');
if (failed > 0) process.exitCode = 1;
