/**
 * @module
 * Reports at national scale: a million questionnaires (see national-database.ts), then the
 * full report of one förbund's round as the API makes it, beside one hand-written GROUP BY
 * over the same round (the floor), and the riksnitt pooled from every förbund for a year.
 * Targets: report median ≤ 50 ms and ≤ 2 × the floor; pooled year ≤ 2 s.
 *
 * On SQLite or on PostgreSQL (a server the run starts itself), the same queries.
 *
 * BENCH_SCALE sizes the database (0.1 = 8 förbund, a tenth of the rows; 0 skips it); each
 * round keeps its full size, so per-round figures stay comparable.
 */
import { statSync } from 'node:fs';
import { type Database, type Dialect, getRound, openDatabase } from '@indikera/db';
import {
  type AnswerCount,
  buildReport,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type ResponseCount,
  type Tally,
} from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { roundReport } from '../../apps/api/src/services/round-report';
import { benchDatabase } from './bench-databases';
import { type Measurement, median } from './measurement';
import { buildNationalDatabase, FORBUND } from './national-database';

const RUNS = 20;
const YEAR = 2021;

/**
 * The floor: the one query a report of a round cannot do without. Disclosure control
 * needs the counts by insats and release too.
 */
const floorSql = (roundId: number) => sql`
  SELECT a.question_id AS question, a.value, coalesce(r.kon, 'annat') AS gender,
    r.insats_id, r.release, count(*) AS count
  FROM answers a JOIN responses r ON r.id = a.response_id
  WHERE r.round_id = ${roundId}
  GROUP BY a.question_id, a.value, coalesce(r.kon, 'annat'), r.insats_id, r.release`;

/**
 * Every förbund's answers of a year, counted as one national tally. Written from the year's
 * rounds inwards: as a three-way join, SQLite (no statistics) scans every answer instead.
 */
const roundsOfYear = (year: number) =>
  sql`r.round_id IN (SELECT id FROM rounds WHERE year = ${year})`;
const pooledAnswersSql = (year: number) => sql<AnswerCount>`
  SELECT a.question_id AS question, a.value, coalesce(r.kon, 'annat') AS gender, count(*) AS count
  FROM responses r JOIN answers a ON a.response_id = r.id
  WHERE ${roundsOfYear(year)}
  GROUP BY a.question_id, a.value, coalesce(r.kon, 'annat')`;
const pooledResponsesSql = (year: number) => sql<ResponseCount>`
  SELECT r.group_id AS "group", coalesce(r.kon, 'annat') AS gender, count(*) AS count
  FROM responses r
  WHERE ${roundsOfYear(year)}
  GROUP BY r.group_id, coalesce(r.kon, 'annat')`;

/** The first column of the first row of a query that gives one number. */
async function numberOf(
  db: Kysely<Database>,
  query: RawBuilder<unknown>,
): Promise<number | undefined> {
  const row = (await query.execute(db)).rows[0] as Record<string, unknown> | undefined;
  const value = row ? Object.values(row)[0] : undefined;
  return value === undefined || value === null ? undefined : Number(value);
}

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

async function pooledReport(db: Kysely<Database>, year: number) {
  const tally: Tally = {
    responses: (await pooledResponsesSql(year).execute(db)).rows,
    answers: (await pooledAnswersSql(year).execute(db)).rows,
  };
  return buildReport({ instrument: getInstrument('2021'), tally, year });
}

/** @example await benchNational('postgres') */
export async function benchNational(dialect: Dialect = 'sqlite'): Promise<Measurement[]> {
  const factor = scale();
  if (factor === 0) {
    return [
      { name: 'förbund generated (BENCH_SCALE=0 skips this benchmark)', value: 0, unit: 'förbund' },
    ];
  }
  const forbund = Math.max(1, Math.round(FORBUND * factor));
  const store = await benchDatabase(dialect, 'national');
  try {
    const built = await buildNationalDatabase(store.database, forbund);
    const { db, close } = openDatabase(store.database);
    try {
      const roundOf = (year: number) =>
        numberOf(db, sql`SELECT id FROM rounds WHERE forbund_id = 1 AND year = ${year}`);
      const roundId = await roundOf(YEAR);
      const previousId = await roundOf(YEAR - 1);
      const round = roundId === undefined ? undefined : await getRound(db, roundId);
      if (!round || roundId === undefined || previousId === undefined) {
        throw new Error('the benchmark rounds are missing');
      }
      const inRound =
        (await numberOf(db, sql`SELECT count(*) FROM responses WHERE round_id = ${roundId}`)) ?? 0;
      const size =
        dialect === 'sqlite'
          ? statSync(store.database).size
          : ((await numberOf(db, sql`SELECT pg_database_size(current_database())`)) ?? 0);

      const report = await timeRuns(RUNS, () =>
        roundReport(db, round, {}, DEFAULT_SUPPRESSION_THRESHOLD),
      );
      const floor = await timeRuns(RUNS, () => floorSql(roundId).execute(db));
      const twoRounds = await timeRuns(RUNS, async () => {
        await floorSql(roundId).execute(db);
        await floorSql(previousId).execute(db);
      });
      const pooled = await timeRuns(3, async () => JSON.stringify(await pooledReport(db, YEAR)));
      const pooledResponses =
        (await numberOf(db, sql`SELECT count(*) FROM responses r WHERE ${roundsOfYear(YEAR)}`)) ??
        0;

      return [
        {
          name: `database built: ${built.responses.toLocaleString('en')} responses, ${built.answers.toLocaleString('en')} answers, ${built.forbund} förbund × 10 years (${(size / 2 ** 20).toFixed(0)} MiB)`,
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
    await store.drop();
  }
}
