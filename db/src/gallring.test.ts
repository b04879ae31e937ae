import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cullRoundAnswers, listResponsesOfRound, setCullAfter } from './gallring';
import { insertResponse } from './responses';
import { createRound, getRound } from './rounds';
import { stageResponses } from './staged-imports';
import { openTestDatabase, rowsOf, seedRound, type TestDatabase } from './test-database';

let t: TestDatabase;
let roundId: number;
let otherRoundId: number;
beforeEach(async () => {
  t = await openTestDatabase();
  const { forbund, round } = await seedRound(t);
  roundId = round.id;
  otherRoundId = (
    await createRound(t.db, {
      forbundId: forbund.id,
      name: 'Nästa',
      year: 2022,
      instrumentVersion: '2021',
    })
  ).id;
});
afterEach(async () => {
  await t.close();
});

const response = (round: number, answeredOn = '2021-05-01', value: 1 | 2 | 3 | 4 | 5 | 6 = 5) => ({
  id: randomUUID(),
  roundId: round,
  linkId: null,
  groupId: 'styrelse',
  insatsId: null,
  kon: 'kvinna' as const,
  channel: 'paper' as const,
  answeredOn,
  batch: null,
  answers: new Map([
    ['S1', value],
    ['S2', 4],
  ]),
});
const count = async (table: string) =>
  (await rowsOf<{ n: number }>(t.db, `SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0;

describe('listResponsesOfRound', () => {
  it('gives every questionnaire of the round with its answers, by day', async () => {
    await insertResponse(t.db, response(roundId, '2021-05-02', 6));
    await insertResponse(t.db, response(roundId, '2021-05-01', 2));
    await insertResponse(t.db, response(otherRoundId));
    const rows = await listResponsesOfRound(t.db, roundId);
    expect(rows.map((r) => [r.answeredOn, r.answers.get('S1'), r.answers.get('S2')])).toEqual([
      ['2021-05-01', 2, 4],
      ['2021-05-02', 6, 4],
    ]);
  });
});

describe('cullRoundAnswers', () => {
  it("deletes the round's answers, questionnaires and staged rows, and nothing of another round", async () => {
    await insertResponse(t.db, response(roundId));
    await insertResponse(t.db, response(roundId));
    await insertResponse(t.db, response(otherRoundId));
    await stageResponses(t.db, 'fil', [{ ...response(roundId), channel: 'import' }]);
    await setCullAfter(t.db, roundId, '2026-01-01');

    expect(await cullRoundAnswers(t.db, roundId, '2026-02-03')).toBe(2);
    expect(await count('responses')).toBe(1);
    expect(await count('answers')).toBe(2);
    expect(await count('staged_responses')).toBe(0);
    expect(await count('staged_answers')).toBe(0);
    expect(await getRound(t.db, roundId)).toMatchObject({
      cullAfter: '2026-01-01',
      culledOn: '2026-02-03',
    });
    expect(await getRound(t.db, otherRoundId)).toMatchObject({ cullAfter: null, culledOn: null });
  });

  it('leaves everything as it was when any part fails', async () => {
    await insertResponse(t.db, response(roundId));
    // Not a day: the last step (recording it) fails after the deletes ran.
    await expect(cullRoundAnswers(t.db, roundId, '2026-02-30')).rejects.toThrow();
    expect(await count('responses')).toBe(1);
    expect(await count('answers')).toBe(2);
  });
});
