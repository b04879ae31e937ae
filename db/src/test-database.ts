/**
 * @module
 * For tests: a migrated database of its own for each test file or test. On SQLite a real
 * file in a fresh temporary folder, so that WAL, file locking and pragmas are what
 * production gets (`:memory:` has no WAL). With `INDIKERA_TEST_DATABASE=postgres` (the
 * PostgreSQL test projects) a fresh database on the server of test-postgres-setup.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import {
  type DatabaseConnection,
  openDatabase,
  openSqlite,
  type SqliteConnection,
} from './connection';
import type { Dialect } from './dialect';
import { createForbund, type Forbund } from './forbund';
import { migrateToLatest } from './migrate';
import { createRound, type Round } from './rounds';
import type { Database } from './schema';
import { runOnServer } from './test-postgres-server';

export type TestDatabase = DatabaseConnection & {
  /** The url it was opened with, for another connection or process. */
  readonly url: string;
};

/** The database the tests run on: SQLite unless the project says PostgreSQL. */
export function testDialect(): Dialect {
  return process.env.INDIKERA_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const opened =
    testDialect() === 'postgres' ? await openPostgresTestDatabase() : await sqliteTestDatabase();
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return opened;
}

export type SqliteTestDatabase = SqliteConnection & { readonly url: string; readonly file: string };

/**
 * A SQLite database whichever the project: for tests of what only SQLite has (its file,
 * backup and restore, pragmas).
 */
export async function openSqliteTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<SqliteTestDatabase> {
  const opened = await sqliteTestDatabase();
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return opened;
}

async function sqliteTestDatabase(): Promise<SqliteTestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'indikera-db-'));
  const file = join(dir, 'test.sqlite');
  const url = `file:${file}`;
  const connection = openSqlite(url);
  return {
    ...connection,
    url,
    file,
    async close() {
      await connection.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs one statement on the server's own database (CREATE and DROP DATABASE). */
const onServer = (statement: string) => runOnServer(inject('postgresUrl'), statement);

async function openPostgresTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomBytes(8).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = inject('postgresUrl').replace(/\/postgres$/, `/${name}`);
  const connection = openDatabase(url);
  return {
    ...connection,
    url,
    async close() {
      await connection.close();
      await onServer(`DROP DATABASE ${name} WITH (FORCE)`);
    },
  };
}

/**
 * The rows of a query written out in SQL, on either database: for tests that look at
 * the stored rows themselves rather than through the query functions.
 * @example await rowsOf(t.db, 'SELECT count(*) AS n FROM responses') // [{ n: 3 }]
 */
export async function rowsOf<R = Record<string, unknown>>(
  db: Kysely<Database>,
  query: string,
  ...parameters: unknown[]
): Promise<R[]> {
  const parts = query.split('?');
  if (parts.length !== parameters.length + 1) throw new Error(`parameters do not match: ${query}`);
  const statement = sql.join(
    parts.flatMap((part, i) =>
      i < parameters.length ? [sql.raw(part), sql`${parameters[i]}`] : [sql.raw(part)],
    ),
    sql``,
  );
  return (await statement.execute(db)).rows as R[];
}

/** A förbund with an open 2021 round on the 2021 instrument. */
export async function seedRound(
  connection: Pick<DatabaseConnection, 'db'>,
  name = 'Samordningsförbundet Test',
): Promise<{ forbund: Forbund; round: Round }> {
  const forbund = await createForbund(connection.db, name);
  const round = await createRound(connection.db, {
    forbundId: forbund.id,
    name: 'Mätning 2021',
    year: 2021,
    instrumentVersion: '2021',
  });
  return { forbund, round };
}
