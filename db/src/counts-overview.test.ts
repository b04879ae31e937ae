import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countResponsesByDay, countResponsesByInsats } from './counts';
import { createForbund } from './forbund';
import { createInsats } from './insatser';
import { insertResponse } from './responses';
import { createRound } from './rounds';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('a round’s overview counts', () => {
  it('counts questionnaires per group and insats, and per day since a date', async () => {
    const forbund = await createForbund(t.db, 'Norr');
    const steget = await createInsats(t.db, forbund.id, 'Steget fram');
    const round = await createRound(t.db, {
      forbundId: forbund.id,
      name: 'M',
      year: 2021,
      instrumentVersion: '2021',
    });
    const add = (group: string, insatsId: number | null, answeredOn: string) =>
      insertResponse(t.db, {
        id: crypto.randomUUID(),
        roundId: round.id,
        linkId: null,
        groupId: group,
        insatsId,
        kon: null,
        channel: 'paper',
        answeredOn,
        batch: null,
        answers: new Map(),
      });
    await add('personal', steget.id, '2021-03-01');
    await add('personal', steget.id, '2021-03-02');
    await add('personal', null, '2021-03-02');
    await add('styrelse', null, '2021-02-01');
    expect(await countResponsesByInsats(t.db, round.id)).toEqual([
      { group: 'personal', insatsId: null, insatsName: null, responses: 1 },
      { group: 'personal', insatsId: steget.id, insatsName: 'Steget fram', responses: 2 },
      { group: 'styrelse', insatsId: null, insatsName: null, responses: 1 },
    ]);
    expect(await countResponsesByDay(t.db, round.id, '2021-03-01')).toEqual([
      { day: '2021-03-02', responses: 2 },
      { day: '2021-03-01', responses: 1 },
    ]);
  });
});
