/**
 * @module
 * The rows of a responses file, whatever holds them (a CSV, a spreadsheet): a header of
 * `grupp`, `kon`, `insats`, `datum` and question ids, then one questionnaire per row,
 * judged by the rules of docs/responses-csv.md. All or nothing: a file with any invalid row yields
 * its problems as `line N: column X: reason` (the first MAX_LISTED_ERRORS, and how many
 * there are) and no responses. A file has at most MAX_ROWS rows and MAX_CELL_CHARS
 * characters a cell, and a message repeats at most about 40 characters of a value.
 */
import {
  type AnswerValue,
  findQuestion,
  type Gender,
  type InstrumentVersion,
  parseAnswerText,
  type Question,
  shortText,
  shownValue,
  validateResponse,
} from '@indikera/instrument';
import type { CsvRecord } from './csv-parse';
import { isRealDate } from './date';
import type { LineError, ReadResult } from './line-error';

export interface ImportedResponse {
  /** The row in the file (header = 1), for messages about it later. */
  readonly line: number;
  readonly group: string;
  readonly kon: Gender | null;
  readonly insats: string | null;
  /** `YYYY-MM-DD`, the day it was answered, when the file says. */
  readonly datum: string | null;
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

/** Rows of questionnaires a file may hold: more than any förbund collects in years. */
export const MAX_ROWS = 100_000;
/** Characters a cell may hold: the longest insats name, with room to spare. */
export const MAX_CELL_CHARS = 200;
/** Errors listed; beyond them only counted. */
export const MAX_LISTED_ERRORS = 200;

const BACKGROUND_COLUMNS = ['grupp', 'kon', 'insats', 'datum'] as const;
type Column =
  | { kind: 'background'; name: (typeof BACKGROUND_COLUMNS)[number] }
  | { kind: 'question'; question: Question };

function readHeader(
  instrument: InstrumentVersion,
  header: readonly string[],
): ReadResult<readonly Column[]> {
  const errors: LineError[] = [];
  const seen = new Set<string>();
  const columns: Column[] = [];
  header.forEach((raw, position) => {
    const name = raw.trim();
    if (name.length > MAX_CELL_CHARS) {
      errors.push({ line: 1, column: String(position + 1), message: tooLong });
      return;
    }
    const lower = name.toLowerCase();
    const background = BACKGROUND_COLUMNS.find((c) => c === lower);
    const question = findQuestion(instrument, name.toUpperCase());
    const key = background ?? question?.id;
    if (name === '') {
      errors.push({ line: 1, column: String(position + 1), message: 'kolumnen saknar rubrik' });
    } else if (key === undefined) {
      errors.push({
        line: 1,
        column: shortText(name),
        message: `okänd kolumn (giltiga: grupp, kon, insats, datum och frågornas id, t.ex. DP1)`,
      });
    } else if (seen.has(key)) {
      errors.push({ line: 1, column: shortText(name), message: 'kolumnen finns mer än en gång' });
    } else {
      seen.add(key);
      if (background) columns.push({ kind: 'background', name: background });
      else if (question) columns.push({ kind: 'question', question });
    }
  });
  if (!seen.has('grupp')) errors.push({ line: 1, column: 'grupp', message: 'kolumnen saknas' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: columns };
}

const tooLong = `cellen har fler än ${MAX_CELL_CHARS} tecken`;
const columnName = (column: Column) =>
  column.kind === 'question' ? column.question.id : column.name;

/** Where a row's errors go: a list that keeps the first ones and counts them all. */
interface ErrorSink {
  push(error: LineError): void;
}

function readRow(
  instrument: InstrumentVersion,
  columns: readonly Column[],
  line: number,
  fields: readonly string[],
  errors: ErrorSink,
  knownInsatser: ReadonlySet<string> | null,
): ImportedResponse | null {
  let valid = true;
  const fail = (error: LineError) => {
    valid = false;
    errors.push(error);
  };
  let group = '';
  let kon: unknown = null;
  let insats: string | null = null;
  let datum: string | null = null;
  const answers = new Map<string, unknown>();
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index];
    const raw = fields[index] ?? '';
    // Most cells of a wide file are empty: skip them before any other work.
    if (raw === '' || !column) continue;
    if (raw.length > MAX_CELL_CHARS) {
      fail({ line, column: columnName(column), message: tooLong });
      continue;
    }
    const cell = raw.trim();
    if (column.kind === 'question') {
      if (cell === '') continue;
      // An unreadable value stays as text so the shared validation names it out of scale.
      const { question } = column;
      answers.set(question.id, parseAnswerText(instrument, question, cell) ?? cell);
    } else if (column.name === 'grupp') {
      group = cell.toLowerCase();
    } else if (column.name === 'kon') {
      kon = cell === '' ? null : cell.toLowerCase();
    } else if (column.name === 'insats') {
      insats = cell === '' ? null : cell;
      if (insats !== null && knownInsatser && !knownInsatser.has(insats.toLowerCase()))
        fail({ line, column: 'insats', message: `okänd insats ${shownValue(insats)}` });
    } else if (cell !== '') {
      if (isRealDate(cell)) datum = cell;
      else
        fail({ line, column: 'datum', message: `${shownValue(cell)} är inget datum (ÅÅÅÅ-MM-DD)` });
    }
  }
  if (group === '') {
    fail({ line, column: 'grupp', message: 'saknas' });
    return null;
  }
  const result = validateResponse(instrument, { group, kon, answers });
  if (!result.ok) {
    for (const p of result.problems) fail({ line, column: p.field, message: p.message });
    return null;
  }
  if (!valid) return null;
  return { line, group, kon: result.response.kon, insats, datum, answers: result.response.answers };
}

export interface RowsOptions {
  /** Lower-cased names of the förbund's insatser: any other is an error. */
  readonly knownInsatser?: ReadonlySet<string>;
  /** Takes each valid row instead of keeping it (a large file, read in passes). */
  readonly onResponse?: (response: ImportedResponse) => void;
}

/**
 * Reads rows one at a time, so a large CSV is validated as it is scanned instead of held
 * whole. Fully empty rows are the caller's to skip; their line numbers stay counted.
 * Once a row is invalid no more rows are kept: the file will be refused whole.
 */
export class ResponseRowsReader {
  readonly #instrument: InstrumentVersion;
  readonly #options: RowsOptions;
  readonly #errors: LineError[] = [];
  #total = 0;
  readonly #responses: ImportedResponse[] = [];
  #columns: readonly Column[] | null = null;
  #width = 0;
  #rows = 0;
  readonly #sink: ErrorSink = {
    push: (error) => {
      this.#total++;
      if (this.#errors.length < MAX_LISTED_ERRORS) this.#errors.push(error);
    },
  };

  constructor(instrument: InstrumentVersion, options: RowsOptions = {}) {
    this.#instrument = instrument;
    this.#options = options;
  }

  /** @returns false when nothing more can be read: no valid header, or too many rows. */
  add({ line, fields }: CsvRecord): boolean {
    if (this.#columns === null) {
      if (line !== 1) {
        this.#sink.push({ line: 1, message: 'filen saknar rubrikrad' });
        return false;
      }
      const header = readHeader(this.#instrument, fields);
      if (!header.ok) {
        for (const error of header.errors) this.#sink.push(error);
        return false;
      }
      this.#columns = header.value;
      this.#width = fields.length;
    } else if (++this.#rows > MAX_ROWS) {
      this.#sink.push({
        line,
        message: `filen har fler än ${MAX_ROWS.toLocaleString('sv-SE')} rader; dela upp den i flera filer`,
      });
      return false;
    } else if (fields.length !== this.#width) {
      this.#sink.push({
        line,
        message: `raden har ${fields.length} fält men rubrikraden ${this.#width}`,
      });
    } else {
      const response = readRow(
        this.#instrument,
        this.#columns,
        line,
        fields,
        this.#sink,
        this.#options.knownInsatser ?? null,
      );
      if (response && this.#total === 0) {
        if (this.#options.onResponse) this.#options.onResponse(response);
        else this.#responses.push(response);
      }
    }
    return true;
  }

  /** @param failure what stopped the file being read part way (a CSV quote never closed) */
  finish(failure: LineError | null = null): ReadResult<ImportedResponse[]> {
    if (failure) this.#sink.push(failure);
    else if (this.#columns === null && this.#total === 0) {
      this.#sink.push({ line: 1, message: 'filen saknar rubrikrad' });
    }
    if (this.#total === 0) return { ok: true, value: this.#responses };
    return { ok: false, errors: this.#errors, total: this.#total };
  }
}

/**
 * Reads the non-empty rows of a responses file, header first, against an instrument version.
 * @example readResponseRows(records, nns2021)
 */
export function readResponseRows(
  rows: Iterable<CsvRecord>,
  instrument: InstrumentVersion,
  options: RowsOptions = {},
): ReadResult<ImportedResponse[]> {
  const reader = new ResponseRowsReader(instrument, options);
  for (const row of rows) if (!reader.add(row)) break;
  return reader.finish();
}
