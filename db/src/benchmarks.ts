/**
 * @module
 * Riksnittet: the national figures per year, imported from the national report and
 * shared by every förbund of the installation. Shares and rates are in percent.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { inTransaction } from './transaction';

/** The national share for a question, in percent; null where the report gives none. */
export interface Riksnitt {
  readonly all: number | null;
  readonly kvinna: number | null;
  readonly man: number | null;
}

export interface BenchmarkInput extends Riksnitt {
  readonly questionId: string;
}

export interface ResponseRateInput {
  readonly groupId: string;
  /** Percent. */
  readonly responseRate: number;
}

/** A year loaded, with how many rows it holds (questions, or groups for rates). */
export interface LoadedYear {
  readonly year: number;
  readonly count: number;
}

/** Replaces a year's figures as a whole: a reader sees the old year or the new, never a mix. */
export async function replaceBenchmarksForYear(
  db: Kysely<Database>,
  year: number,
  benchmarks: readonly BenchmarkInput[],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('benchmarks').where('year', '=', year).execute();
    if (benchmarks.length === 0) return;
    await trx
      .insertInto('benchmarks')
      .values(
        benchmarks.map((b) => ({
          year,
          question_id: b.questionId,
          all_share: b.all,
          kvinna: b.kvinna,
          man: b.man,
        })),
      )
      .execute();
  });
}

/** Question id → riksnitt for the year; empty when the year is not loaded. */
export async function getRiksnitt(
  db: Kysely<Database>,
  year: number,
): Promise<Map<string, Riksnitt>> {
  const rows = await db
    .selectFrom('benchmarks')
    .selectAll()
    .where('year', '=', year)
    .orderBy('question_id')
    .execute();
  return new Map(
    rows.map((row) => [row.question_id, { all: row.all_share, kvinna: row.kvinna, man: row.man }]),
  );
}

/** The years with riksnitt loaded, newest first, with how many questions each has. */
export async function listBenchmarkYears(db: Kysely<Database>): Promise<LoadedYear[]> {
  return db
    .selectFrom('benchmarks')
    .select((eb) => ['year', eb.fn.countAll<number>().as('count')])
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
}

export async function replaceResponseRatesForYear(
  db: Kysely<Database>,
  year: number,
  rates: readonly ResponseRateInput[],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('benchmark_response_rates').where('year', '=', year).execute();
    if (rates.length === 0) return;
    await trx
      .insertInto('benchmark_response_rates')
      .values(rates.map((r) => ({ year, group_id: r.groupId, response_rate: r.responseRate })))
      .execute();
  });
}

/** Group id → national svarsfrekvens (percent) for the year. */
export async function getResponseRates(
  db: Kysely<Database>,
  year: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('benchmark_response_rates')
    .select(['group_id', 'response_rate'])
    .where('year', '=', year)
    .orderBy('group_id')
    .execute();
  return new Map(rows.map((row) => [row.group_id, row.response_rate]));
}

export async function listResponseRateYears(db: Kysely<Database>): Promise<LoadedYear[]> {
  return db
    .selectFrom('benchmark_response_rates')
    .select((eb) => ['year', eb.fn.countAll<number>().as('count')])
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
}
