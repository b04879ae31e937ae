import { setMembership } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectProblem,
  roundWithLink,
  type TestContext,
  type TestResponse,
  testContext,
} from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const fields = (res: TestResponse) =>
  (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
const roundCount = async () =>
  ((await t.row('SELECT count(*) AS n FROM rounds')) as { n: number }).n;

async function create(body: Record<string, unknown>, key = 'koordinator') {
  return t.request('POST', '/api/rounds', {
    cookie: await t.login(key),
    body: { forbundId: t.forbund.norr.id, name: 'Mätning', year: 2021, ...body },
  });
}
const idOf = (res: TestResponse) => (res.body as { id: number }).id;

describe('POST /api/rounds', () => {
  it('creates an open round on the current instrument version, and records who did it', async () => {
    const res = await create({ startsOn: '2021-03-01', endsOn: '2021-03-31' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: idOf(res),
      forbundId: t.forbund.norr.id,
      name: 'Mätning',
      year: 2021,
      instrumentVersion: '2021',
      startsOn: '2021-03-01',
      endsOn: '2021-03-31',
      status: 'open',
      cullAfter: null,
      culledOn: null,
    });
    const audit = await t.rows(
      "SELECT user_id, subject FROM audit_log WHERE action = 'round.create'",
    );
    expect(audit).toEqual([{ user_id: t.users.koordinator?.id, subject: `round:${idOf(res)}` }]);
  });

  it('refuses an unknown version, a period ending before it starts, no name, or no real day', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ instrumentVersion: '2017' }, ['instrumentVersion']],
      [{ startsOn: '2021-04-01', endsOn: '2021-03-31' }, ['endsOn']],
      [{ name: undefined }, ['name']],
      [{ name: '   ' }, ['name']],
      [{ startsOn: '2021-02-30', endsOn: '2021-13-01' }, ['startsOn', 'endsOn']],
      [{ startsOn: '15/3/2021' }, ['startsOn']],
      [{ year: 1999 }, ['year']],
    ];
    for (const [body, expected] of cases) {
      const res = await create(body);
      expectProblem(res, 400);
      expect(fields(res)).toEqual(expected);
    }
    expect(await roundCount()).toBe(0);
  });

  it('is 403 for a läsare and 404 for another förbund, storing nothing', async () => {
    expectProblem(await create({}, 'lasare'), 403);
    expectProblem(await create({}, 'syd'), 404);
    expectProblem(await create({ forbundId: 999 }), 404);
    expect(await roundCount()).toBe(0);
  });
});

describe('GET /api/rounds', () => {
  it('lists the rounds of the caller’s förbund, newest first', async () => {
    await setMembership(t.db, t.users.koordinator?.id ?? 0, t.forbund.syd.id, 'koordinator');
    const made: Record<string, number> = {};
    for (const [name, year, forbundId] of [
      ['Norr 2021', 2021, t.forbund.norr.id],
      ['Syd 2022', 2022, t.forbund.syd.id],
      ['Norr 2019', 2019, t.forbund.norr.id],
      ['Norr 2021 igen', 2021, t.forbund.norr.id],
      ['Norr 2023', 2023, t.forbund.norr.id],
    ] as const) {
      made[name] = idOf(await create({ name, year, forbundId }));
    }
    const cookie = await t.login('koordinator');
    const all = await t.request('GET', '/api/rounds', { cookie });
    expect(all.status).toBe(200);
    const names = (res: TestResponse) => (res.body as { name: string }[]).map((r) => r.name);
    expect(names(all)).toEqual([
      'Norr 2023',
      'Syd 2022',
      'Norr 2021 igen',
      'Norr 2021',
      'Norr 2019',
    ]);
    const syd = await t.request('GET', `/api/rounds?forbund=${t.forbund.syd.id}`, { cookie });
    expect(syd.body).toEqual([expect.objectContaining({ id: made['Syd 2022'], status: 'open' })]);
    const lasare = await t.request('GET', '/api/rounds', { cookie: await t.login('lasare') });
    expect(names(lasare)).toEqual(['Norr 2023', 'Norr 2021 igen', 'Norr 2021', 'Norr 2019']);
  });

  it('is 404 for another förbund’s id and 400 for no id at all', async () => {
    const cookie = await t.login('lasare');
    expectProblem(
      await t.request('GET', `/api/rounds?forbund=${t.forbund.syd.id}`, { cookie }),
      404,
    );
    expectProblem(await t.request('GET', '/api/rounds?forbund=999', { cookie }), 404);
    expectProblem(await t.request('GET', '/api/rounds?forbund=norr', { cookie }), 400);
  });
});

describe('GET /api/rounds/:id', () => {
  it('gives the round with its responses per respondent group', async () => {
    const { roundId, token, cookie } = await roundWithLink(t);
    for (const answers of [{ DA1: 5 }, { DA1: 3 }]) {
      const res = await t.request('POST', `/api/s/${token}/responses`, {
        body: { id: crypto.randomUUID(), answers },
      });
      expect(res.status).toBe(201);
    }
    const paper = await t.request('POST', `/api/rounds/${roundId}/responses`, {
      cookie,
      body: { group: 'personal', answers: { P1: 4 } },
    });
    expect(paper.status).toBe(201);
    const res = await t.request('GET', `/api/rounds/${roundId}`, {
      cookie: await t.login('lasare'),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: roundId, name: 'Mätning 2021', status: 'open' });
    expect((res.body as { groups: unknown }).groups).toEqual([
      { group: 'deltagare-pagaende', label: 'Deltagare, pågående', responses: 0 },
      { group: 'deltagare-avslut', label: 'Deltagare, vid avslut', responses: 2 },
      { group: 'personal', label: 'Personal i insatserna', responses: 1 },
      { group: 'chefer', label: 'Parternas chefsgrupp', responses: 0 },
      { group: 'styrelse', label: 'Styrelse', responses: 0 },
    ]);
    expect((res.body as { byInsats: unknown }).byInsats).toEqual([
      {
        group: 'deltagare-avslut',
        insatsId: t.insatser.steget.id,
        insatsName: 'Steget fram',
        responses: 2,
      },
      { group: 'personal', insatsId: null, insatsName: null, responses: 1 },
    ]);
    // The test clock stands at 2021-03-15: all three answered that day.
    expect((res.body as { recentDays: unknown }).recentDays).toEqual([
      { day: '2021-03-15', responses: 3 },
    ]);
  });

  it('is 404 for a round that does not exist or is another förbund’s', async () => {
    const { roundId } = await roundWithLink(t);
    expectProblem(
      await t.request('GET', '/api/rounds/999', { cookie: await t.login('admin') }),
      404,
    );
    const other = await t.request('GET', `/api/rounds/${roundId}`, {
      cookie: await t.login('syd'),
    });
    expectProblem(other, 404);
    expect(other.body).toMatchObject({ detail: 'Mätningen finns inte.' });
  });
});

describe('POST /api/rounds/:id/close and /open', () => {
  it('closes a round, which then refuses answers with 410, and opens it again', async () => {
    const { roundId, token, cookie } = await roundWithLink(t);
    const answer = () =>
      t.request('POST', `/api/s/${token}/responses`, {
        body: { id: crypto.randomUUID(), answers: { DA1: 5 } },
      });
    const closed = await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ id: roundId, status: 'closed' });
    expect(await t.row('SELECT status FROM rounds')).toEqual({ status: 'closed' });
    expectProblem(await answer(), 410);
    expect(await t.row('SELECT count(*) AS n FROM responses')).toEqual({ n: 0 });

    const opened = await t.request('POST', `/api/rounds/${roundId}/open`, { cookie });
    expect(opened.body).toMatchObject({ id: roundId, status: 'open' });
    expect((await answer()).status).toBe(201);
    const audit = await t.rows(
      "SELECT action FROM audit_log WHERE subject = ? AND action <> 'round.create'",
      `round:${roundId}`,
    );
    expect(audit).toEqual([{ action: 'round.close' }, { action: 'round.open' }]);
  });

  it('is 403 for a läsare, leaving the round open', async () => {
    const { roundId } = await roundWithLink(t);
    const res = await t.request('POST', `/api/rounds/${roundId}/close`, {
      cookie: await t.login('lasare'),
    });
    expectProblem(res, 403);
    expect(await t.row('SELECT status FROM rounds')).toEqual({ status: 'open' });
  });
});
