/**
 * @module
 * The instrument registry: the versions rounds can be answered on. The built-in 2021
 * version is part of the program and always present; added versions live in the database
 * as their files' exact text. A version never changes once added (a new wording is a new
 * version id), so a parsed version is kept in memory by id, checked against the stored
 * file's SHA-256 so that two databases in one process never mix.
 *
 * `roundInstrument` is the one way the API gets the instrument a round is answered on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  countRoundsByInstrumentVersion,
  type Database,
  getInstrumentVersionFile,
  getInstrumentVersionSha,
  insertInstrumentVersion,
  listLocalQuestions,
  listStoredInstrumentVersions,
  type Round,
} from '@indikera/db';
import {
  type InstrumentVersion,
  loadInstrument,
  nns2021,
  parseInstrumentBytes,
  shownValue,
  withLocalQuestions,
} from '@indikera/instrument';
import type { Kysely } from 'kysely';
import { repoRoot } from '../repo-root';
import { audited } from './audited';
import { ConflictError, InvalidFileError, NotFoundError } from './domain-errors';

interface BuiltIn {
  readonly instrument: InstrumentVersion;
  /** The file in the repository, for its exact text. */
  readonly path: string;
}

/** The versions built into the program, oldest first. */
const BUILT_IN: readonly BuiltIn[] = [
  { instrument: nns2021, path: 'packages/instrument/instruments/nns-2021.json' },
];

const builtInTexts = new Map<string, string>();

function builtInOf(version: string): BuiltIn | undefined {
  return BUILT_IN.find((b) => b.instrument.version === version);
}

function builtInText(builtIn: BuiltIn): string {
  let text = builtInTexts.get(builtIn.instrument.version);
  if (text === undefined) {
    text = readFileSync(join(repoRoot(), builtIn.path), 'utf8');
    builtInTexts.set(builtIn.instrument.version, text);
  }
  return text;
}

/** SHA-256 of the text's UTF-8 bytes, hex. */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parsed added versions by id, with the SHA-256 of the file they were parsed from. */
const parsed = new Map<
  string,
  { readonly sha256: string; readonly instrument: InstrumentVersion }
>();

function unknownVersion(version: string): NotFoundError {
  return new NotFoundError(`Instrumentversionen ${shownValue(version)} finns inte.`);
}

/** A version of the registry; NotFoundError when it is neither built in nor added. */
export async function instrumentOf(
  db: Kysely<Database>,
  version: string,
): Promise<InstrumentVersion> {
  const builtIn = builtInOf(version);
  if (builtIn) return builtIn.instrument;
  const sha256 = await getInstrumentVersionSha(db, version);
  if (sha256 === undefined) throw unknownVersion(version);
  const cached = parsed.get(version);
  if (cached?.sha256 === sha256) return cached.instrument;
  const stored = await getInstrumentVersionFile(db, version);
  if (!stored) throw unknownVersion(version);
  // Checked when it was added: a stored file that no longer parses is a program error.
  const instrument = loadInstrument(JSON.parse(stored.file.replace(/^\uFEFF/, '')));
  parsed.set(version, { sha256: stored.sha256, instrument });
  return instrument;
}

/**
 * The instrument a round is answered on: the one way the API gets it, for every request
 * that works on a round (survey, paper entry, import, validation, reports, archive). Its
 * version with the round's local questions after the NNS questions of their group.
 */
export async function roundInstrument(
  db: Kysely<Database>,
  round: Pick<Round, 'id' | 'instrumentVersion'>,
): Promise<InstrumentVersion> {
  return withLocalQuestions(
    await instrumentOf(db, round.instrumentVersion),
    await listLocalQuestions(db, round.id),
  );
}

/** A version's file exactly as it was added (the built-in one as shipped). */
export async function instrumentFileOf(db: Kysely<Database>, version: string): Promise<string> {
  const builtIn = builtInOf(version);
  if (builtIn) return builtInText(builtIn);
  const stored = await getInstrumentVersionFile(db, version);
  if (!stored) throw unknownVersion(version);
  return stored.file;
}

/**
 * An instrument file checked as the registry would add it, nothing stored: for a preview.
 * InvalidFileError with each problem by its place in the file.
 */
export function checkedInstrument(bytes: Uint8Array): InstrumentVersion {
  const result = parseInstrumentBytes(bytes);
  if (!result.ok) throw new InvalidFileError(result.problems);
  return result.instrument;
}

/** A version as the registry lists it. */
export interface RegisteredInstrument {
  readonly version: string;
  readonly name: string;
  readonly groups: number;
  /** Group id → its name, e.g. `remittenter` → `Remittenter`. */
  readonly groupLabels: Readonly<Record<string, string>>;
  readonly questions: number;
  /** `YYYY-MM-DD`; null for a built-in version. */
  readonly addedOn: string | null;
  readonly builtIn: boolean;
  readonly sha256: string;
  /** Rounds answered on it (of the förbund asked about): it can only be superseded. */
  readonly rounds: number;
}

/**
 * Every version rounds can be created on, oldest first (the built-in ones first), with
 * the rounds on each of these förbund (of every förbund when `forbundIds` is null: the
 * installation's view; a förbund learns nothing of another's rounds).
 */
export async function listInstruments(
  db: Kysely<Database>,
  forbundIds: readonly number[] | null = null,
): Promise<RegisteredInstrument[]> {
  const rounds = await countRoundsByInstrumentVersion(db, forbundIds);
  const entry = (
    instrument: InstrumentVersion,
    fields: Pick<RegisteredInstrument, 'addedOn' | 'builtIn' | 'sha256'>,
  ): RegisteredInstrument => ({
    version: instrument.version,
    name: instrument.name,
    groups: instrument.groups.length,
    groupLabels: Object.fromEntries(instrument.groups.map((g) => [g.id, g.label])),
    questions: instrument.questions.length,
    rounds: rounds.get(instrument.version) ?? 0,
    ...fields,
  });
  const list = BUILT_IN.map((b) =>
    entry(b.instrument, { addedOn: null, builtIn: true, sha256: sha256Of(builtInText(b)) }),
  );
  for (const stored of await listStoredInstrumentVersions(db)) {
    const instrument = await instrumentOf(db, stored.version);
    list.push(
      entry(instrument, { addedOn: stored.addedOn, builtIn: false, sha256: stored.sha256 }),
    );
  }
  return list;
}

/** The ids of every version of the registry, oldest first (the built-in ones first). */
export async function instrumentVersionIds(db: Kysely<Database>): Promise<string[]> {
  const stored = await listStoredInstrumentVersions(db);
  return [...BUILT_IN.map((b) => b.instrument.version), ...stored.map((s) => s.version)];
}

/** Every version of the registry, oldest first: what riksnitt files may name. */
export async function registryInstruments(db: Kysely<Database>): Promise<InstrumentVersion[]> {
  const versions: InstrumentVersion[] = [];
  for (const id of await instrumentVersionIds(db)) versions.push(await instrumentOf(db, id));
  return versions;
}

/** The version a new round is created on when none is chosen: the newest added. */
export async function newestInstrumentVersion(db: Kysely<Database>): Promise<string> {
  const newest = (await instrumentVersionIds(db)).at(-1);
  if (newest === undefined) throw new Error('the program has no built-in instrument version');
  return newest;
}

export interface InstrumentAdded {
  /** `added`: stored now; `unchanged`: the same file was already there (nothing stored). */
  readonly status: 'added' | 'unchanged';
  readonly instrument: InstrumentVersion;
}

/**
 * Checks an instrument file and adds it to the registry, audited. The same file again is
 * `unchanged`; another file with a version id already present is refused (ConflictError):
 * a version is never changed, only superseded by a new version id. An invalid file is
 * refused with each problem (InvalidFileError). Nothing is stored unless all is well.
 */
export async function addInstrument(
  db: Kysely<Database>,
  bytes: Uint8Array,
  by: { readonly userId: number | null; readonly day: string },
): Promise<InstrumentAdded> {
  const instrument = checkedInstrument(bytes);
  // Valid UTF-8 (checked above): the text is the file's exact bytes.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const sha256 = sha256Of(text);
  const builtIn = builtInOf(instrument.version);
  const present = builtIn
    ? sha256Of(builtInText(builtIn))
    : await getInstrumentVersionSha(db, instrument.version);
  if (present === sha256)
    return { status: 'unchanged', instrument: await instrumentOf(db, instrument.version) };
  if (present !== undefined) throw versionTaken(instrument.version);
  try {
    await audited(
      db,
      (trx) =>
        insertInstrumentVersion(trx, {
          version: instrument.version,
          name: instrument.name,
          file: text,
          sha256,
          addedOn: by.day,
          addedBy: by.userId,
        }),
      () => ({
        userId: by.userId,
        forbundId: null,
        action: 'instrument.add',
        subject: `instrument:${instrument.version}`,
        detail: { sha256 },
      }),
    );
  } catch (error) {
    // Added at the same moment by another request: the same file is fine, another is not.
    const now = await getInstrumentVersionSha(db, instrument.version);
    if (now === sha256) return { status: 'unchanged', instrument };
    if (now !== undefined) throw versionTaken(instrument.version);
    throw error;
  }
  parsed.set(instrument.version, { sha256, instrument });
  return { status: 'added', instrument };
}

function versionTaken(version: string): ConflictError {
  return new ConflictError(
    `Version ${shownValue(version)} finns redan med ett annat innehåll. En version ändras aldrig: ge den ändrade filen ett nytt versions-id.`,
  );
}
