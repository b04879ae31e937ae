/**
 * @module
 * Prepared statements kept by their SQL text. Kysely asks the driver to prepare every
 * query it runs, and preparing costs SQLite more than a small insert does: on the
 * submission path it was a tenth of the server's time.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Enough for every query the program has; multi-row inserts vary in length, so bounded. */
const MAX_STATEMENTS = 200;

/**
 * The database as Kysely's SQLite dialect sees it, reusing statements. Safe because Kysely
 * runs one query at a time on its single connection (its mutex, held for a whole stream
 * too), and better-sqlite3 resets a statement after each run.
 */
export function withStatementCache(
  sqlite: BetterSqlite3.Database,
  size = MAX_STATEMENTS,
): SqliteDatabase {
  // A Map iterates in insertion order: the first key is the least recently used.
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else {
        statement = sqlite.prepare(sql);
        const oldest = statements.keys().next();
        if (statements.size >= size && !oldest.done) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
