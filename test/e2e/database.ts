/**
 * @module
 * Reading what the server stored, from its SQLite file, read-only.
 */
import BetterSqlite3 from 'better-sqlite3';

export function countResponses(databaseFile: string, where = '1 = 1'): number {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM responses WHERE ${where}`).get() as { n: number })
      .n;
  } finally {
    db.close();
  }
}
