import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { MigrationError, migrateToLatest, UnknownMigrationsError } from './migrate';
import { type Migration, migrations } from './migrations';
import { openSqliteTestDatabase, type SqliteTestDatabase } from './test-database';

function tableNames(t: SqliteTestDatabase): string[] {
  return t.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
}

describe('migrateToLatest', () => {
  let t: SqliteTestDatabase;
  beforeEach(async () => {
    t = await openSqliteTestDatabase({ migrate: false });
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates every table on an empty file, then has nothing left to do', async () => {
    expect(await migrateToLatest(t.db)).toEqual(migrations.map((m) => m.name));
    expect(tableNames(t)).toEqual([
      'accessibility_contacts',
      'account_links',
      'answers',
      'audit_log',
      'benchmark_response_rates',
      'benchmarks',
      'forbund',
      'insatser',
      'instrument_versions',
      'links',
      'local_questions',
      'malomraden',
      'memberships',
      'migrations',
      'report_comments',
      'responses',
      'rounds',
      'sessions',
      'staged_answers',
      'staged_responses',
      'target_margins',
      'targets',
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

  it('upgrades a database of the first version in place, keeping its answers', async () => {
    await migrateToLatest(t.db, migrations.slice(0, 1));
    t.sqlite.exec(`
      INSERT INTO forbund (name) VALUES ('F');
      INSERT INTO rounds (forbund_id, name, year, instrument_version) VALUES (1, 'R', 2021, '2021');
      INSERT INTO responses (id, round_id, group_id, kon, channel, answered_on)
        VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 1, 'styrelse', 'man', 'paper', '2021-03-15');
      INSERT INTO answers (response_id, question_id, value)
        VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'S1', '5');`);
    expect(await migrateToLatest(t.db)).toEqual(migrations.slice(1).map((m) => m.name));
    const indexes = t.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'responses'")
      .pluck()
      .all();
    expect(indexes).toContain('responses_round_group_kon_release_idx');
    expect(indexes).not.toContain('responses_round_group_idx');
    expect(indexes).not.toContain('responses_round_group_kon_idx');
    // Counting a round's answers reads group, kön, insats and release from the index,
    // not from each row.
    const plan = t.sqlite
      .prepare(
        "EXPLAIN QUERY PLAN SELECT a.question_id, a.value, coalesce(r.kon, 'annat'), r.insats_id, r.release, count(*) FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.round_id = 1 GROUP BY 1, 2, 3, 4, 5",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain(
      'COVERING INDEX responses_round_group_kon_release_idx',
    );
    expect(t.sqlite.prepare('SELECT count(*) FROM answers').pluck().get()).toBe(1);
    // The round was open: its answer waits for the round's first release.
    expect(t.sqlite.prepare('SELECT release FROM responses').pluck().get()).toBeNull();
  });

  it('puts the answers of rounds already closed in their first release', async () => {
    await migrateToLatest(
      t.db,
      migrations.filter((m) => m.name < '2026-12-02T0000-releases'),
    );
    t.sqlite.exec(`
      INSERT INTO forbund (name) VALUES ('F');
      INSERT INTO rounds (forbund_id, name, year, instrument_version, status) VALUES (1, 'R', 2020, '2021', 'closed');
      INSERT INTO responses (id, round_id, group_id, kon, channel, answered_on)
        VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 1, 'styrelse', 'man', 'paper', '2020-03-15');`);
    await migrateToLatest(t.db);
    expect(t.sqlite.prepare('SELECT release FROM responses').pluck().get()).toBe(1);
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
