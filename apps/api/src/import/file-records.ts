/**
 * @module
 * The records of a responses file: a CSV streamed through csv-parse as it is decoded, a
 * chunk of the file at a time (handed on as that chunk's records, so that a large file
 * costs no promise per row), or a workbook's first sheet. A file that cannot be read
 * ends the records with a `FileFailure` naming the line.
 */
import { finished } from 'node:stream/promises';
import {
  type CsvRecord,
  csvLineError,
  csvOptions,
  detectDelimiter,
  isFilled,
  type LineError,
  NOT_UTF8,
  readXlsxRecords,
} from '@indikera/formats';
import { parse } from 'csv-parse';

export class FileFailure extends Error {
  override name = 'FileFailure';
  constructor(readonly error: LineError) {
    super(error.message);
  }
}

const CHUNK = 64 * 1024;

/** The file decoded as strict UTF-8, a chunk at a time. */
function* textChunks(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let at = 0; at < bytes.byteLength; at += CHUNK) {
      yield decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
    }
    yield decoder.decode();
  } catch {
    throw new FileFailure(NOT_UTF8);
  }
}

/** The records of a CSV file, in order, a chunk's worth at a time. */
export async function* csvRecords(bytes: Uint8Array): AsyncGenerator<CsvRecord[]> {
  const head = new TextDecoder().decode(bytes.subarray(0, CHUNK)).replace(/^\uFEFF/, '');
  let parsed: string[][] = [];
  // Records are taken as csv-parse reads them, never queued in the stream.
  const parser = parse({
    ...csvOptions(detectDelimiter(head)),
    on_record: (fields: string[]) => {
      parsed.push(fields);
      return undefined;
    },
  });
  parser.resume();
  // Its errors are read from `parser.errored` and `finished`, not from the event.
  parser.on('error', () => undefined);
  let line = 0;
  const take = (): CsvRecord[] => {
    const records: CsvRecord[] = [];
    for (const fields of parsed) {
      line++;
      if (isFilled(fields)) records.push({ line, fields });
    }
    parsed = [];
    return records;
  };
  const failed = (error: unknown) => new FileFailure(csvLineError(error, line + 1));
  for (const text of textChunks(bytes)) {
    parser.write(text);
    const records = take();
    if (parser.errored) throw failed(parser.errored);
    if (records.length > 0) yield records;
  }
  parser.end();
  try {
    await finished(parser);
  } catch (error) {
    take();
    throw failed(error);
  }
  const last = take();
  if (last.length > 0) yield last;
}

/** The records of a workbook's first sheet (its size checked before it is read). */
async function* sheetRecords(bytes: Uint8Array): AsyncGenerator<CsvRecord[]> {
  const read = await readXlsxRecords(bytes);
  if (!read.ok) throw new FileFailure(read.errors[0] ?? NOT_UTF8);
  yield [...read.value];
}

/** The records of a responses file, CSV or workbook. */
export function fileRecords(bytes: Uint8Array, kind: 'csv' | 'xlsx'): AsyncGenerator<CsvRecord[]> {
  return kind === 'csv' ? csvRecords(bytes) : sheetRecords(bytes);
}
