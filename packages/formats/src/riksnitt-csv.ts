/**
 * @module
 * Riksnitt files of docs/riksnitt-csv.md: national shares per year and question
 * (`year,question,all,kvinna,man`) and national response rates per year and group
 * (`year,group,response_rate`). Shares in percent: `75`, `75.5` or `75,5`; empty where the
 * national report gives no figure; extra columns ignored.
 */
import {
  findGroup,
  findQuestion,
  type InstrumentVersion,
  instrumentVersions,
} from '@indikera/instrument';
import { type CsvRecord, parseCsv } from './csv-parse';
import type { LineError, ReadResult } from './line-error';

export interface RiksnittRow {
  readonly year: number;
  readonly question: string;
  readonly all: number | null;
  readonly kvinna: number | null;
  readonly man: number | null;
}

export interface ResponseRateRow {
  readonly year: number;
  readonly group: string;
  readonly responseRate: number;
}

/** Reads a percentage; null for an empty cell, undefined when it is not one. */
function readPercent(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === '') return null;
  if (!/^\d{1,3}([.,]\d+)?$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return value <= 100 ? value : undefined;
}

function readYear(cell: string): number | undefined {
  const text = cell.trim();
  return /^(19|20)\d{2}$/.test(text) ? Number(text) : undefined;
}

/** Finds the named columns (case-insensitive) and reads each record with them. */
function readTable<T>(
  input: string | Uint8Array,
  required: readonly string[],
  readRecord: (
    cells: ReadonlyMap<string, string>,
    record: CsvRecord,
    errors: LineError[],
  ) => T | null,
): ReadResult<T[]> {
  const table = parseCsv(input);
  if (!table.ok) return table;
  const positions = new Map<string, number>();
  table.value.header.forEach((name, i) => {
    positions.set(name.trim().toLowerCase(), i);
  });
  const missing = required.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((column) => ({ line: 1, column, message: 'kolumnen saknas' })),
    };
  }
  const errors: LineError[] = [];
  const rows: T[] = [];
  const width = table.value.header.length;
  for (const record of table.value.records) {
    if (record.fields.length !== width) {
      errors.push({
        line: record.line,
        message: `raden har ${record.fields.length} fält men rubrikraden ${width} (decimalkomma kräver semikolon som avgränsare)`,
      });
      continue;
    }
    const cells = new Map(
      required.map((name) => [name, record.fields[positions.get(name) ?? 0] ?? '']),
    );
    const row = readRecord(cells, record, errors);
    if (row) rows.push(row);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rows };
}

/**
 * Riksnitt per year and question id; a question must be one of a known version (the
 * built-in ones unless `versions` names others, e.g. a version read from a file).
 * @example readRiksnittCsv('year,question,all,kvinna,man\n2021,DP1,75,76,73\n')
 */
export function readRiksnittCsv(
  input: string | Uint8Array,
  versions: readonly InstrumentVersion[] = instrumentVersions,
): ReadResult<RiksnittRow[]> {
  const isKnownQuestion = (id: string) => versions.some((v) => findQuestion(v, id) !== undefined);
  const seen = new Set<string>();
  return readTable(
    input,
    ['year', 'question', 'all', 'kvinna', 'man'],
    (cells, { line }, errors) => {
      const before = errors.length;
      const year = readYear(cells.get('year') ?? '');
      if (year === undefined) errors.push({ line, column: 'year', message: 'inget årtal (ÅÅÅÅ)' });
      const question = (cells.get('question') ?? '').trim().toUpperCase();
      if (!isKnownQuestion(question)) {
        errors.push({
          line,
          column: 'question',
          message: `okänd fråga "${cells.get('question')}"`,
        });
      }
      const shares: Record<string, number | null> = {};
      for (const column of ['all', 'kvinna', 'man']) {
        const value = readPercent(cells.get(column) ?? '');
        if (value === undefined) {
          errors.push({
            line,
            column,
            message: `"${cells.get(column)}" är ingen andel i procent (0–100)`,
          });
        } else {
          shares[column] = value;
        }
      }
      const key = `${year}:${question}`;
      if (errors.length === before && seen.has(key)) {
        errors.push({ line, message: `${question} för ${year} finns redan på en tidigare rad` });
      }
      seen.add(key);
      if (errors.length > before || year === undefined) return null;
      return {
        year,
        question,
        all: shares.all ?? null,
        kvinna: shares.kvinna ?? null,
        man: shares.man ?? null,
      };
    },
  );
}

/**
 * National svarsfrekvens per year and group; a group must be one of a known version (the
 * built-in ones unless `versions` names others).
 * @example readResponseRatesCsv('year,group,response_rate\n2021,personal,79\n')
 */
export function readResponseRatesCsv(
  input: string | Uint8Array,
  versions: readonly InstrumentVersion[] = instrumentVersions,
): ReadResult<ResponseRateRow[]> {
  const seen = new Set<string>();
  return readTable(input, ['year', 'group', 'response_rate'], (cells, { line }, errors) => {
    const before = errors.length;
    const year = readYear(cells.get('year') ?? '');
    if (year === undefined) errors.push({ line, column: 'year', message: 'inget årtal (ÅÅÅÅ)' });
    const group = (cells.get('group') ?? '').trim().toLowerCase();
    if (!versions.some((v) => findGroup(v, group))) {
      errors.push({
        line,
        column: 'group',
        message: `okänd respondentgrupp "${cells.get('group')}"`,
      });
    }
    const rate = readPercent(cells.get('response_rate') ?? '');
    if (rate === undefined || rate === null) {
      errors.push({
        line,
        column: 'response_rate',
        message: 'ingen svarsfrekvens i procent (0–100)',
      });
    }
    const key = `${year}:${group}`;
    if (errors.length === before && seen.has(key)) {
      errors.push({ line, message: `${group} för ${year} finns redan på en tidigare rad` });
    }
    seen.add(key);
    if (errors.length > before || year === undefined || rate == null) return null;
    return { year, group, responseRate: rate };
  });
}

/** The riksnitt of one year, by question id, in the form the report takes. */
export function riksnittOfYear(
  rows: readonly RiksnittRow[],
  year: number,
): Map<string, { all: number | null; kvinna: number | null; man: number | null }> {
  return new Map(
    rows
      .filter((r) => r.year === year)
      .map((r) => [r.question, { all: r.all, kvinna: r.kvinna, man: r.man }]),
  );
}
