/**
 * @module
 * The two readings of a responses file, neither holding its rows: first every row checked
 * (counts per group, or the errors), then the valid rows a batch at a time for storing.
 */
import {
  type ImportedResponse,
  type LineError,
  type ReadResult,
  ResponseRowsReader,
} from '@indikera/formats';
import { FileFailure, fileRecords } from './file-records';
import { type Checked, IMPORT_BATCH, type WorkerInput } from './protocol';

/** Reads the file, a chunk's rows at a time; valid rows go to `onResponse`. */
async function* read(
  input: WorkerInput,
  onResponse: (response: ImportedResponse) => void,
): AsyncGenerator<void, ReadResult<ImportedResponse[]>> {
  const reader = new ResponseRowsReader(input.instrument, {
    knownInsatser: new Set(input.knownInsatser),
    onResponse,
  });
  let failure: LineError | null = null;
  try {
    reading: for await (const records of fileRecords(input.bytes, input.kind)) {
      for (const record of records) if (!reader.add(record)) break reading;
      yield;
    }
  } catch (error) {
    if (!(error instanceof FileFailure)) throw error;
    failure = error.error;
  }
  return reader.finish(failure);
}

/** Checks every row of the file. */
export async function checkFile(input: WorkerInput): Promise<Checked> {
  const byGroup: Record<string, number> = {};
  let responses = 0;
  const reading = read(input, (r) => {
    responses++;
    byGroup[r.group] = (byGroup[r.group] ?? 0) + 1;
  });
  let step = await reading.next();
  while (!step.done) step = await reading.next();
  const result = step.value;
  return result.ok
    ? { type: 'checked', ok: true, responses, byGroup }
    : { type: 'checked', ok: false, errors: result.errors, total: result.total ?? 0 };
}

/** The rows of a checked file, IMPORT_BATCH at a time. */
export async function* fileBatches(input: WorkerInput): AsyncGenerator<ImportedResponse[]> {
  let rows: ImportedResponse[] = [];
  for await (const _ of read(input, (r) => rows.push(r))) {
    while (rows.length >= IMPORT_BATCH) yield rows.splice(0, IMPORT_BATCH);
  }
  while (rows.length > 0) {
    yield rows.slice(0, IMPORT_BATCH);
    rows = rows.slice(IMPORT_BATCH);
  }
}
