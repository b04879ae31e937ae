/**
 * The anonymity promise, checked against the database itself: a response keeps no name,
 * IP, device, time finer than the day, or insertion order. Adding a column to these
 * tables must fail here first and be argued for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteTestDatabase, type SqliteTestDatabase, seedRound } from './test-database';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: 0 | 1;
  pk: number;
}

describe('the respondent tables', () => {
  let t: SqliteTestDatabase;
  let roundId: number;
  beforeAll(async () => {
    t = await openSqliteTestDatabase();
    roundId = (await seedRound(t)).round.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const columns = (table: string) =>
    t.sqlite.prepare(`PRAGMA table_info(${table})`).all() as ColumnInfo[];
  const ddl = (table: string) =>
    t.sqlite
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
      .pluck()
      .get(table) as string;

  it('responses has exactly these columns', () => {
    expect(columns('responses').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['id', 'TEXT', 1, 1],
      ['round_id', 'INTEGER', 1, 0],
      ['link_id', 'INTEGER', 0, 0],
      ['group_id', 'TEXT', 1, 0],
      ['insats_id', 'INTEGER', 0, 0],
      ['kon', 'TEXT', 0, 0],
      ['channel', 'TEXT', 1, 0],
      ['answered_on', 'TEXT', 1, 0],
      ['batch', 'TEXT', 0, 0],
      // The closing that released the answers into the report: coarser than the day.
      ['release', 'INTEGER', 0, 0],
    ]);
  });

  it('answers has exactly these columns', () => {
    expect(columns('answers').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['response_id', 'TEXT', 1, 1],
      ['question_id', 'TEXT', 1, 2],
      ['value', 'TEXT', 1, 0],
    ]);
  });

  it('keeps no insertion order: both tables are WITHOUT ROWID', () => {
    for (const table of ['responses', 'answers']) {
      expect(ddl(table)).toMatch(/\)\s*without rowid, strict$/i);
      expect(() => t.sqlite.prepare(`SELECT rowid FROM ${table}`).all()).toThrow(/rowid/);
    }
  });

  it('holds dates as date-only TEXT, checked by the database', () => {
    const dateLike = columns('responses').filter((c) => /(_on|_at|date|time)/i.test(c.name));
    expect(dateLike.map((c) => [c.name, c.type])).toEqual([['answered_on', 'TEXT']]);
    expect(ddl('responses')).toContain(
      `"answered_on" text not null check ("answered_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date("answered_on") IS "answered_on")`,
    );
    expect(columns('answers').filter((c) => /(_on|_at|date|time)/i.test(c.name))).toEqual([]);
  });

  let inserted = 0;
  function insert(answeredOn: unknown, id?: string): void {
    inserted += 1;
    t.sqlite
      .prepare(
        `INSERT INTO responses (id, round_id, group_id, channel, answered_on)
         VALUES (?, ?, 'styrelse', 'web', ?)`,
      )
      .run(
        id ?? `00000000-0000-4000-8000-${String(inserted).padStart(12, '0')}`,
        roundId,
        answeredOn,
      );
  }

  it('takes a day', () => {
    expect(() => insert('2021-03-04')).not.toThrow();
  });

  it.each([
    '2021-03-04T10:22:00Z',
    '2021-03-04 10:22',
    '2021-03-04T10:22',
    '2021-03-04 ',
    '20210304',
    '2021-02-30',
    '2021-13-01',
  ])('refuses %s as answered_on', (value) => {
    expect(() => insert(value)).toThrow(/check constraint/i);
  });

  it('refuses a number of seconds as answered_on', () => {
    expect(() => insert(1614853320)).toThrow();
  });

  it('refuses a time-ordered UUID as id, since it carries the time of answering', () => {
    // A version 7 UUID: its first 48 bits are milliseconds since 1970.
    expect(() => insert('2021-03-04', '0177fbe1-2b40-7000-8000-000000000001')).toThrow(
      /CHECK constraint failed/,
    );
  });
});
