import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const rows = async (table: string) =>
  ((await t.row(`SELECT count(*) AS n FROM ${table}`)) as { n: number }).n;
const uuid = () => crypto.randomUUID();

describe('GET /api/s/:token', () => {
  it('answers a token holding NUL as bad or unknown, never as its own fault', async () => {
    // PostgreSQL's text cannot hold NUL: there it is refused before any query (400).
    const res = await t.request('GET', '/api/s/%00');
    expect([400, 404]).toContain(res.status);
    expectProblem(res, res.status);
  });

  it('gives the link’s questionnaire: round, group, insats, questions in order, kön', async () => {
    const { token } = await roundWithLink(t);
    const res = await t.request('GET', `/api/s/${token}`);
    expect(res.status).toBe(200);
    const survey = res.body as {
      group: unknown;
      insats: unknown;
      kiosk: boolean;
      round: { year: number };
      questions: { id: string; options: unknown[]; askedIf: unknown }[];
      gender: { options: { code: string }[] };
    };
    expect(survey.group).toEqual({ id: 'deltagare-avslut', label: 'Deltagare, vid avslut' });
    expect(survey.insats).toEqual({ id: t.insatser.steget.id, name: 'Steget fram' });
    expect(survey.round.year).toBe(2021);
    expect(survey.kiosk).toBe(false);
    expect(survey.questions.map((q) => q.id)).toEqual([
      'DA1',
      'DA2',
      'DA3',
      'DA4',
      'DA5',
      'DA6',
      'DA7',
      'DA8',
      'DA9',
      'DA10',
    ]);
    expect(survey.questions[0]?.options).toHaveLength(6);
    expect(survey.questions[8]?.askedIf).toEqual({ question: 'DA8', equals: 'ja' });
    expect(survey.gender.options.map((o) => o.code)).toEqual(['kvinna', 'man', 'annat']);
  });

  it('is 404 for an unknown token and 410 for a revoked link or a closed round', async () => {
    expect((await t.request('GET', '/api/s/finns-inte')).status).toBe(404);
    const { token, linkId, roundId, cookie } = await roundWithLink(t);
    await t.request('POST', `/api/links/${linkId}/revoke`, { cookie });
    expect((await t.request('GET', `/api/s/${token}`)).status).toBe(410);
    const other = await t.request('POST', `/api/rounds/${roundId}/links`, {
      cookie,
      body: { group: 'personal' },
    });
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    const closed = await t.request('GET', `/api/s/${(other.body as { token: string }).token}`);
    expect(closed.status).toBe(410);
    expect(closed.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('POST /api/s/:token/responses', () => {
  it('stores a response with 201, and the same id again with 200 and no second row', async () => {
    const { token } = await roundWithLink(t);
    const body = { id: uuid(), kon: 'kvinna', answers: { DA1: 5, DA8: 'ja', DA9: 4 } };
    const first = await t.request('POST', `/api/s/${token}/responses`, { body });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: body.id, status: 'created' });
    const again = await t.request('POST', `/api/s/${token}/responses`, {
      body: { ...body, answers: { DA1: 1 } },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ id: body.id, status: 'duplicate' });
    expect(await rows('responses')).toBe(1);
    expect(await rows('answers')).toBe(3);
    const stored = (await t.row('SELECT * FROM responses')) as Record<string, unknown>;
    expect(stored).toMatchObject({
      group_id: 'deltagare-avslut',
      kon: 'kvinna',
      channel: 'web',
      answered_on: '2021-03-15',
    });
  });

  it('stores the Swedish calendar day, not the UTC one', async () => {
    const { token } = await roundWithLink(t);
    t.setNow(new Date('2021-03-15T23:30:00Z')); // 00:30 on 16 March in Sweden
    await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: uuid(), kon: null, answers: {} },
    });
    expect(await t.row('SELECT answered_on FROM responses')).toEqual({
      answered_on: '2021-03-16',
    });
  });

  it('marks answers from a kiosk link as kiosk', async () => {
    const { token } = await roundWithLink(t, 'deltagare-pagaende', { kiosk: true });
    await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: uuid(), answers: { DP1: 6 } },
    });
    expect(await t.row('SELECT channel FROM responses')).toEqual({ channel: 'kiosk' });
  });

  it('refuses each kind of invalid response with 400 naming every field, storing nothing', async () => {
    const { token } = await roundWithLink(t);
    const post = (body: unknown) => t.request('POST', `/api/s/${token}/responses`, { body });
    const fields = (res: { body: unknown }) =>
      (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);

    const mixed = await post({
      id: uuid(),
      kon: 'kvinna',
      answers: { XX1: 3, P1: 5, DA1: 7, DA2: '5', DA9: 4, DA8: 'nej' },
    });
    expect(mixed.status).toBe(400);
    expect(mixed.headers.get('content-type')).toContain('application/problem+json');
    expect(fields(mixed)).toEqual([
      'answers.XX1',
      'answers.P1',
      'answers.DA1',
      'answers.DA2',
      'answers.DA9',
    ]);

    expect(fields(await post({ id: uuid(), kon: 'okänd', answers: {} }))).toEqual(['kon']);
    expect(fields(await post({ id: 'inte-ett-uuid', answers: {} }))).toEqual(['id']);
    // A time-ordered UUID (version 7) would carry the moment of answering.
    expect(fields(await post({ id: '017f22e2-79b0-7cc3-98c4-dc0c0c07398f', answers: {} }))).toEqual(
      ['id'],
    );
    expect(fields(await post({ id: uuid() }))).toEqual(['answers']);
    expect(fields(await post({ id: uuid(), answers: JSON.parse('{"__proto__": 5}') }))).toEqual([
      'answers.__proto__',
    ]);
    expect(await rows('responses')).toBe(0);
    expect(await rows('answers')).toBe(0);
  });

  it('refuses a body that is not JSON, or too large', async () => {
    const { token } = await roundWithLink(t);
    const notJson = await t.request('POST', `/api/s/${token}/responses`, {
      raw: '{"id": ',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    const huge = await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: uuid(), answers: { DA1: 5 }, padding: 'x'.repeat(100_000) },
    });
    expect(huge.status).toBe(413);
    expect(await rows('responses')).toBe(0);
  });

  it('is 404 for an unknown token and 410 when the round is closed', async () => {
    const body = { id: uuid(), answers: {} };
    expect((await t.request('POST', '/api/s/finns-inte/responses', { body })).status).toBe(404);
    const { token, roundId, cookie } = await roundWithLink(t);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    expect((await t.request('POST', `/api/s/${token}/responses`, { body })).status).toBe(410);
    expect(await rows('responses')).toBe(0);
  });

  it('takes a closed round, a revoked link and a reopened round at once, though looked up just before', async () => {
    const post = (token: string) =>
      t.request('POST', `/api/s/${token}/responses`, { body: { id: uuid(), answers: {} } });
    const { token, linkId, roundId, cookie } = await roundWithLink(t);
    expect((await post(token)).status).toBe(201);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    expect((await post(token)).status).toBe(410);
    await t.request('POST', `/api/rounds/${roundId}/open`, { cookie });
    expect((await post(token)).status).toBe(201);
    await t.request('POST', `/api/links/${linkId}/revoke`, { cookie });
    expect((await post(token)).status).toBe(410);
    expect(await rows('responses')).toBe(2);
  });

  it('refuses a cross-site form post', async () => {
    const { token } = await roundWithLink(t);
    const res = await t.request('POST', `/api/s/${token}/responses`, {
      raw: 'id=x',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'https://elak.example',
      },
    });
    expect(res.status).toBe(403);
  });
});
