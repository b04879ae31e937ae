import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund } from './forbund';
import { insertResponses } from './responses';
import {
  createRound,
  findPreviousRound,
  getRound,
  listRoundsOfForbund,
  type NewRound,
  setRoundStatus,
} from './rounds';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

const round = (forbundId: number, year: number, name = `Mätning ${year}`): NewRound => ({
  forbundId,
  name,
  year,
  instrumentVersion: '2021',
});

describe('rounds', () => {
  it('creates an open round and closes it', async () => {
    const { id: forbundId } = await createForbund(t.db, 'Norr');
    const created = await createRound(t.db, {
      ...round(forbundId, 2021),
      startsOn: '2020-11-01',
      endsOn: '2021-10-31',
    });
    expect(created).toMatchObject({ status: 'open', startsOn: '2020-11-01', endsOn: '2021-10-31' });
    await setRoundStatus(t.db, created.id, 'closed');
    expect((await getRound(t.db, created.id))?.status).toBe('closed');
  });

  it('releases the waiting answers into the report at each closing, numbered', async () => {
    const { id: forbundId } = await createForbund(t.db, 'Norr');
    const created = await createRound(t.db, round(forbundId, 2021));
    const answer = () => ({
      id: randomUUID(),
      roundId: created.id,
      linkId: null,
      groupId: 'styrelse',
      insatsId: null,
      kon: null,
      channel: 'paper' as const,
      answeredOn: '2021-05-01',
      batch: null,
      answers: new Map([['S1', 5 as const]]),
    });
    const releases = () =>
      t.db
        .selectFrom('responses')
        .select('release')
        .orderBy('release', (ob) => ob.asc().nullsFirst())
        .execute();
    await insertResponses(t.db, [answer(), answer()]);
    expect(await releases()).toEqual([{ release: null }, { release: null }]);
    await setRoundStatus(t.db, created.id, 'closed');
    await setRoundStatus(t.db, created.id, 'open');
    await insertResponses(t.db, [answer()]);
    expect((await releases()).map((r) => r.release)).toEqual([null, 1, 1]);
    await setRoundStatus(t.db, created.id, 'closed');
    expect((await releases()).map((r) => r.release)).toEqual([1, 1, 2]);
  });

  it('refuses a period that ends before it starts, or is not made of days', async () => {
    const { id: forbundId } = await createForbund(t.db, 'Norr');
    const backwards = { ...round(forbundId, 2021), startsOn: '2021-10-31', endsOn: '2020-11-01' };
    await expect(createRound(t.db, backwards)).rejects.toThrow(/check constraint/i);
    const timed = { ...round(forbundId, 2021), startsOn: '2020-11-01T08:00' };
    await expect(createRound(t.db, timed)).rejects.toThrow(/check constraint/i);
  });

  it('finds the previous year’s round of the same förbund, the latest made if several', async () => {
    const norr = (await createForbund(t.db, 'Norr')).id;
    const syd = (await createForbund(t.db, 'Syd')).id;
    await createRound(t.db, round(norr, 2019));
    await createRound(t.db, round(norr, 2020, 'Mätning 2020'));
    const redone = await createRound(t.db, round(norr, 2020, 'Mätning 2020, omgjord'));
    await createRound(t.db, round(syd, 2020));
    const current = await createRound(t.db, round(norr, 2021));

    expect((await findPreviousRound(t.db, norr, current.year))?.id).toBe(redone.id);
    expect(await findPreviousRound(t.db, syd, 2021)).toMatchObject({ forbundId: syd, year: 2020 });
    expect(await findPreviousRound(t.db, norr, 2019)).toBeUndefined();
    expect((await listRoundsOfForbund(t.db, norr)).map((r) => r.year)).toEqual([
      2021, 2020, 2020, 2019,
    ]);
  });
});
