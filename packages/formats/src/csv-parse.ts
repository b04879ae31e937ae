/**
 * @module
 * Reading CSV files from Excel and survey tools with csv-parse (RFC 4180): `,` or `;`
 * (detected from the header), quoted fields with doubled quotes and line breaks, CRLF, LF
 * or CR, a byte-order mark. Records are handed on one at a time, never kept here.
 */
import { CsvError, type Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { LineError, ReadResult } from './line-error';

export type Delimiter = ',' | ';';

export interface CsvRecord {
  /** The row as a spreadsheet numbers it: record number, header = 1. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

const BOM = '\uFEFF';

/** Decodes UTF-8 strictly: a file in another encoding is an error, not garbled text. */
export function decodeUtf8(input: string | Uint8Array): ReadResult<string> {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, errors: [NOT_UTF8] };
    }
  }
  return { ok: true, value: text.startsWith(BOM) ? text.slice(1) : text };
}

export const NOT_UTF8: LineError = {
  line: 0,
  message: 'filen är inte UTF-8 (spara den som "CSV UTF-8" i Excel)',
};

/** The delimiter the header uses: whichever of `;` and `,` occurs more outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The csv-parse settings of every CSV Indikera reads (the stream and the sync reader). */
export function csvOptions(delimiter: Delimiter): Options {
  return {
    delimiter,
    bom: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    // Row widths are checked by the readers, with their own message.
    relax_column_count: true,
    skip_empty_lines: false,
  };
}

/** csv-parse's error as a line error: `line` is the record it was reading. */
export function csvLineError(error: unknown, line: number): LineError {
  if (!(error instanceof CsvError)) throw error;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED')
    return { line, message: 'ett citattecken (") stängs aldrig' };
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE')
    return { line, message: 'text efter ett avslutande citattecken (")' };
  if (error.code === 'INVALID_OPENING_QUOTE')
    return { line, message: 'ett citattecken (") mitt i ett fält utan citattecken runt sig' };
  return { line, message: 'raden går inte att läsa som CSV' };
}

/** Whether a record holds anything: fully empty rows are skipped but keep their number. */
export function isFilled(fields: readonly string[]): boolean {
  return fields.some((f) => f !== '' && f.trim() !== '');
}

/**
 * Calls `onRecord` for each record of CSV text, in order, without keeping them: a large
 * file is validated row by row instead of held whole. Fully empty rows are skipped but
 * keep their line number, so later rows are numbered as the spreadsheet shows them.
 * `onRecord` returns false to stop early.
 * @returns an error for malformed quoting, or null
 */
export function scanCsv(
  text: string,
  delimiter: Delimiter,
  onRecord: (record: CsvRecord) => boolean | undefined,
): LineError | null {
  let line = 0;
  let stopped = false;
  try {
    parse(text, {
      ...csvOptions(delimiter),
      on_record: (fields: string[]) => {
        line++;
        if (!stopped && isFilled(fields) && onRecord({ line, fields }) === false) stopped = true;
        return undefined;
      },
    });
  } catch (error) {
    if (stopped) return null;
    return csvLineError(error, line + 1);
  }
  return null;
}

/** Reads a whole (small) CSV file into its header and records. */
export function parseCsv(input: string | Uint8Array): ReadResult<CsvTable> {
  const decoded = decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const delimiter = detectDelimiter(decoded.value);
  const rows: CsvRecord[] = [];
  const error = scanCsv(decoded.value, delimiter, (record) => {
    rows.push(record);
    return true;
  });
  if (error) return { ok: false, errors: [error] };
  const [header, ...records] = rows;
  if (header?.line !== 1)
    return { ok: false, errors: [{ line: 1, message: 'filen saknar rubrikrad' }] };
  return { ok: true, value: { delimiter, header: header.fields, records } };
}
