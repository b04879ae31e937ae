import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundWithLink, type TestContext, testContext } from '../test-context';

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
    const blank = await add({ ...discrimination, text: ' \u200b ' });
    expect(blank.body).toMatchObject({
      errors: [{ field: 'text', message: 'skriv frågans text' }],
    });
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

describe('local questions on a version added to the registry', () => {
  it('are added, listed and asked on a round of that version', async () => {
    const file2027 = readFileSync(
      new URL('../../../../packages/instrument/test-fixtures/nns-2027-test.json', import.meta.url),
      'utf8',
    );
    const added = await t.request('POST', '/api/instruments', {
      cookie: await t.login('installation'),
      raw: file2027,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(added.status, added.text).toBe(201);
    const res = await t.request('POST', '/api/rounds', {
      cookie: koordinator,
      body: {
        forbundId: t.forbund.norr.id,
        name: 'Mätning 2027',
        year: 2027,
        instrumentVersion: '2027',
      },
    });
    expect(res.status, res.text).toBe(201);
    const id = (res.body as { id: number }).id;
    const remittent = { ...discrimination, group: 'remittenter' };
    const created = await add(remittent, id);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ id: 'LR1' });
    expect((await list(id)).questions.map((q) => q.id)).toEqual(['LR1']);
    const instrument = await t.request('GET', `/api/rounds/${id}/instrument`, {
      cookie: koordinator,
    });
    const questions = (instrument.body as { questions: { id: string; group: string }[] }).questions;
    expect(questions.filter((q) => q.group === 'remittenter').at(-1)?.id).toBe('LR1');
  });
});

describe('local questions of a round', () => {
  it('are asked, answered, imported, reported and targeted like the NNS questions', async () => {
    const { roundId: id, token, cookie } = await roundWithLink(t);
    const added = await t.request('POST', `/api/rounds/${id}/lokala-fragor`, {
      cookie,
      body: discrimination,
    });
    expect(added.status, added.text).toBe(201);

    // A target on it before any answer: then it cannot be removed under the target.
    const area = await t.request('POST', `/api/rounds/${id}/malomraden`, {
      cookie,
      body: { name: 'Deltagarnytta' },
    });
    const areaId = (area.body as { id: number }).id;
    const target = await t.request('POST', `/api/malomraden/${areaId}/targets`, {
      cookie,
      body: { kind: 'question', questions: ['LDA1'], options: ['nej'], share: 100 },
    });
    expect(target.status, target.text).toBe(201);
    const removed = await t.request('DELETE', `/api/rounds/${id}/lokala-fragor/LDA1`, { cookie });
    expect(removed.status).toBe(409);
    expect(removed.text).toContain('används i ett mål');

    const survey = await t.request('GET', `/api/s/${token}`);
    const body = survey.body as {
      questions: { id: string; local: boolean; indicator?: number }[];
      instrument: { questions: { id: string; local?: boolean }[]; keyFigures: object };
    };
    expect(body.questions.at(-1)).toMatchObject({ id: 'LDA1', local: true });
    expect(body.questions.at(-1)?.indicator).toBeUndefined();
    expect(body.instrument.questions.find((q) => q.id === 'LDA1')).toMatchObject({
      local: true,
      text: discrimination.text,
      keyFigure: 'lokal-yesno-nej',
    });
    const post = await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: crypto.randomUUID(), kon: 'man', answers: { DA1: 5, LDA1: 'nej' } },
    });
    expect(post.status, post.text).toBe(201);
    const wrong = await t.request('POST', `/api/s/${token}/responses`, {
      body: { id: crypto.randomUUID(), answers: { LDA1: 'kanske' } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('LDA1');

    const rows = ['grupp;kon;DA1;LDA1'];
    for (let i = 0; i < 9; i++) rows.push(`deltagare-avslut;kvinna;4;${i < 7 ? 'nej' : 'ja'}`);
    const imported = await t.request('POST', `/api/rounds/${id}/imports`, {
      cookie,
      raw: `${rows.join('\n')}\n`,
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(imported.status, imported.text).toBe(201);
    const badColumn = await t.request('POST', `/api/rounds/${id}/imports?dryRun=true`, {
      cookie,
      raw: 'grupp;LP1\npersonal;ja\n',
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(badColumn.status).toBe(422);
    expect(badColumn.text).toContain('LP1');

    await t.request('POST', `/api/rounds/${id}/close`, { cookie });
    const report = await t.request('GET', `/api/rounds/${id}/report`, { cookie });
    const local = (report.body as { questions: Record<string, unknown>[] }).questions.find(
      (q) => q.id === 'LDA1',
    );
    expect(local).toMatchObject({ local: true, n: 10, positive: 8, riksnitt: null });
    expect(local).not.toHaveProperty('indicator');
    const csv = await t.request('GET', `/api/rounds/${id}/report?format=csv`, { cookie });
    expect(csv.text).toContain('Lokal fråga;LDA1;Har du blivit diskriminerad');

    const bokslut = await t.request('GET', `/api/rounds/${id}/bokslut`, { cookie });
    const result = (bokslut.body as { malomraden: { targets: { result: unknown }[] }[] })
      .malomraden[0]?.targets[0]?.result;
    expect(result).toEqual({ kind: 'question', n: 10, positive: 8, share: 80, verdict: 'notMet' });
    const bokslutCsv = await t.request('GET', `/api/rounds/${id}/bokslut?format=csv`, { cookie });
    expect(bokslutCsv.text).toContain('Har du blivit diskriminerad');

    // The archive package carries them beside the instrument file, which does not.
    const archive = await t.app.request(`http://localhost/api/rounds/${id}/archive`, {
      headers: { Cookie: await t.login('admin') },
    });
    const files = unzipSync(new Uint8Array(await archive.arrayBuffer()));
    expect(JSON.parse(strFromU8(files['lokala-fragor.json'] ?? new Uint8Array()))).toEqual([
      {
        id: 'LDA1',
        group: 'deltagare-avslut',
        number: 1,
        text: discrimination.text,
        scale: 'yesno',
        keyFigure: 'lokal-yesno-nej',
        positive: ['nej'],
      },
    ]);
    expect(strFromU8(files['svar.csv'] ?? new Uint8Array()).split('\n')[0]).toContain('LDA1');
    expect(strFromU8(files['LASMIG.txt'] ?? new Uint8Array())).toContain('lokala-fragor.json');
  });
});
