import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const rows = async (table: string) =>
  ((await t.row(`SELECT count(*) AS n FROM ${table}`)) as { n: number }).n;

describe('POST /api/rounds/:id/responses (paper entry)', () => {
  it('stores a paper questionnaire with its day, insats and batch label', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await t.request('POST', `/api/rounds/${roundId}/responses`, {
      cookie,
      body: {
        group: 'personal',
        kon: 'man',
        insatsId: t.insatser.tidsam.id,
        answeredOn: '2021-02-01',
        batch: 'Pärm 3',
        answers: { P1: 5, P2: 4 },
      },
    });
    expect(res.status).toBe(201);
    expect(
      await t.row('SELECT group_id, kon, channel, answered_on, batch, insats_id FROM responses'),
    ).toEqual({
      group_id: 'personal',
      kon: 'man',
      channel: 'paper',
      answered_on: '2021-02-01',
      batch: 'Pärm 3',
      insats_id: t.insatser.tidsam.id,
    });
    expect(await rows('answers')).toBe(2);
  });

  it('stores the same form once when the client sends its id twice', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const body = { id: crypto.randomUUID(), group: 'styrelse', answers: { S1: 6 } };
    expect(
      (await t.request('POST', `/api/rounds/${roundId}/responses`, { cookie, body })).status,
    ).toBe(201);
    const again = await t.request('POST', `/api/rounds/${roundId}/responses`, { cookie, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id: body.id, status: 'duplicate' });
    expect(await rows('responses')).toBe(1);
  });

  it('refuses an invalid form naming every field, and stores nothing', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await t.request('POST', `/api/rounds/${roundId}/responses`, {
      cookie,
      body: {
        group: 'deltagare-avslut',
        kon: null,
        insatsId: t.insatser.sydInsats.id,
        answeredOn: '2030-01-01',
        answers: { DA1: 0, DA10: 5, S1: 3 },
      },
    });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'answers.DA1',
      'answers.DA10',
      'answers.S1',
      'insatsId',
      'answeredOn',
    ]);
    const badGroup = await t.request('POST', `/api/rounds/${roundId}/responses`, {
      cookie,
      body: { group: 'okänd', answers: {} },
    });
    expect((badGroup.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'group',
    ]);
    expect(await rows('responses')).toBe(0);
  });

  it('refuses a day that is not in the calendar with a 400, not a database error', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    for (const answeredOn of ['2021-02-30', '2021-02-29', '2021-04-31']) {
      const res = await t.request('POST', `/api/rounds/${roundId}/responses`, {
        cookie,
        body: { group: 'styrelse', answeredOn, answers: { S1: 5 } },
      });
      expect(res.status, answeredOn).toBe(400);
      expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
        'answeredOn',
      ]);
    }
    expect(await rows('responses')).toBe(0);
  });

  it('refuses paper entry into a closed round', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    const res = await t.request('POST', `/api/rounds/${roundId}/responses`, {
      cookie,
      body: { group: 'styrelse', answers: {} },
    });
    expect(res.status).toBe(409);
  });
});
