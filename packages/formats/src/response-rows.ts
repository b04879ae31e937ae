/**
 * @module
 * The rows of a responses file, whatever holds them (a CSV, a spreadsheet): a header of
 * `grupp`, `kon`, `insats`, `datum` and question ids, then one questionnaire per row,
 * judged by the rules of formats.md. All or nothing: a file with any invalid row yields
 * every problem as `line N: column X: reason` and no responses.
 */
import {
  type AnswerValue,
  findQuestion,
  type Gender,
  type InstrumentVersion,
  parseAnswerText,
  type Question,
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
    const lower = name.toLowerCase();
    const background = BACKGROUND_COLUMNS.find((c) => c === lower);
    const question = findQuestion(instrument, name.toUpperCase());
    const key = background ?? question?.id;
    if (name === '') {
      errors.push({ line: 1, column: String(position + 1), message: 'kolumnen saknar rubrik' });
    } else if (key === undefined) {
      errors.push({
        line: 1,
        column: name,
        message: `okänd kolumn (giltiga: grupp, kon, insats, datum och frågornas id, t.ex. DP1)`,
      });
    } else if (seen.has(key)) {
      errors.push({ line: 1, column: name, message: 'kolumnen finns mer än en gång' });
    } else {
      seen.add(key);
      if (background) columns.push({ kind: 'background', name: background });
      else if (question) columns.push({ kind: 'question', question });
    }
  });
  if (!seen.has('grupp')) errors.push({ line: 1, column: 'grupp', message: 'kolumnen saknas' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: columns };
}

function readRow(
  instrument: InstrumentVersion,
  columns: readonly Column[],
  line: number,
  fields: readonly string[],
  errors: LineError[],
): ImportedResponse | null {
  const before = errors.length;
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
    } else if (cell !== '') {
      if (isRealDate(cell)) datum = cell;
      else errors.push({ line, column: 'datum', message: `"${cell}" är inget datum (ÅÅÅÅ-MM-DD)` });
    }
  }
  if (group === '') {
    errors.push({ line, column: 'grupp', message: 'saknas' });
    return null;
  }
  const result = validateResponse(instrument, { group, kon, answers });
  if (!result.ok) {
    for (const p of result.problems) errors.push({ line, column: p.field, message: p.message });
    return null;
  }
  if (errors.length > before) return null;
  return { line, group, kon: result.response.kon, insats, datum, answers: result.response.answers };
}

/**
 * Reads rows one at a time, so a large CSV is validated as it is scanned instead of held
 * whole. Fully empty rows are the caller's to skip; their line numbers stay counted.
 */
export class ResponseRowsReader {
  readonly #instrument: InstrumentVersion;
  readonly #errors: LineError[] = [];
  readonly #responses: ImportedResponse[] = [];
  #columns: readonly Column[] | null = null;
  #width = 0;

  constructor(instrument: InstrumentVersion) {
    this.#instrument = instrument;
  }

  /** @returns false when nothing more can be read: the header is missing or invalid. */
  add({ line, fields }: CsvRecord): boolean {
    if (this.#columns === null) {
      if (line !== 1) {
        this.#errors.push({ line: 1, message: 'filen saknar rubrikrad' });
        return false;
      }
      const header = readHeader(this.#instrument, fields);
      if (!header.ok) {
        this.#errors.push(...header.errors);
        return false;
      }
      this.#columns = header.value;
      this.#width = fields.length;
    } else if (fields.length !== this.#width) {
      this.#errors.push({
        line,
        message: `raden har ${fields.length} fält men rubrikraden ${this.#width}`,
      });
    } else {
      const response = readRow(this.#instrument, this.#columns, line, fields, this.#errors);
      if (response) this.#responses.push(response);
    }
    return true;
  }

  /** @param failure what stopped the file being read part way (a CSV quote never closed) */
  finish(failure: LineError | null = null): ReadResult<ImportedResponse[]> {
    const errors = this.#errors;
    if (failure) errors.push(failure);
    else if (this.#columns === null && errors.length === 0) {
      errors.push({ line: 1, message: 'filen saknar rubrikrad' });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: this.#responses };
  }
}

/**
 * Reads the non-empty rows of a responses file, header first, against an instrument version.
 * @example readResponseRows(records, nns2021)
 */
export function readResponseRows(
  rows: Iterable<CsvRecord>,
  instrument: InstrumentVersion,
): ReadResult<ImportedResponse[]> {
  const reader = new ResponseRowsReader(instrument);
  for (const row of rows) if (!reader.add(row)) break;
  return reader.finish();
}
