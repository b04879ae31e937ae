/**
 * @module
 * Opens the SQLite file behind `DATABASE_URL` with the settings the whole program relies
 * on: WAL (readers do not block the writer), foreign keys enforced, a busy timeout.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export interface DatabaseConnection {
  readonly db: Kysely<Database>;
  /** The driver's own handle, for what Kysely does not do (online backup, pragmas). */
  readonly sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

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
 * Opens (and creates, with its folder) the database. Run `migrateToLatest` before use.
 * @example const { db, close } = openDatabase('file:./data/indikera.sqlite')
 */
export function openDatabase(url: string): DatabaseConnection {
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
    db,
    sqlite,
    async close() {
      await db.destroy();
      // Kysely only closes a connection it has used; one never queried is still open.
      if (sqlite.open) sqlite.close();
    },
  };
}
