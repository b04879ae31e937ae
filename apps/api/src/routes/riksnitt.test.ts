import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const RIKSNITT = [
  'year,question,all,kvinna,man,source',
  '2021,DP1,75,76,73,003:1779',
  '2020,DP1,77,79,73,003:1779',
  '2021,DA1,"75,5",,75,003:1784',
  '2020,DA1,76,75,74,003:1784',
].join('\n');
const RATES = 'year,group,response_rate\n2021,personal,79\n2021,chefer,52\n';

async function upload(path: string, csv: string, key = 'installation', type = 'text/csv') {
  return t.request('POST', path, {
    cookie: key === 'anonymous' ? undefined : await t.login(key),
    raw: csv,
    headers: { 'Content-Type': type },
  });
}
const stored = async () =>
  await t.rows(
    'SELECT year, question_id, all_share, kvinna, man FROM benchmarks ORDER BY year, question_id',
  );

describe('POST /api/riksnitt', () => {
  it('loads the national figures per year for the installation administrator', async () => {
    const res = await upload('/api/riksnitt', RIKSNITT);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ years: [2020, 2021], rows: 4 });
    expect(await stored()).toEqual([
      { year: 2020, question_id: 'DA1', all_share: 76, kvinna: 75, man: 74 },
      { year: 2020, question_id: 'DP1', all_share: 77, kvinna: 79, man: 73 },
      { year: 2021, question_id: 'DA1', all_share: 75.5, kvinna: null, man: 75 },
      { year: 2021, question_id: 'DP1', all_share: 75, kvinna: 76, man: 73 },
    ]);
    const audit = await t.rows(
      "SELECT user_id, detail FROM audit_log WHERE action = 'riksnitt.import'",
    );
    expect(audit).toEqual([{ user_id: t.users.installation?.id, detail: '{"years":[2020,2021]}' }]);
  });

  it('replaces each year the file holds, and only those', async () => {
    await upload('/api/riksnitt', RIKSNITT);
    const res = await upload(
      '/api/riksnitt',
      'year,question,all,kvinna,man\n2021,P1,60,61,59\n',
      'installation',
      'text/csv; charset=utf-8',
    );
    expect(res.body).toEqual({ years: [2021], rows: 1 });
    expect(await stored()).toEqual([
      expect.objectContaining({ year: 2020, question_id: 'DA1' }),
      expect.objectContaining({ year: 2020, question_id: 'DP1' }),
      { year: 2021, question_id: 'P1', all_share: 60, kvinna: 61, man: 59 },
    ]);
  });

  it('is 422 naming line and field of every error, and keeps what was there', async () => {
    await upload('/api/riksnitt', RIKSNITT);
    const res = await upload(
      '/api/riksnitt',
      'year,question,all,kvinna,man\n2021,DP1,120,76,73\n21,XX9,75,76,73\n2021,DP2,75,76,73\n',
    );
    expectProblem(res, 422);
    expect((res.body as { errors: unknown[] }).errors).toEqual([
      { line: 2, field: 'all', message: expect.any(String) },
      { line: 3, field: 'year', message: expect.any(String) },
      { line: 3, field: 'question', message: expect.any(String) },
    ]);
    const missing = await upload('/api/riksnitt', 'year,question,all\n2021,DP1,75\n');
    expectProblem(missing, 422);
    expect((missing.body as { errors: unknown[] }).errors).toEqual([
      { line: 1, field: 'kvinna', message: 'kolumnen saknas' },
      { line: 1, field: 'man', message: 'kolumnen saknas' },
    ]);
    expect(await stored()).toHaveLength(4);
  });

  it('is 415 for anything but text/csv', async () => {
    const res = await upload('/api/riksnitt', RIKSNITT, 'installation', 'application/json');
    expectProblem(res, 415);
    expectProblem(await upload('/api/riksnitt', RIKSNITT, 'installation', ''), 415);
    expect(await stored()).toEqual([]);
  });

  it('is 403 for a förbund admin and 401 without a session, storing nothing', async () => {
    expectProblem(await upload('/api/riksnitt', RIKSNITT, 'admin'), 403);
    expectProblem(await upload('/api/riksnitt', RIKSNITT, 'admin', 'application/json'), 403);
    expectProblem(await upload('/api/riksnitt', RIKSNITT, 'anonymous'), 401);
    expect(await stored()).toEqual([]);
  });
});

describe('POST /api/riksnitt/svarsfrekvens', () => {
  it('loads the national response rates per year and group', async () => {
    const res = await upload('/api/riksnitt/svarsfrekvens', RATES);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ years: [2021], rows: 2 });
    const bad = await upload(
      '/api/riksnitt/svarsfrekvens',
      'year,group,response_rate\n2021,politiker,\n',
    );
    expectProblem(bad, 422);
    expect((bad.body as { errors: unknown[] }).errors).toEqual([
      { line: 2, field: 'group', message: expect.any(String) },
      { line: 2, field: 'response_rate', message: expect.any(String) },
    ]);
    expectProblem(await upload('/api/riksnitt/svarsfrekvens', RATES, 'koordinator'), 403);
  });
});

describe('GET /api/riksnitt', () => {
  it('lists the years loaded, newest first, for anyone signed in', async () => {
    await upload('/api/riksnitt', RIKSNITT);
    await upload('/api/riksnitt/svarsfrekvens', RATES);
    const res = await t.request('GET', '/api/riksnitt', { cookie: await t.login('lasare') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      questions: [
        { year: 2021, count: 2 },
        { year: 2020, count: 2 },
      ],
      responseRates: [{ year: 2021, count: 2 }],
    });
    expectProblem(await t.request('GET', '/api/riksnitt'), 401);
  });

  it('gives a year’s figures per question and group', async () => {
    await upload('/api/riksnitt', RIKSNITT);
    await upload('/api/riksnitt/svarsfrekvens', RATES);
    const cookie = await t.login('lasare');
    const res = await t.request('GET', '/api/riksnitt/2021', { cookie });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      year: 2021,
      questions: [
        { question: 'DA1', all: 75.5, kvinna: null, man: 75 },
        { question: 'DP1', all: 75, kvinna: 76, man: 73 },
      ],
      responseRates: [
        { group: 'chefer', responseRate: 52 },
        { group: 'personal', responseRate: 79 },
      ],
    });
    const empty = await t.request('GET', '/api/riksnitt/2019', { cookie });
    expect(empty.body).toEqual({ year: 2019, questions: [], responseRates: [] });
    expectProblem(await t.request('GET', '/api/riksnitt/tjugo', { cookie }), 400);
  });
});
