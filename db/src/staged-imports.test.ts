import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearStaged, commitStaged, stageResponses } from './staged-imports';
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

const response = (id = randomUUID(), value: 1 | 2 | 3 | 4 | 5 | 6 = 5) => ({
  id,
  roundId,
  linkId: null,
  groupId: 'styrelse',
  insatsId: null,
  kon: 'kvinna' as const,
  channel: 'import' as const,
  answeredOn: '2021-05-01',
  batch: null,
  answers: new Map([['S1', value]]),
});
const count = async (table: string) =>
  (await rowsOf<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0;

describe('a staged import', () => {
  it('is invisible until committed, then moved whole in one go', async () => {
    await stageResponses(t.db, 'k', [response(), response()]);
    await stageResponses(t.db, 'k', [response()]);
    // Cut short here (the server stopped): the round holds nothing of the file.
    expect(await count('responses')).toBe(0);
    expect(await count('answers')).toBe(0);
    expect(await commitStaged(t.db, 'k')).toBe(3);
    expect(await count('responses')).toBe(3);
    expect(await count('answers')).toBe(3);
    expect((await count('staged_responses')) + (await count('staged_answers'))).toBe(0);
  });

  it('stores nothing when the move fails, and leaves what was stored before as it was', async () => {
    const before = response();
    await stageResponses(t.db, 'first', [before]);
    await commitStaged(t.db, 'first');
    await stageResponses(t.db, 'k', [response(), response()]);
    // A row the round cannot take (the staging table has no CHECK on kön): the move fails.
    await rowsOf(t.db, "UPDATE staged_responses SET kon = 'okänt' WHERE import_key = 'k'");
    await expect(commitStaged(t.db, 'k')).rejects.toThrow(/check constraint/i);
    expect(await count('responses')).toBe(1);
    expect(await count('answers')).toBe(1);
    await clearStaged(t.db, 'k');
    expect((await count('staged_responses')) + (await count('staged_answers'))).toBe(0);
  });

  it('leaves a response stored by an earlier import of the file as it was', async () => {
    const id = randomUUID();
    await stageResponses(t.db, 'a', [response(id, 6)]);
    await commitStaged(t.db, 'a');
    await stageResponses(t.db, 'b', [response(id, 1), response()]);
    expect(await commitStaged(t.db, 'b')).toBe(1);
    expect(await rowsOf(t.db, 'SELECT value FROM answers WHERE response_id = ?', id)).toEqual([
      { value: '6' },
    ]);
  });
});
