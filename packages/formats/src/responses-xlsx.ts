/**
 * @module
 * The responses file as an Excel workbook (.xlsx): the first sheet holds the same columns
 * as the responses CSV, header in row 1. Each cell becomes the text a CSV would hold, and
 * then the very same rules apply (`response-rows`), with the sheet's own row numbers.
 */
import type { InstrumentVersion } from '@indikera/instrument';
import type { CellValue, SheetData } from 'read-excel-file/node';
import type { CsvRecord } from './csv-parse';
import type { ReadResult } from './line-error';
import { type ImportedResponse, type RowsOptions, readResponseRows } from './response-rows';
import { checkXlsxSize } from './xlsx-limits';

const UNREADABLE: ReadResult<never> = {
  ok: false,
  errors: [{ line: 0, message: 'filen är ingen läsbar Excel-fil (.xlsx)' }],
};

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** A date cell as the day it shows: read-excel-file gives midnight UTC of that day. */
function dayOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayOf(value);
  return String(value);
}

/** How many cells up to and including the last one that holds something. */
function filledWidth(row: readonly (CellValue | null)[]): number {
  let width = row.length;
  while (width > 0 && (row[width - 1] ?? null) === null) width--;
  return width;
}

/**
 * The sheet as CSV records. The reader pads every row to the widest one, so each row is
 * cut back to what it holds and padded to the header: a value beyond the header's last
 * column is then "more fields than the header", as in a CSV.
 */
function* sheetRecords(sheet: SheetData): Generator<CsvRecord> {
  const width = filledWidth(sheet[0] ?? []);
  for (const [index, row] of sheet.entries()) {
    const fields = row.slice(0, Math.max(width, filledWidth(row))).map(cellText);
    while (fields.length < width) fields.push('');
    // Empty rows are skipped but keep their number, as the spreadsheet shows it.
    if (fields.some((f) => f !== '')) yield { line: index + 1, fields };
  }
}

/** The first sheet of a workbook as the records a CSV would give. */
export async function readXlsxRecords(bytes: Uint8Array): Promise<ReadResult<Iterable<CsvRecord>>> {
  const tooLarge = checkXlsxSize(bytes);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  // Loaded on first use: the command line reading a CSV should not pay for it at start-up.
  const { readSheet } = await import('read-excel-file/node');
  let sheet: SheetData;
  try {
    // The Node entry takes a Buffer; any other Uint8Array would be taken for a file path.
    sheet = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return UNREADABLE;
  }
  return { ok: true, value: sheetRecords(sheet) };
}

/**
 * Reads the first sheet of a responses workbook against an instrument version.
 * @example await readResponsesXlsx(await readFile('svar.xlsx'), nns2021)
 */
export async function readResponsesXlsx(
  bytes: Uint8Array,
  instrument: InstrumentVersion,
  options: RowsOptions = {},
): Promise<ReadResult<ImportedResponse[]>> {
  const records = await readXlsxRecords(bytes);
  return records.ok ? readResponseRows(records.value, instrument, options) : records;
}
