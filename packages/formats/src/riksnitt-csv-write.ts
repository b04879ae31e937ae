/**
 * @module
 * Writing the riksnitt files of docs/riksnitt-csv.md, as `readRiksnittCsv` and
 * `readResponseRatesCsv` read them: commas, full precision (a share is written as the
 * shortest decimal that reads back as the same number), an empty cell where none is given.
 */
import { toCsv } from './csv-write';
import type { ResponseRateRow, RiksnittRow } from './riksnitt-csv';

const percent = (value: number | null): string => (value === null ? '' : String(value));

/** @example writeRiksnittCsv([{ year: 2021, question: 'DP1', all: 75, kvinna: null, man: 73 }]) */
export function writeRiksnittCsv(rows: readonly RiksnittRow[]): string {
  return toCsv([
    ['year', 'question', 'all', 'kvinna', 'man'],
    ...rows.map((r) => [
      String(r.year),
      r.question,
      percent(r.all),
      percent(r.kvinna),
      percent(r.man),
    ]),
  ]);
}

/** @example writeResponseRatesCsv([{ year: 2021, group: 'personal', responseRate: 79 }]) */
export function writeResponseRatesCsv(rows: readonly ResponseRateRow[]): string {
  return toCsv([
    ['year', 'group', 'response_rate'],
    ...rows.map((r) => [String(r.year), r.group, percent(r.responseRate)]),
  ]);
}
