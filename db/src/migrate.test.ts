import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { MigrationError, migrateToLatest, UnknownMigrationsError } from './migrate';
import { type Migration, migrations } from './migrations';
import { openTestDatabase, type TestDatabase } from './test-database';

function tableNames(t: TestDatabase): string[] {
  return t.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

describe('migrateToLatest', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase({ migrate: false });
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates every table on an empty file, then has nothing left to do', async () => {
    expect(await migrateToLatest(t.db)).toEqual(['2026-11-24T0000-initial']);
    expect(tableNames(t)).toEqual([
      'answers',
      'audit_log',
      'benchmark_response_rates',
      'benchmarks',
      'forbund',
      'insatser',
      'links',
      'memberships',
      'migrations',
      'responses',
      'rounds',
      'sessions',
      'users',
    ]);
    expect(await migrateToLatest(t.db)).toEqual([]);

    // And from another connection to the same file, as after a restart.
    const again = openDatabase(t.file);
    try {
      expect(await migrateToLatest(again.db)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('leaves nothing behind from a migration that fails halfway', async () => {
    const failing: Migration[] = [
      {
        name: '2026-01-01T0000-first',
        up: async (db) => {
          await db.schema.createTable('first').addColumn('id', 'integer').execute();
        },
      },
      {
        name: '2026-01-02T0000-broken',
        up: async (db) => {
          await db.schema.createTable('second').addColumn('id', 'integer').execute();
          await sql`INSERT INTO second (id) VALUES (1)`.execute(db);
          await sql`INSERT INTO no_such_table (id) VALUES (1)`.execute(db);
        },
      },
    ];
    const error = await migrateToLatest(t.db, failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe('2026-01-02T0000-broken');
    expect(tableNames(t)).toEqual(['first', 'migrations']);
    expect(t.sqlite.prepare('SELECT name FROM migrations').pluck().all()).toEqual([
      '2026-01-01T0000-first',
    ]);
  });

  it('refuses a database migrated by a newer program', async () => {
    await migrateToLatest(t.db);
    const error = await migrateToLatest(t.db, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownMigrationsError);
  });

  it('refuses migrations listed out of order', async () => {
    const up = async () => {};
    await expect(
      migrateToLatest(t.db, [
        { name: '2026-02-01T0000-b', up },
        { name: '2026-01-01T0000-a', up },
      ]),
    ).rejects.toThrow(/out of order/);
  });

  it('lists migrations with timestamp names, oldest first', () => {
    for (const m of migrations) expect(m.name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}-[a-z0-9-]+$/);
  });
});
