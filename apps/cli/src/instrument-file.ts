/**
 * @module
 * Reading an instrument version named on the command line: an instrument file (a name
 * ending in `.json`), checked like any other, or a version id of the installation's
 * registry (the built-in 2021 and every version added with `indikera instrument add`).
 */
import { existsSync } from 'node:fs';
import { instrumentOf, instrumentVersionIds } from '@indikera/api';
import {
  type DatabaseConnection,
  dialectOfUrl,
  migrateToLatest,
  openDatabase,
  parseDatabaseUrl,
} from '@indikera/db';
import { type InstrumentVersion, parseInstrumentBytes } from '@indikera/instrument';
import { databaseUrl } from './database-option';
import { CliError, type CliIo } from './io';

/** Reads and checks an instrument file; its problems (exit code 1) as `field: message`. */
export async function readInstrumentFile(io: CliIo, path: string): Promise<InstrumentVersion> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: kan inte läsa filen${code === 'ENOENT' ? ' (finns inte)' : ''}`,
      1,
    );
  }
  const result = parseInstrumentBytes(bytes);
  if (!result.ok) {
    throw new CliError(
      result.problems.map((p) => `${path}: ${p.field}: ${p.message}`).join('\n'),
      1,
    );
  }
  return result.instrument;
}

/**
 * The installation's database for its registry; where no SQLite file is there yet, an
 * empty database in memory (the built-in versions only), so that nothing is created.
 */
async function openRegistry(database: string | undefined): Promise<DatabaseConnection> {
  const url = databaseUrl(database);
  const missing = dialectOfUrl(url) === 'sqlite' && !existsSync(parseDatabaseUrl(url));
  const connection = openDatabase(missing ? ':memory:' : url);
  try {
    await migrateToLatest(connection.db);
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}

/** Runs `work` on the installation's registry, closing it afterwards. */
async function withRegistry<T>(
  database: string | undefined,
  work: (db: DatabaseConnection['db']) => Promise<T>,
): Promise<T> {
  const connection = await openRegistry(database);
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

/** Every version of the installation's registry, oldest first. */
export function registryInstruments(database: string | undefined): Promise<InstrumentVersion[]> {
  return withRegistry(database, async (db) => {
    const versions: InstrumentVersion[] = [];
    for (const id of await instrumentVersionIds(db)) versions.push(await instrumentOf(db, id));
    return versions;
  });
}

/**
 * `--instrument <file|version>`: a file when the name ends in `.json`, else a version id
 * of the installation's registry (`--database`, else DATABASE_URL, else the default file).
 */
export async function instrumentOption(
  io: CliIo,
  value: string,
  database: string | undefined,
): Promise<InstrumentVersion> {
  if (value.toLowerCase().endsWith('.json')) return readInstrumentFile(io, value);
  return withRegistry(database, async (db) => {
    const known = await instrumentVersionIds(db);
    if (!known.includes(value)) {
      throw new CliError(
        `--instrument: okänd version "${value.slice(0, 40)}" (finns: ${known.join(', ')}; en fil slutar på .json)`,
      );
    }
    return instrumentOf(db, value);
  });
}
