/**
 * @module
 * Reports at national scale: a million questionnaires (see national-database.ts), then the
 * full report of one förbund's round as the API makes it, beside one hand-written GROUP BY
 * over the same round (the floor), and the riksnitt pooled from every förbund for a year.
 * Targets: report median ≤ 50 ms and ≤ 2 × the floor; pooled year ≤ 2 s.
 *
 * BENCH_SCALE sizes the database (0.1 = 8 förbund, a tenth of the rows; 0 skips it); each
 * round keeps its full size, so per-round figures stay comparable.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRound, openSqlite } from '@indikera/db';
import {
  type AnswerCount,
  buildReport,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type ResponseCount,
  type Tally,
} from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import type BetterSqlite3 from 'better-sqlite3';
import { roundReport } from '../../apps/api/src/services/round-report';
import { type Measurement, median } from './measurement';
import { buildNationalDatabase, FORBUND } from './national-database';

const RUNS = 20;
const YEAR = 2021;

/**
 * The floor: the one query a report of a round cannot do without. Disclosure control
 * needs the counts by insats and release too.
 */
const FLOOR_SQL = `
  SELECT a.question_id AS question, a.value, coalesce(r.kon, 'annat') AS gender,
    r.insats_id, r.release, count(*) AS count
  FROM answers a JOIN responses r ON r.id = a.response_id
  WHERE r.round_id = ?
  GROUP BY a.question_id, a.value, coalesce(r.kon, 'annat'), r.insats_id, r.release`;

/**
 * Every förbund's answers of a year, counted as one national tally. Written from the year's
 * rounds inwards: as a three-way join, SQLite (no statistics) scans every answer instead.
 */
const ROUNDS_OF_YEAR = 'r.round_id IN (SELECT id FROM rounds WHERE year = ?)';
const POOLED_ANSWERS_SQL = `
  SELECT a.question_id AS question, a.value, coalesce(r.kon, 'annat') AS gender, count(*) AS count
  FROM responses r JOIN answers a ON a.response_id = r.id
  WHERE ${ROUNDS_OF_YEAR}
  GROUP BY a.question_id, a.value, coalesce(r.kon, 'annat')`;
const POOLED_RESPONSES_SQL = `
  SELECT r.group_id AS "group", coalesce(r.kon, 'annat') AS gender, count(*) AS count
  FROM responses r
  WHERE ${ROUNDS_OF_YEAR}
  GROUP BY r.group_id, coalesce(r.kon, 'annat')`;

async function timeRuns(runs: number, work: () => unknown): Promise<number[]> {
  const times: number[] = [];
  await work(); // warm: statements prepared, pages in the OS cache
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

function scale(): number {
  const text = process.env.BENCH_SCALE ?? '1';
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`BENCH_SCALE must be between 0 and 1, not "${text}"`);
  }
  return value;
}

function pooledReport(sqlite: BetterSqlite3.Database, year: number) {
  const tally: Tally = {
    responses: sqlite.prepare<[number], ResponseCount>(POOLED_RESPONSES_SQL).all(year),
    answers: sqlite.prepare<[number], AnswerCount>(POOLED_ANSWERS_SQL).all(year),
  };
  return buildReport({ instrument: getInstrument('2021'), tally, year });
}

export async function benchNational(): Promise<Measurement[]> {
  const factor = scale();
  if (factor === 0) {
    return [
      { name: 'förbund generated (BENCH_SCALE=0 skips this benchmark)', value: 0, unit: 'förbund' },
    ];
  }
  const forbund = Math.max(1, Math.round(FORBUND * factor));
  const dir = mkdtempSync(join(tmpdir(), 'indikera-bench-national-'));
  try {
    const file = join(dir, 'national.sqlite');
    const built = await buildNationalDatabase(file, forbund);
    const { db, sqlite, close } = openSqlite(`file:${file}`);
    try {
      const roundOf = sqlite.prepare<[number], number>(
        'SELECT id FROM rounds WHERE forbund_id = 1 AND year = ?',
      );
      const roundId = roundOf.pluck().get(YEAR);
      const previousId = roundOf.pluck().get(YEAR - 1);
      const round = roundId === undefined ? undefined : await getRound(db, roundId);
      if (!round || previousId === undefined) throw new Error('the benchmark rounds are missing');
      const inRound = sqlite
        .prepare('SELECT count(*) FROM responses WHERE round_id = ?')
        .pluck()
        .get(roundId) as number;

      const report = await timeRuns(RUNS, () =>
        roundReport(db, round, {}, DEFAULT_SUPPRESSION_THRESHOLD),
      );
      const floorQuery = sqlite.prepare(FLOOR_SQL);
      const floor = await timeRuns(RUNS, () => floorQuery.all(roundId));
      const twoRounds = await timeRuns(RUNS, () => {
        floorQuery.all(roundId);
        floorQuery.all(previousId);
      });
      const pooled = await timeRuns(3, () => JSON.stringify(pooledReport(sqlite, YEAR)));
      const pooledResponses = sqlite
        .prepare(`SELECT count(*) FROM responses r WHERE ${ROUNDS_OF_YEAR}`)
        .pluck()
        .get(YEAR) as number;

      return [
        {
          name: `database built: ${built.responses.toLocaleString('en')} responses, ${built.answers.toLocaleString('en')} answers, ${built.forbund} förbund × 10 years (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`,
          value: built.seconds,
          unit: 's',
        },
        {
          name: '  responses stored per second',
          value: built.responses / built.seconds,
          unit: 'responses/s',
        },
        {
          name: `report of one round (${inRound.toLocaleString('en')} responses, with last year's round and riksnitt), median of ${RUNS}`,
          value: median(report),
          unit: 'ms',
          target: { op: '<=', value: 50 },
        },
        { name: `  slowest of ${RUNS}`, value: Math.max(...report), unit: 'ms' },
        {
          name: `floor: one GROUP BY over the round's answers, median of ${RUNS}`,
          value: median(floor),
          unit: 'ms',
        },
        {
          name: 'report ÷ floor',
          value: median(report) / median(floor),
          unit: '×',
          target: { op: '<=', value: 2 },
        },
        {
          name: "  the same GROUP BY over this and last year's round, what the report counts, median",
          value: median(twoRounds),
          unit: 'ms',
        },
        { name: '  report ÷ that', value: median(report) / median(twoRounds), unit: '×' },
        {
          name: `riksnitt pooled over every förbund for ${YEAR} (${pooledResponses.toLocaleString('en')} responses), count and figures, median of 3`,
          value: median(pooled),
          unit: 'ms',
          target: { op: '<=', value: 2000 },
        },
      ];
    } finally {
      await close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
