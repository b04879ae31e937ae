import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate';
import { openSqliteTestDatabase, type SqliteTestDatabase, seedRound } from '../test-database';
import { migrations } from './index';

const ID = '3f2b8c1e-7d4a-4b6e-9c2d-1a2b3c4d5e6f';

describe('2026-12-03T0300-answer-codes', () => {
  // SQLite's table rebuild and its DDL; PostgreSQL gets the same migration in every suite.
  let t: SqliteTestDatabase;
  const before = migrations.findIndex((m) => m.name === '2026-12-03T0300-answer-codes');
  beforeEach(async () => {
    t = await openSqliteTestDatabase({ migrate: false });
    await migrateToLatest(t.db, migrations.slice(0, before));
  });
  afterEach(async () => {
    await t.close();
  });

  const insertAnswer = (value: string) =>
    t.sqlite
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, 'S2', ?)")
      .run(ID, value);

  it('keeps every answer stored before it, and then takes any code of up to 20 characters', async () => {
    const { round } = await seedRound(t);
    t.sqlite
      .prepare(
        `INSERT INTO responses (id, round_id, group_id, kon, channel, answered_on)
         VALUES (?, ?, 'styrelse', 'kvinna', 'paper', '2021-03-04')`,
      )
      .run(ID, round.id);
    t.sqlite.prepare("INSERT INTO answers VALUES (?, 'S1', '5')").run(ID);
    expect(() => insertAnswer('7')).toThrow(/CHECK constraint failed/);

    await migrateToLatest(t.db, migrations.slice(0, before + 1));

    expect(t.sqlite.prepare('SELECT * FROM answers').all()).toEqual([
      { response_id: ID, question_id: 'S1', value: '5' },
    ]);
    insertAnswer('7');
    expect(() => insertAnswer('')).toThrow(/CHECK constraint failed/);
    t.sqlite.prepare('DELETE FROM responses WHERE id = ?').run(ID);
    expect(t.sqlite.prepare('SELECT count(*) FROM answers').pluck().get()).toBe(0);
  });

  it('keeps the answers table without rowid and strict, keyed by response and question', async () => {
    await migrateToLatest(t.db, migrations.slice(0, before + 1));
    const ddl = t.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'answers'")
      .pluck()
      .get() as string;
    expect(ddl).toMatch(/without rowid, strict$/);
    expect(ddl).toMatch(/primary key \("response_id", "question_id"\)/);
  });
});
