import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

/** A closed round of the year with six styrelse answers to S1 (`positive` of them 6, the rest 2). */
async function closedRound(year: number, positive: number, cookie: string): Promise<number> {
  const round = await t.request('POST', '/api/rounds', {
    cookie,
    body: { forbundId: t.forbund.norr.id, name: `Mätning ${year}`, year },
  });
  const id = (round.body as { id: number }).id;
  const lines = Array.from({ length: 6 }, (_, i) => `styrelse,${i < positive ? 6 : 2}`);
  const imported = await t.request('POST', `/api/rounds/${id}/imports`, {
    cookie,
    raw: Buffer.from(`grupp,S1\n${lines.join('\n')}\n`),
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(imported.status, imported.text).toBe(201);
  const closed = await t.request('POST', `/api/rounds/${id}/close`, { cookie });
  expect(closed.status, closed.text).toBe(200);
  return id;
}

describe('GET /api/rounds/:id/report?years=', () => {
  it('sets the förbund’s earlier rounds beside the report, oldest first, only when asked', async () => {
    const cookie = await t.login('koordinator');
    await closedRound(2019, 3, cookie);
    await closedRound(2020, 6, cookie);
    const now = await closedRound(2021, 4, cookie);
    const reader = await t.login('lasare');
    type Body = { questions: { id: string; history?: unknown }[] };
    const s1 = async (query: string) => {
      const res = await t.request('GET', `/api/rounds/${now}/report${query}`, { cookie: reader });
      expect(res.status, res.text).toBe(200);
      return (res.body as Body).questions.find((q) => q.id === 'S1');
    };
    expect(await s1('')).not.toHaveProperty('history');
    expect((await s1('?years=5'))?.history).toEqual([
      { year: 2019, question: 'S1', n: 6, positive: 3, share: 50 },
      { year: 2020, question: 'S1', n: 6, positive: 6, share: 100 },
    ]);
    expect((await s1('?years=1'))?.history).toEqual([
      { year: 2020, question: 'S1', n: 6, positive: 6, share: 100 },
    ]);
    const csv = await t.request('GET', `/api/rounds/${now}/report?years=5&format=csv-raw`, {
      cookie: reader,
    });
    expect(csv.text.split('\r\n')[0]).toMatch(
      /,n_2019,andel_2019,fraga_2019,n_2020,andel_2020,fraga_2020$/,
    );
  });

  it('refuses more than five earlier years, naming the field', async () => {
    const cookie = await t.login('koordinator');
    const now = await closedRound(2021, 4, cookie);
    const res = await t.request('GET', `/api/rounds/${now}/report?years=6`, {
      cookie: await t.login('lasare'),
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('query.years');
  });
});
