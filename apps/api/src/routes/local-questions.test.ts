import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

let t: TestContext;
let koordinator: string;
let roundId: number;
beforeEach(async () => {
  t = await testContext();
  koordinator = await t.login('koordinator');
  roundId = await round(2021);
});
afterEach(async () => {
  await t.close();
});

async function round(year: number): Promise<number> {
  const res = await t.request('POST', '/api/rounds', {
    cookie: koordinator,
    body: { forbundId: t.forbund.norr.id, name: `Mätning ${year}`, year },
  });
  return (res.body as { id: number }).id;
}

const discrimination = {
  group: 'deltagare-avslut',
  text: 'Har du blivit diskriminerad under tiden du varit i insatsen?',
  scale: 'yesno',
  positive: { answer: 'nej' },
};

const add = (body: unknown, id = roundId) =>
  t.request('POST', `/api/rounds/${id}/lokala-fragor`, { cookie: koordinator, body });

type List = {
  questions: { id: string; text: string; positive: unknown }[];
  groups: { id: string; answered: boolean }[];
  kinds: { label: string }[];
};
const list = async (id = roundId, cookie = koordinator) => {
  const res = await t.request('GET', `/api/rounds/${id}/lokala-fragor`, { cookie });
  expect(res.status, res.text).toBe(200);
  return res.body as List;
};

async function answer(csv: string) {
  const res = await t.request('POST', `/api/rounds/${roundId}/imports`, {
    cookie: koordinator,
    raw: csv,
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(res.status, res.text).toBe(201);
}

describe('local questions', () => {
  it('are added by a koordinator as L + group prefix + number and read by every member', async () => {
    const res = await add(discrimination);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ id: 'LDA1', number: 1, ...discrimination });
    expect(
      (await add({ ...discrimination, text: 'Fick du veta vart du kan vända dig?' })).body,
    ).toMatchObject({ id: 'LDA2' });
    const read = await list(roundId, await t.login('lasare'));
    expect(read.questions.map((q) => q.id)).toEqual(['LDA1', 'LDA2']);
    expect(read.kinds.map((k) => k.label)).toContain('Ja eller Nej; räknas: Nej');
    const lasare = await t.request('POST', `/api/rounds/${roundId}/lokala-fragor`, {
      cookie: await t.login('lasare'),
      body: discrimination,
    });
    expect(lasare.status).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'local-question.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['local-question.add', 'local-question.add']);
  });

  it('refuse free text, long or multi-line texts and what the version lacks, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ text: '' }, 'text'],
      [{ text: 'x'.repeat(301) }, 'text'],
      [{ text: 'två\nrader' }, 'text'],
      [{ group: 'okand' }, 'group'],
      [{ scale: 'fritext' }, 'scale'],
      [{ positive: { answer: 'kanske' } }, 'positive'],
      [{ scale: 'frequency6', positive: { keyFigure: 'top3' } }, 'positive'],
      [{ positive: { text: 'fri text' } }, 'positive'],
    ];
    for (const [change, field] of cases) {
      const res = await add({ ...discrimination, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      const errors = (res.body as { errors: { field: string; message: string }[] }).errors;
      expect(errors.map((e) => e.field.split('.')[0])).toContain(field);
      expect(res.text).not.toContain('x'.repeat(50));
    }
    expect((await list()).questions).toEqual([]);
  });

  it('are at most ten per group', async () => {
    for (let i = 0; i < 10; i++) expect((await add(discrimination)).status).toBe(201);
    const res = await add(discrimination);
    expect(res.status).toBe(409);
    expect(res.text).toContain('högst 10');
    expect((await add({ ...discrimination, group: 'personal' })).status).toBe(201);
  });

  it('are changed and removed only while their group has no answers', async () => {
    await add(discrimination);
    await add({ ...discrimination, group: 'personal' });
    const patch = (id: string, body: unknown) =>
      t.request('PATCH', `/api/rounds/${roundId}/lokala-fragor/${id}`, {
        cookie: koordinator,
        body,
      });
    const reworded = {
      text: 'Har du blivit diskriminerad?',
      scale: 'yesno',
      positive: { answer: 'nej' },
    };
    expect((await patch('LDA1', reworded)).body).toMatchObject({ id: 'LDA1', text: reworded.text });
    expect((await patch('LDA9', reworded)).status).toBe(404);

    await answer('grupp;DA1\ndeltagare-avslut;4\n');
    expect((await list()).groups.find((g) => g.id === 'deltagare-avslut')?.answered).toBe(true);
    const refused = await patch('LDA1', { ...reworded, text: 'Något annat' });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('redan svar');
    const remove = (id: string) =>
      t.request('DELETE', `/api/rounds/${roundId}/lokala-fragor/${id}`, { cookie: koordinator });
    expect((await remove('LDA1')).status).toBe(409);
    expect((await add(discrimination)).status).toBe(409);
    expect((await list()).questions.map((q) => [q.id, q.text])).toEqual([
      ['LDA1', reworded.text],
      ['LP1', discrimination.text],
    ]);
    // Another group without answers is still open.
    expect((await remove('LP1')).status).toBe(204);
    expect((await list()).questions.map((q) => q.id)).toEqual(['LDA1']);
  });

  it("carry last year's over on request, with the same ids, onto a round without any", async () => {
    await add(discrimination);
    await add({
      ...discrimination,
      group: 'styrelse',
      scale: 'extent6',
      positive: { keyFigure: 'top3' },
    });
    const next = await round(2022);
    const copy = () =>
      t.request('POST', `/api/rounds/${next}/lokala-fragor/copy`, { cookie: koordinator });
    const res = await copy();
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ copied: 2 });
    expect((await list(next)).questions.map((q) => q.id)).toEqual(['LDA1', 'LS1']);
    expect((await copy()).status).toBe(409);
    const first = await t.request('POST', `/api/rounds/${roundId}/lokala-fragor/copy`, {
      cookie: koordinator,
    });
    expect(first.status).toBe(409);
  });
});
