/**
 * @module
 * Riksnitt: the national figures per year, shared by the whole installation. A file
 * replaces each year it holds, every year in one transaction with its audit entry, and a
 * file with any error stores nothing.
 */
import {
  type Database,
  getResponseRates,
  getRiksnitt,
  inTransaction,
  recordAudit,
  replaceBenchmarksForYear,
  replaceResponseRatesForYear,
} from '@indikera/db';
import { readResponseRatesCsv, readRiksnittCsv } from '@indikera/formats';
import type { Kysely } from 'kysely';
import { ROW_FIELD } from '../problem';
import { InvalidFileError } from './domain-errors';
import { registryInstruments } from './instruments.service';

export interface Loaded {
  readonly years: number[];
  readonly rows: number;
}

type FileRead<T> =
  | { readonly ok: true; readonly value: readonly T[] }
  | {
      readonly ok: false;
      readonly errors: readonly { line: number; column?: string; message: string }[];
    };

/** Groups rows by year, in ascending year order. */
function byYear<T extends { year: number }>(rows: readonly T[]): Map<number, T[]> {
  const years = new Map<number, T[]>();
  for (const row of [...rows].sort((a, b) => a.year - b.year))
    years.set(row.year, [...(years.get(row.year) ?? []), row]);
  return years;
}

/** Reads a file and replaces each of its years, audited, all or nothing. */
async function load<T extends { year: number }>(
  db: Kysely<Database>,
  read: FileRead<T>,
  action: string,
  by: number,
  replaceYear: (trx: Kysely<Database>, year: number, rows: T[]) => Promise<void>,
): Promise<Loaded> {
  if (!read.ok) {
    throw new InvalidFileError(
      read.errors.map((e) => ({ field: e.column ?? ROW_FIELD, line: e.line, message: e.message })),
    );
  }
  const years = byYear(read.value);
  await inTransaction(db, async (trx) => {
    for (const [year, rows] of years) await replaceYear(trx, year, rows);
    await recordAudit(trx, {
      userId: by,
      forbundId: null,
      action,
      subject: 'riksnitt',
      detail: { years: [...years.keys()] },
    });
  });
  return { years: [...years.keys()], rows: read.value.length };
}

/**
 * A riksnitt CSV (`year,question,all,kvinna,man`): the questions of any version of the
 * registry, so that a year answered on a new version has its own riksnitt.
 */
export async function loadRiksnitt(db: Kysely<Database>, file: Uint8Array, by: number) {
  const read = readRiksnittCsv(file, await registryInstruments(db));
  return load(db, read, 'riksnitt.import', by, (trx, year, rows) =>
    replaceBenchmarksForYear(
      trx,
      year,
      rows.map((r) => ({ questionId: r.question, all: r.all, kvinna: r.kvinna, man: r.man })),
    ),
  );
}

/** A national response-rate CSV (`year,group,response_rate`), groups of any version. */
export async function loadResponseRates(db: Kysely<Database>, file: Uint8Array, by: number) {
  const read = readResponseRatesCsv(file, await registryInstruments(db));
  return load(db, read, 'riksnitt.svarsfrekvens', by, (trx, year, rows) =>
    replaceResponseRatesForYear(
      trx,
      year,
      rows.map((r) => ({ groupId: r.group, responseRate: r.responseRate })),
    ),
  );
}

/** One year's riksnitt per question and national response rate per group. */
export async function riksnittOfYear(db: Kysely<Database>, year: number) {
  const questions = [...(await getRiksnitt(db, year))].map(([question, r]) => ({
    question,
    ...r,
  }));
  const responseRates = [...(await getResponseRates(db, year))].map(([group, responseRate]) => ({
    group,
    responseRate,
  }));
  return { year, questions, responseRates };
}
