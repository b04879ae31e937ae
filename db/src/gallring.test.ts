import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cullRoundAnswers, listResponsesOfRound, setCullAfter } from './gallring';
import { insertResponse } from './responses';
import { createRound, getRound } from './rounds';
import { stageResponses } from './staged-imports';
import { openTestDatabase, seedRound, type TestDatabase } from './test-database';

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
const count = (table: string) =>
  (t.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

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
    expect(count('responses')).toBe(1);
    expect(count('answers')).toBe(2);
    expect(count('staged_responses')).toBe(0);
    expect(count('staged_answers')).toBe(0);
    expect(await getRound(t.db, roundId)).toMatchObject({
      cullAfter: '2026-01-01',
      culledOn: '2026-02-03',
    });
    expect(await getRound(t.db, otherRoundId)).toMatchObject({ cullAfter: null, culledOn: null });
  });

  it('leaves everything as it was when any part fails', async () => {
    await insertResponse(t.db, response(roundId));
    // A trigger makes the last step (recording the day) fail, after the deletes ran.
    t.sqlite.exec(
      "CREATE TRIGGER refuse BEFORE UPDATE OF culled_on ON rounds BEGIN SELECT RAISE(ABORT, 'nej'); END",
    );
    await expect(cullRoundAnswers(t.db, roundId, '2026-02-03')).rejects.toThrow('nej');
    expect(count('responses')).toBe(1);
    expect(count('answers')).toBe(2);
  });
});
