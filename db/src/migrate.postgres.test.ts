/** Servers side by side on one PostgreSQL database (SQLite: see migrate.test.ts, processes). */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations';
import { openTestDatabase, rowsOf, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase({ migrate: false });
});
afterEach(async () => {
  await t.close();
});

it('migrates once when several servers start on an empty database at the same time', async () => {
  const others = Array.from({ length: 3 }, () => openDatabase(t.url));
  try {
    const applied = await Promise.all([t, ...others].map((c) => migrateToLatest(c.db)));
    // Every migration was applied by exactly one of them; the others found it done.
    expect(applied.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    const recorded = await rowsOf<{ name: string }>(t.db, 'SELECT name FROM migrations');
    expect(recorded).toHaveLength(migrations.length);
    expect(await migrateToLatest(t.db)).toEqual([]);
  } finally {
    await Promise.all(others.map((o) => o.close()));
  }
});
