/**
 * @module
 * Putting a backup in place of the database, safely: the backup is checked first (a
 * whole SQLite file of Indikera, no newer than this program, with nothing beside it); no
 * other process may have the database open; the database's `-wal` and `-shm` files are
 * gone before the copy arrives, so that no commit left in them can come back on top of
 * it; the copy is written beside the file and renamed into place, so that a crash leaves
 * either the old or the new database, never half of one. A copy of the replaced one is
 * kept beside it.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { closeForExclusiveUse } from './exclusive-use';
import { migrations } from './migrations';

/** The backup cannot be restored; nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Checks that a file is a whole Indikera database this program can run on. */
export function checkBackup(backup: string): void {
  if (!existsSync(backup) || !statSync(backup).isFile()) {
    throw new BackupError(`${backup} finns inte eller är ingen fil`);
  }
  if (existsSync(`${backup}-wal`)) {
    throw new BackupError(
      `${backup}-wal ligger bredvid: det är ingen stängd kopia (gör en med indikera backup)`,
    );
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(backup, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`${backup} går inte att öppna som en SQLite-databas`);
  }
  try {
    let check: unknown;
    let names: string[];
    try {
      check = sqlite.pragma('integrity_check', { simple: true });
      names = sqlite
        .prepare('SELECT name FROM migrations')
        .pluck()
        .all()
        .map((n) => String(n));
    } catch {
      throw new BackupError(`${backup} är ingen databas från Indikera (eller är skadad)`);
    }
    if (check !== 'ok') throw new BackupError(`${backup} är skadad (integrity_check)`);
    const known = new Set(migrations.map((m) => m.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0) {
      throw new BackupError(
        `${backup} kommer från en nyare version av Indikera (${unknown.join(', ')}): uppgradera först`,
      );
    }
  } finally {
    sqlite.close();
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Restores `backup` as `file`. Throws BackupError or DatabaseInUseError, changing
 * nothing; returns where the replaced database was kept, or null when there was none.
 */
export function restoreDatabase(file: string, backup: string, now: Date): string | null {
  if (resolve(file) === resolve(backup)) {
    throw new BackupError('säkerhetskopian är databasen själv');
  }
  checkBackup(backup);
  closeForExclusiveUse(file);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  const incoming = `${file}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(backup, incoming);
  syncFile(incoming);
  let kept: string | null = null;
  if (existsSync(file)) {
    kept = `${file}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(file, kept);
    syncFile(kept);
  }
  // One step: a crash leaves the old database or the new one in place.
  renameSync(incoming, file);
  return kept;
}
