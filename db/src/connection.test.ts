import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite, parseDatabaseUrl, UnsupportedDatabaseUrlError } from './connection';

describe('parseDatabaseUrl', () => {
  it('reads file: urls, plain paths and :memory:', () => {
    expect(parseDatabaseUrl('file:./data/indikera.sqlite')).toBe('./data/indikera.sqlite');
    expect(parseDatabaseUrl('file:///srv/indikera/db.sqlite')).toBe('/srv/indikera/db.sqlite');
    expect(parseDatabaseUrl('data/x.sqlite')).toBe('data/x.sqlite');
    expect(parseDatabaseUrl(':memory:')).toBe(':memory:');
  });

  it('refuses other databases and empty names', () => {
    for (const url of ['postgres://localhost/indikera', 'file:', '', 'file:x.sqlite?mode=ro']) {
      expect(() => parseDatabaseUrl(url)).toThrow(UnsupportedDatabaseUrlError);
    }
  });
});

describe('openSqlite', () => {
  it('creates the folder and sets WAL, foreign keys, busy timeout and synchronous', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'indikera-db-'));
    const file = join(dir, 'nested', 'data', 'x.sqlite');
    const { sqlite, close } = openSqlite(`file:${file}`);
    try {
      expect(existsSync(file)).toBe(true);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('closes the file even when nothing was queried', async () => {
    const { sqlite, close } = openSqlite(':memory:');
    await close();
    expect(sqlite.open).toBe(false);
  });
});
