/**
 * @module
 * One import in a process of its own, so that its peak memory is the import's and not
 * that of the benchmarks before it: `tsx import-process.ts <file.csv> <database> <round>`.
 * Prints one line of JSON: the time of `importResponses`, peak and starting memory.
 */
import { readFileSync } from 'node:fs';
import { importResponses } from '@indikera/api';
import { getRound, openDatabase } from '@indikera/db';

export interface ImportRun {
  readonly ms: number;
  readonly created: number;
  readonly startRssMiB: number;
  readonly peakRssMiB: number;
}

const [file, database, roundText] = process.argv.slice(2);
if (!file || !database || !roundText) throw new Error('usage: import-process <csv> <db> <round>');
const { db, close } = openDatabase(`file:${database}`);
try {
  const round = await getRound(db, Number(roundText));
  if (!round) throw new Error(`no round ${roundText}`);
  const startRssMiB = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const outcome = await importResponses(db, round, readFileSync(file), {
    kind: 'csv',
    dryRun: false,
    batch: null,
    today: '2021-10-31',
  });
  const ms = performance.now() - start;
  if (!outcome.ok) throw new Error(`the import was refused: ${outcome.detail}`);
  const run: ImportRun = {
    ms,
    created: outcome.created ?? 0,
    startRssMiB,
    // maxRSS is in KiB.
    peakRssMiB: process.resourceUsage().maxRSS / 2 ** 10,
  };
  console.log(JSON.stringify(run));
} finally {
  await close();
}
