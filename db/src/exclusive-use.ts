/**
 * @module
 * Whether any other process has the database open. In WAL mode every open connection
 * holds a shared lock on the file, so leaving WAL (which needs the file to itself) fails
 * at once while a server has it open. Leaving WAL also writes back a `-wal` file that a
 * killed server left behind, and removes it and the `-shm` file.
 */
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/** The database is open in another process (a running server, a demo). */
export class DatabaseInUseError extends Error {
  constructor(readonly file: string) {
    super(`${file} is open in another process`);
    this.name = 'DatabaseInUseError';
  }
}

/**
 * Throws DatabaseInUseError when another process has the file open; otherwise leaves it
 * a single closed file (no `-wal`, no `-shm`) whose every commit is in it. A file that
 * does not exist is free.
 */
export function closeForExclusiveUse(file: string): void {
  if (!existsSync(file)) return;
  const sqlite = new BetterSqlite3(file, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 0');
    let mode: unknown;
    try {
      mode = sqlite.pragma('journal_mode = DELETE', { simple: true });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseInUseError(file);
      throw error;
    }
    if (mode !== 'delete') throw new DatabaseInUseError(file);
  } finally {
    sqlite.close();
  }
}
