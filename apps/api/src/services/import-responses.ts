/**
 * @module
 * Importing a responses file into a round, for the API and the command line alike: read
 * and validate (CSV or XLSX), match insatser by name, then store all rows in one
 * transaction or none. Ids come from the file and line, so a repeated import adds nothing.
 */
import { type Database, insertResponses, listInsatser, type Round } from '@indikera/db';
import {
  type ImportedResponse,
  type LineError,
  readResponsesCsv,
  readResponsesXlsx,
} from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import type { Kysely } from 'kysely';
import { fileHash, importedResponseId } from './import-id';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ImportOptions {
  readonly kind: 'csv' | 'xlsx';
  readonly dryRun: boolean;
  readonly batch: string | null;
  /** `YYYY-MM-DD` for rows without a `datum`. */
  readonly today: string;
}

export type ImportOutcome =
  | { readonly ok: false; readonly errors: readonly LineError[]; readonly detail: string }
  | {
      readonly ok: true;
      readonly responses: number;
      readonly byGroup: Readonly<Record<string, number>>;
      readonly created?: number;
      readonly duplicate?: number;
    };

export async function importResponses(
  db: Kysely<Database>,
  round: Round,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const instrument = getInstrument(round.instrumentVersion);
  const read =
    options.kind === 'csv'
      ? readResponsesCsv(bytes, instrument)
      : await readResponsesXlsx(bytes, instrument);
  if (!read.ok)
    return { ok: false, errors: read.errors, detail: 'Filen innehåller fel. Inget har lagrats.' };

  const insatser = new Map(
    (await listInsatser(db, round.forbundId)).map((i) => [i.name.toLowerCase(), i.id]),
  );
  const unknown = read.value.filter(
    (r) => r.insats !== null && !insatser.has(r.insats.toLowerCase()),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      detail:
        'Filen nämner insatser som förbundet inte har. Lägg till dem eller rätta namnen. Inget har lagrats.',
      errors: unknown.map((r) => ({
        line: r.line,
        column: 'insats',
        message: `okänd insats "${r.insats}"`,
      })),
    };
  }
  const byGroup: Record<string, number> = {};
  for (const r of read.value) byGroup[r.group] = (byGroup[r.group] ?? 0) + 1;
  if (options.dryRun) return { ok: true, responses: read.value.length, byGroup };

  const hash = fileHash(bytes);
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
  const stored = await insertResponses(db, read.value.map(toNew));
  return { ok: true, responses: read.value.length, byGroup, ...stored };
}
