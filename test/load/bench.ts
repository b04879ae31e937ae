/**
 * @module
 * `pnpm bench`: every benchmark, each figure printed beside its target, and the run
 * appended to test/load/results.md with the machine it ran on. Benchmarks, not tests:
 * a missed target is reported, never a failed build.
 */
import { appendFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { formatMeasurement, type Measurement } from './measurement';
import { benchReportCsv } from './report-csv.bench';

const benches: readonly { readonly title: string; readonly run: () => Promise<Measurement[]> }[] = [
  { title: 'Report from a responses CSV (indikera report)', run: benchReportCsv },
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
const lines = [
  `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Machine: ${machine}`,
  '',
];
console.log(`Machine: ${machine}\n`);
for (const bench of benches) {
  console.log(`# ${bench.title}`);
  lines.push(`### ${bench.title}`, '');
  for (const m of await bench.run()) {
    const text = formatMeasurement(m);
    console.log(text);
    lines.push(`- ${text.trimStart()}`);
  }
  console.log('');
  lines.push('');
}
appendFileSync(new URL('./results.md', import.meta.url), `${lines.join('\n')}\n`);
console.log('Appended to test/load/results.md');
