/**
 * @module
 * The instrument registry's stored versions: each added file's exact text, its SHA-256,
 * the day and who added it. Rows are only ever inserted: a version is never changed.
 * Parsing and checking the file is the caller's (the registry service); this module only
 * stores and reads.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** An added version as the registry lists it, without its file. */
export interface StoredInstrumentVersion {
  readonly version: string;
  readonly name: string;
  /** Hex, lower case. */
  readonly sha256: string;
  /** `YYYY-MM-DD`. */
  readonly addedOn: string;
  /** The account that added it; null from the command line. */
  readonly addedBy: number | null;
}

export interface NewInstrumentVersion {
  readonly version: string;
  readonly name: string;
  /** The file's exact text. */
  readonly file: string;
  readonly sha256: string;
  readonly addedOn: string;
  readonly addedBy: number | null;
}

/** Every added version, oldest first. */
export async function listStoredInstrumentVersions(
  db: Kysely<Database>,
): Promise<StoredInstrumentVersion[]> {
  const rows = await db
    .selectFrom('instrument_versions')
    .select(['version', 'name', 'sha256', 'added_on', 'added_by'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    name: r.name,
    sha256: r.sha256,
    addedOn: r.added_on,
    addedBy: r.added_by,
  }));
}

/** The SHA-256 of an added version's file; undefined when no such version was added. */
export async function getInstrumentVersionSha(
  db: Kysely<Database>,
  version: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('instrument_versions')
    .select('sha256')
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.sha256;
}

/** An added version's file, exactly as it was added; undefined when no such version. */
export async function getInstrumentVersionFile(
  db: Kysely<Database>,
  version: string,
): Promise<{ readonly file: string; readonly sha256: string } | undefined> {
  return db
    .selectFrom('instrument_versions')
    .select(['file', 'sha256'])
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Stores a version; the unique version id refuses a second row of the same id. */
export async function insertInstrumentVersion(
  db: Kysely<Database>,
  version: NewInstrumentVersion,
): Promise<void> {
  await db
    .insertInto('instrument_versions')
    .values({
      version: version.version,
      name: version.name,
      file: version.file,
      sha256: version.sha256,
      added_on: version.addedOn,
      added_by: version.addedBy,
    })
    .execute();
}

/**
 * How many rounds are answered on each version (versions without rounds are left out):
 * of these förbund, or of every förbund when `forbundIds` is null.
 */
export async function countRoundsByInstrumentVersion(
  db: Kysely<Database>,
  forbundIds: readonly number[] | null,
): Promise<ReadonlyMap<string, number>> {
  if (forbundIds !== null && forbundIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('rounds')
    .select(['instrument_version', (eb) => eb.fn.countAll<number | string>().as('rounds')])
    .$if(forbundIds !== null, (qb) => qb.where('forbund_id', 'in', forbundIds ?? []))
    .groupBy('instrument_version')
    .execute();
  return new Map(rows.map((r) => [r.instrument_version, Number(r.rounds)]));
}
