/**
 * @module
 * The records of a responses CSV, one at a time, streamed through csv-parse as the file
 * is decoded. A file that cannot be read ends the records with a `FileFailure` naming
 * the line.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type CsvRecord,
  csvLineError,
  csvOptions,
  detectDelimiter,
  isFilled,
  type LineError,
  NOT_UTF8,
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

/** The records of a CSV file, streamed through csv-parse as it is decoded. */
export async function* csvRecords(bytes: Uint8Array): AsyncGenerator<CsvRecord> {
  const head = new TextDecoder().decode(bytes.subarray(0, CHUNK)).replace(/^\uFEFF/, '');
  const parser = parse(csvOptions(detectDelimiter(head)));
  // Ends the parser with the source's error (not UTF-8), or when reading stops early.
  pipeline(Readable.from(textChunks(bytes)), parser).catch(() => undefined);
  let line = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      line++;
      if (isFilled(fields)) yield { line, fields };
    }
  } catch (error) {
    if (error instanceof FileFailure) throw error;
    throw new FileFailure(csvLineError(error, line + 1));
  }
}
