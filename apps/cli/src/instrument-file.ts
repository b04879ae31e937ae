/**
 * @module
 * Reading an instrument version named on the command line: an instrument file (a name
 * ending in `.json`), checked like any other, or a version id of the installation's
 * registry (the built-in 2021 and every version added with `indikera instrument add`).
 */
import { existsSync } from 'node:fs';
import { instrumentOf, instrumentVersionIds, registryInstruments } from '@indikera/api';
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

/** An instrument file's bytes; a file that cannot be read is exit code 1. */
export async function readInstrumentBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: kan inte läsa filen${code === 'ENOENT' ? ' (finns inte)' : ''}`,
      1,
    );
  }
}

/** Reads and checks an instrument file; its problems (exit code 1) as `field: message`. */
export async function readInstrumentFile(io: CliIo, path: string): Promise<InstrumentVersion> {
  const result = parseInstrumentBytes(await readInstrumentBytes(io, path));
  if (!result.ok) {
    throw new CliError(
      result.problems.map((p) => `${path}: ${p.field}: ${p.message}`).join('\n'),
      1,
    );
  }
  return result.instrument;
}

/**
 * The installation's database for its registry. To read, where no SQLite file is there
 * yet, an empty database in memory (the built-in versions only), so that nothing is
 * created; to write (`create`), the file is made as by every platform command.
 */
async function openRegistry(
  database: string | undefined,
  create: boolean,
): Promise<DatabaseConnection> {
  const url = databaseUrl(database);
  const missing = !create && dialectOfUrl(url) === 'sqlite' && !existsSync(parseDatabaseUrl(url));
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
export async function withRegistry<T>(
  database: string | undefined,
  work: (db: DatabaseConnection['db']) => Promise<T>,
  options: { readonly create?: boolean } = {},
): Promise<T> {
  const connection = await openRegistry(database, options.create ?? false);
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}

/** Every version of the installation's registry, oldest first. */
export function registryVersions(database: string | undefined): Promise<InstrumentVersion[]> {
  return withRegistry(database, registryInstruments);
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
