import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const sqlite = new BetterSqlite3(':memory:');
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(() => {
    sqlite.close();
  });

  it('prepares a query once and reuses it, with new parameters each time', async () => {
    const prepare = vi.spyOn(sqlite, 'prepare');
    const db = new Kysely<Record<string, never>>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    const square = (n: number) => sql<{ v: number }>`SELECT ${n} * ${n} AS v`.execute(db);
    expect((await square(3)).rows).toEqual([{ v: 9 }]);
    expect((await square(4)).rows).toEqual([{ v: 16 }]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('keeps only so many statements, dropping the least recently used', () => {
    const prepare = vi.spyOn(sqlite, 'prepare');
    const cache = withStatementCache(sqlite, 2);
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    cache.prepare('SELECT 1'); // now 2 is the least recently used
    cache.prepare('SELECT 3'); // drops 2
    cache.prepare('SELECT 1');
    cache.prepare('SELECT 2');
    expect(prepare.mock.calls.map(([source]) => source)).toEqual([
      'SELECT 1',
      'SELECT 2',
      'SELECT 3',
      'SELECT 2',
    ]);
  });
});
