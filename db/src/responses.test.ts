import { randomUUID } from 'node:crypto';
import type { AnswerValue } from '@indikera/instrument';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponses, insertResponse, insertResponses, type NewResponse } from './responses';
import { openTestDatabase, rowsOf, seedRound, type TestDatabase } from './test-database';

let t: TestDatabase;
let roundId: number;
beforeEach(async () => {
  t = await openTestDatabase();
  roundId = (await seedRound(t)).round.id;
});
afterEach(async () => {
  await t.close();
});

function styrelse(answers: [string, AnswerValue][], id = randomUUID()): NewResponse {
  return {
    id,
    roundId,
    linkId: null,
    groupId: 'styrelse',
    insatsId: null,
    kon: 'kvinna',
    channel: 'paper',
    answeredOn: '2021-03-04',
    batch: 'Styrelsemöte mars',
    answers: new Map(answers),
  };
}

const rowCount = async (table: string) =>
  (await rowsOf<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${table}`))[0]?.n;
const values = async (query: string) =>
  (await rowsOf<{ value: string }>(t.db, query)).map((row) => row.value);

describe('insertResponse', () => {
  it('stores a questionnaire posted twice once', async () => {
    const response = styrelse([
      ['S1', 5],
      ['S2', 6],
    ]);
    expect(await insertResponse(t.db, response)).toBe('created');
    expect(await insertResponse(t.db, response)).toBe('duplicate');
    expect(await rowCount('responses')).toBe(1);
    expect(await rowCount('answers')).toBe(2);
    expect(await countResponses(t.db, roundId)).toBe(1);
  });

  it('does not touch the answers of a duplicate, even when they differ', async () => {
    const id = randomUUID();
    await insertResponse(t.db, styrelse([['S1', 5]], id));
    expect(await insertResponse(t.db, styrelse([['S1', 1]], id))).toBe('duplicate');
    expect(await values('SELECT value FROM answers')).toEqual(['5']);
  });

  it('stores answers as their code in text', async () => {
    await insertResponse(t.db, styrelse([['S1', 6]]));
    await insertResponse(t.db, { ...styrelse([['DA8', 'ja']]), groupId: 'deltagare-avslut' });
    expect(await values('SELECT value FROM answers ORDER BY value')).toEqual(['6', 'ja']);
  });

  it('stores any option code a version defines: a seventh option, a new word', async () => {
    await insertResponse(t.db, styrelse([['S1', 7]]));
    await insertResponse(t.db, styrelse([['S1', 'vet-ej']]));
    expect(await values('SELECT value FROM answers ORDER BY value')).toEqual(['7', 'vet-ej']);
  });

  it('leaves no response behind when an answer is refused', async () => {
    const bad = styrelse([
      ['S1', 5],
      ['S2', 'x'.repeat(21)], // longer than any option code: the CHECK refuses it
    ]);
    await expect(insertResponse(t.db, bad)).rejects.toThrow(/check constraint/i);
    expect(await rowCount('responses')).toBe(0);
    expect(await rowCount('answers')).toBe(0);
  });

  it('refuses a response to a round that does not exist', async () => {
    await expect(insertResponse(t.db, { ...styrelse([['S1', 5]]), roundId: 999 })).rejects.toThrow(
      /foreign key constraint/i,
    );
    expect(await rowCount('responses')).toBe(0);
    expect(await rowCount('answers')).toBe(0);
  });

  it('refuses a time finer than the day', async () => {
    const timed = { ...styrelse([['S1', 5]]), answeredOn: '2021-03-04T10:22:00Z' };
    await expect(insertResponse(t.db, timed)).rejects.toThrow(/check constraint/i);
    expect(await rowCount('responses')).toBe(0);
  });
});

describe('insertResponses', () => {
  it('counts what it created and what was there already', async () => {
    const first = styrelse([['S1', 5]]);
    await insertResponse(t.db, first);
    const again = styrelse([['S1', 3]]);
    const result = await insertResponses(t.db, [first, again, again, styrelse([])]);
    expect(result).toEqual({ created: 2, duplicate: 2 });
    expect(await rowCount('responses')).toBe(3);
    expect(await rowCount('answers')).toBe(2);
  });

  it('stores nothing when one questionnaire of the import is refused', async () => {
    const good = Array.from({ length: 1200 }, () => styrelse([['S1', 4]]));
    const bad = { ...styrelse([['S1', 4]]), answeredOn: '2021-02-30' };
    await expect(insertResponses(t.db, [...good, bad])).rejects.toThrow(/check constraint/i);
    expect(await rowCount('responses')).toBe(0);
    expect(await rowCount('answers')).toBe(0);
  });

  // The speed of a 100,000-row import is measured by `pnpm bench`, not asserted here.
  it('imports thousands of questionnaires across many multi-row inserts', async () => {
    const questions = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'];
    const responses = Array.from({ length: 5_000 }, (_, i) => ({
      ...styrelse(questions.map((q, j): [string, AnswerValue] => [q, ((i + j) % 6) + 1])),
      groupId: 'personal',
      channel: 'import' as const,
    }));
    expect(await insertResponses(t.db, responses)).toEqual({ created: 5_000, duplicate: 0 });
    expect(await rowCount('answers')).toBe(50_000);
  });
});
