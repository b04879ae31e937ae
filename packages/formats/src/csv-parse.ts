/**
 * @module
 * An RFC 4180 reader for files from Excel and survey tools: `,` or `;` (detected from the
 * header), quoted fields with doubled quotes and line breaks, CRLF or LF, a byte-order mark.
 */
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
      return {
        ok: false,
        errors: [{ line: 0, message: 'filen är inte UTF-8 (spara den som "CSV UTF-8" i Excel)' }],
      };
    }
  }
  return { ok: true, value: text.startsWith(BOM) ? text.slice(1) : text };
}

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
  const delimiterCode = delimiter.charCodeAt(0);
  const length = text.length;
  let line = 1;
  let i = 0;
  while (i < length) {
    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        const quoted = readQuoted(text, i + 1);
        if (quoted === null) return { line, message: 'ett citattecken (") stängs aldrig' };
        field = quoted.value;
        i = quoted.next;
        const next = text.charCodeAt(i);
        if (i < length && next !== delimiterCode && next !== LF && next !== CR) {
          return { line, message: 'text efter ett avslutande citattecken (")' };
        }
      } else {
        // Sliced, not built a character at a time.
        const start = i;
        let c = text.charCodeAt(i);
        while (i < length && c !== delimiterCode && c !== LF && c !== CR) c = text.charCodeAt(++i);
        field = text.slice(start, i);
      }
      fields.push(field);
      if (i < length && text.charCodeAt(i) === delimiterCode) {
        i++;
        continue;
      }
      break;
    }
    // At a line break or the end: CRLF counts as one break.
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else if (i < length) i++;
    if (fields.some((f) => f !== '' && f.trim() !== '')) {
      if (onRecord({ line, fields }) === false) return null;
    }
    line++;
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

const QUOTE = 34;
const LF = 10;
const CR = 13;

function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = '';
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] !== '"') return { value, next: i + 1 };
      value += '"';
      i += 2;
    } else {
      value += c;
      i++;
    }
  }
  return null;
}
