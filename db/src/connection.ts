/**
 * @module
 * Opens the database behind `DATABASE_URL`: a SQLite file with the settings the whole
 * program relies on (WAL, so readers do not block the writer; foreign keys enforced; a
 * busy timeout), or a PostgreSQL server (`postgres://…`) through a connection pool.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { dialectOfUrl } from './dialect';
import { refusingNul } from './nul-text';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export interface SqliteConnection {
  readonly dialect: 'sqlite';
  readonly db: Kysely<Database>;
  /** The driver's own handle, for what Kysely does not do (online backup, pragmas). */
  readonly sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

export interface PostgresConnection {
  readonly dialect: 'postgres';
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

export type DatabaseConnection = SqliteConnection | PostgresConnection;

export class UnsupportedDatabaseUrlError extends Error {
  constructor(readonly url: string) {
    super(`unsupported database url: ${url} (expected file:<path>, a path, or :memory:)`);
    this.name = 'UnsupportedDatabaseUrlError';
  }
}

/**
 * The file name in a database url: `file:./data/x.sqlite`, `file:///srv/x.sqlite`, a
 * plain path, or `:memory:`.
 * @example parseDatabaseUrl('file:./data/indikera.sqlite') // './data/indikera.sqlite'
 */
export function parseDatabaseUrl(url: string): string {
  const trimmed = url.trim();
  // Another scheme (postgres://…) is not a file name that happens to contain a colon.
  const otherScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !trimmed.startsWith('file:');
  if (otherScheme || trimmed.includes('?')) throw new UnsupportedDatabaseUrlError(url);
  const filename = trimmed.startsWith('file://')
    ? fileURLToPath(trimmed)
    : trimmed.replace(/^file:/, '');
  // An empty name would give a private temporary database that vanishes on close.
  if (filename === '') throw new UnsupportedDatabaseUrlError(url);
  return filename;
}

/**
 * Opens the database (a SQLite file is created, with its folder). Run `migrateToLatest`
 * before use.
 * @example const { db, close } = openDatabase('file:./data/indikera.sqlite')
 * @example const { db, close } = openDatabase('postgres://indikera@localhost/indikera')
 */
export function openDatabase(url: string): DatabaseConnection {
  return dialectOfUrl(url) === 'postgres' ? openPostgres(url) : openSqlite(url);
}

/** Connections per process: the server's requests share them, a transaction holds one. */
const POOL_SIZE = 10;

/** PostgreSQL's 64-bit integers (count(*), sum of integers, bigint columns) as numbers. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function openPostgres(url: string): PostgresConnection {
  const pool = new pg.Pool({ connectionString: url.trim(), max: POOL_SIZE, types });
  // An idle connection the server ended (a restart, a failover) is dropped from the pool
  // and the next query opens a new one; unheard, the error would end the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: refusingNul(pool) }) });
  // Kysely ends the pool on destroy.
  return { dialect: 'postgres', db, close: () => db.destroy() };
}

/** Opens a SQLite file whatever the url looks like (`postgres://…` is refused). */
export function openSqlite(url: string): SqliteConnection {
  const filename = parseDatabaseUrl(url);
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new BetterSqlite3(filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is safe with WAL: a power cut may lose the last commits, never corrupt the file.
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return {
    dialect: 'sqlite',
    db,
    sqlite,
    async close() {
      await db.destroy();
      // Kysely only closes a connection it has used; one never queried is still open.
      if (sqlite.open) sqlite.close();
    },
  };
}
