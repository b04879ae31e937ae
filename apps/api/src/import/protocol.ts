/**
 * @module
 * The messages between the server and an import's worker thread.
 */
import type { ImportedResponse, LineError } from '@indikera/formats';
import type { InstrumentVersion } from '@indikera/instrument';

/** Rows stored in one transaction: short enough that answers from the links never wait long. */
export const IMPORT_BATCH = 250;

export interface WorkerInput {
  /** A responses file. */
  readonly bytes: Uint8Array;
  readonly kind: 'csv' | 'xlsx';
  /** The round's instrument (plain data, copied into the worker): its columns and codes. */
  readonly instrument: InstrumentVersion;
  /** The förbund's insatser, lower-cased. */
  readonly knownInsatser: readonly string[];
  /** Hand the rows over after checking them (not for a dry run). */
  readonly store: boolean;
}

export type Checked =
  | {
      readonly type: 'checked';
      readonly ok: true;
      readonly responses: number;
      readonly byGroup: Readonly<Record<string, number>>;
    }
  | {
      readonly type: 'checked';
      readonly ok: false;
      readonly errors: readonly LineError[];
      readonly total: number;
    };

export type FromWorker =
  | Checked
  | { readonly type: 'rows'; readonly rows: readonly ImportedResponse[] }
  | { readonly type: 'end' };

export type ToWorker = { readonly type: 'next' };
