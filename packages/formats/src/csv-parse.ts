/**
 * @module
 * An RFC 4180 reader for files from Excel and survey tools: `,` or `;` (detected from the
 * header), quoted fields with doubled quotes and line breaks, CRLF or LF, a byte-order mark.
 */
import type { ReadResult } from './line-error';

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
 * Splits CSV text into records. Fully empty rows are dropped but keep their line number,
 * so later rows are numbered as the spreadsheet shows them.
 */
export function parseCsv(input: string | Uint8Array): ReadResult<CsvTable> {
  const decoded = decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  // True once the current record has any character, so a final line without a line
  // break still counts while an empty file yields no record.
  let started = false;
  let line = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) rows.push({ line, fields });
    fields = [];
    field = '';
    started = false;
    line++;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted field runs to its closing quote; "" inside it is one quote.
      const end = readQuoted(text, i + 1);
      if (end === null) return failure(line, 'ett citattecken (") stängs aldrig');
      field = end.value;
      i = end.next;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        return failure(line, 'text efter ett avslutande citattecken (")');
      }
      started = true;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      started = true;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      started = true;
      i++;
    }
  }
  if (started) endRecord();
  const [header, ...records] = rows;
  if (!header || header.line !== 1) return failure(1, 'filen saknar rubrikrad');
  return { ok: true, value: { delimiter, header: header.fields, records } };
}

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

function failure(line: number, message: string): ReadResult<never> {
  return { ok: false, errors: [{ line, message }] };
}
