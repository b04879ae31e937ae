/**
 * @module
 * Importing a responses file into a round, for the API and the command line alike. The
 * file (CSV or XLSX) is checked whole, with the förbund's insatser, in a worker thread,
 * so that reading it never holds up other requests; nothing is stored unless every row
 * is valid. Then the rows are staged a batch at a time, each batch its own short
 * transaction, so that answers from the links keep being stored while a large file goes
 * in, and moved into the round in one transaction at the end: all or nothing, and no
 * report or count ever sees part of a file. Ids come from the file and line: a repeated
 * import adds nothing. A closed round (not culled) takes a file too, a past year's paper
 * or Excel data on the version it was answered on: its answers are released into the
 * report in the same transaction, as the round's next release, as closing would.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  clearStaged,
  commitStaged,
  type Database,
  getRound,
  listInsatser,
  type Round,
  releaseWaiting,
  stageResponses,
} from '@indikera/db';
import type { ImportedResponse, LineError } from '@indikera/formats';
import type { Kysely } from 'kysely';
import { checkFile, fileBatches } from '../import/file-passes';
import { startImportThread } from '../import/import-thread';
import type { WorkerInput } from '../import/protocol';
import { fileHash, importedResponseId } from './import-id';
import { roundInstrument } from './instruments.service';
import { requireKept } from './rounds.service';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportOptions {
  readonly kind: 'csv' | 'xlsx';
  readonly dryRun: boolean;
  readonly batch: string | null;
  /** `YYYY-MM-DD` for rows without a `datum`. */
  readonly today: string;
  /**
   * Read the file in this thread instead of a worker: for the command line, whose
   * process serves nothing else while it imports.
   */
  readonly inThisThread?: boolean;
}

export type ImportOutcome =
  | {
      readonly ok: false;
      /** The first errors (at most 200); `total` counts them all. */
      readonly errors: readonly LineError[];
      readonly total: number;
      readonly detail: string;
    }
  | {
      readonly ok: true;
      readonly responses: number;
      readonly byGroup: Readonly<Record<string, number>>;
      readonly created?: number;
      readonly duplicate?: number;
    };

function refusal(errors: readonly LineError[], total: number): ImportOutcome {
  const detail =
    total > errors.length
      ? `Filen innehåller ${total.toLocaleString('sv-SE')} fel; de ${errors.length} första visas. Inget har lagrats.`
      : 'Filen innehåller fel. Inget har lagrats.';
  return { ok: false, errors, total, detail };
}

export async function importResponses(
  db: Kysely<Database>,
  round: Round,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportOutcome> {
  requireKept(round);
  const insatser = new Map(
    (await listInsatser(db, round.forbundId)).map((i) => [i.name.toLowerCase(), i.id]),
  );
  const hash = fileHash(bytes);
  const input: WorkerInput = {
    bytes,
    kind: options.kind,
    instrument: await roundInstrument(db, round),
    knownInsatser: [...insatser.keys()],
    store: !options.dryRun,
  };
  const thread = options.inThisThread
    ? { checked: checkFile(input), batches: () => fileBatches(input), stop: async () => {} }
    : await startImportThread(input);
  try {
    const checked = await thread.checked;
    if (!checked.ok) return refusal(checked.errors, checked.total);
    const { responses, byGroup } = checked;
    if (options.dryRun) return { ok: true, responses, byGroup };

    const toNew = (r: ImportedResponse) => ({
      id: importedResponseId(round.id, hash, r.line),
      roundId: round.id,
      linkId: null,
      groupId: r.group,
      insatsId: r.insats === null ? null : (insatser.get(r.insats.toLowerCase()) ?? null),
      kon: r.kon,
      channel: 'import' as const,
      answeredOn: r.datum ?? options.today,
      batch: options.batch,
      answers: r.answers,
    });
    const importKey = `${round.id}:${hash}`;
    // What an earlier run of this file staged before it was cut short.
    await clearStaged(db, importKey);
    let created = 0;
    try {
      for await (const rows of thread.batches()) {
        await stageResponses(db, importKey, rows.map(toNew));
        // Let the requests that waited meanwhile (answers from the links) go first.
        await nextTurn();
      }
      created = await commitStaged(db, importKey, async (trx) => {
        // Closed as the rows go in (read again, in the transaction): released with them.
        if ((await getRound(trx, round.id))?.status === 'closed')
          await releaseWaiting(trx, round.id);
      });
    } catch (error) {
      await clearStaged(db, importKey);
      throw error;
    }
    return { ok: true, responses, byGroup, created, duplicate: responses - created };
  } finally {
    await thread.stop();
  }
}
