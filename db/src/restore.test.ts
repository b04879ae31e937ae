import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError } from './exclusive-use';
import { BackupError, checkBackup, restoreDatabase } from './restore';
import { openSqliteTestDatabase, type SqliteTestDatabase } from './test-database';

let t: SqliteTestDatabase;
beforeEach(async () => {
  t = await openSqliteTestDatabase();
});
afterEach(async () => {
  await t.close();
});

const note = (subject: string) =>
  t.sqlite.prepare("INSERT INTO audit_log (action, subject) VALUES ('test', ?)").run(subject);
const notes = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare('SELECT subject FROM audit_log ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('restoreDatabase', () => {
  it('refuses while a connection has the file open, changing nothing', async () => {
    note('kvar');
    const backup = join(dirname(t.file), 'kopia.sqlite');
    await t.sqlite.backup(backup);
    expect(() => restoreDatabase(t.file, backup, new Date())).toThrow(DatabaseInUseError);
    expect(notes(t.file)).toEqual(['kvar']);
  });

  it('puts the backup in place, with no -wal or -shm, and keeps the replaced file', async () => {
    note('före');
    const backup = join(dirname(t.file), 'kopia.sqlite');
    await t.sqlite.backup(backup);
    note('efter');
    // The server stopped: the connection closes, the folder stays.
    await t.db.destroy();
    if (t.sqlite.open) t.sqlite.close();
    const kept = restoreDatabase(t.file, backup, new Date('2026-12-02T10:00:00Z'));
    expect(existsSync(`${t.file}-wal`)).toBe(false);
    expect(existsSync(`${t.file}-shm`)).toBe(false);
    expect(notes(t.file)).toEqual(['före']);
    expect(kept).toBe(`${t.file}.before-restore-2026-12-02T10-00-00-000Z`);
    expect(notes(kept ?? '')).toEqual(['före', 'efter']);
    expect(readdirSync(dirname(t.file)).filter((f) => f.endsWith('.restoring'))).toEqual([]);
  });
});

describe('checkBackup', () => {
  it('names what is wrong with a file that is not a backup of Indikera', () => {
    const dir = dirname(t.file);
    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'ingen databas');
    expect(() => checkBackup(join(dir, 'saknas.sqlite'))).toThrow(/finns inte/);
    expect(() => checkBackup(text)).toThrow(BackupError);
    expect(() => checkBackup(t.file)).toThrow(/-wal ligger bredvid/);
  });
});
