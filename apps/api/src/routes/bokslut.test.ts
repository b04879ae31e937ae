import { umea2017Csv } from '@indikera/synthetic';
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

async function importAndClose(id = roundId) {
  const res = await t.request('POST', `/api/rounds/${id}/imports`, {
    cookie: koordinator,
    raw: umea2017Csv('DA8'),
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(res.status, res.text).toBe(201);
  expect((await t.request('POST', `/api/rounds/${id}/close`, { cookie: koordinator })).status).toBe(
    200,
  );
}

async function setUp(id = roundId) {
  const area = await t.request('POST', `/api/rounds/${id}/malomraden`, {
    cookie: koordinator,
    body: { name: 'Deltagarnytta' },
  });
  expect(area.status, area.text).toBe(201);
  const areaId = (area.body as { id: number }).id;
  const add = async (body: Record<string, unknown>) => {
    const res = await t.request('POST', `/api/malomraden/${areaId}/targets`, {
      cookie: koordinator,
      body,
    });
    expect(res.status, res.text).toBe(201);
    return (res.body as { id: number }).id;
  };
  const onQuestion = (question: string, options: string[], share = 80) =>
    add({
      kind: 'question',
      goal: '1.4 Deltagare känner att verksamheten är organiserad runt deras behov.',
      questions: [question],
      options,
      share,
    });
  await onQuestion('DA1', ['4', '5', '6']);
  await onQuestion('DA2', ['4', '5', '6']);
  await onQuestion('DA5', ['4', '5', '6']);
  await onQuestion('DA6', ['4', '5', '6']);
  await onQuestion('DA8', ['nej'], 100);
  const manual = await add({
    kind: 'manual',
    goal: '2.4 Antalet sjukdagar per försäkrad har minskats.',
    statement: 'Antalet sjukdagar per försäkrad ska vid utgången av 2020 vara 9,0',
    value: 9,
    unit: 'sjukdagar per försäkrad',
    direction: 'atMost',
  });
  return { areaId, manual };
}

const bokslut = async (query = '', id = roundId) =>
  t.request('GET', `/api/rounds/${id}/bokslut${query}`, { cookie: await t.login('lasare') });

type Body = { malomraden: { name: string; targets: { kind: string; result: unknown }[] }[] };

describe('the socialt bokslut', () => {
  it("gives Umeå's results from the answers, judged against the targets and the margin", async () => {
    const { manual } = await setUp();
    await importAndClose();
    const res = await bokslut();
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ releases: 1, margin: 5 });
    const [area] = (res.body as Body).malomraden;
    expect(area?.name).toBe('Deltagarnytta');
    expect(area?.targets.map((target) => target.result)).toEqual([
      { kind: 'question', n: 95, positive: 63, share: 66, verdict: 'notMet' },
      { kind: 'question', n: 94, positive: 72, share: 77, verdict: 'near' },
      { kind: 'question', n: 95, positive: 48, share: 51, verdict: 'notMet' },
      { kind: 'question', n: 94, positive: 34, share: 36, verdict: 'notMet' },
      { kind: 'question', n: 94, positive: 90, share: 96, verdict: 'near' },
      { kind: 'manual', outcome: null, verdict: null },
    ]);

    const patch = await t.request('PATCH', `/api/targets/${manual}`, {
      cookie: koordinator,
      body: { outcome: 9.3 },
    });
    expect(patch.status, patch.text).toBe(204);
    const margin = await t.request('PUT', `/api/forbund/${t.forbund.norr.id}/malmarginal`, {
      cookie: await t.login('admin'),
      body: { points: 1 },
    });
    expect(margin.status, margin.text).toBe(204);
    const after = (await bokslut()).body as Body;
    expect(
      after.malomraden[0]?.targets.map((target) => (target.result as { verdict: string }).verdict),
    ).toEqual(['notMet', 'notMet', 'notMet', 'notMet', 'notMet', 'notMet']);

    const csv = await bokslut('?format=csv');
    expect(csv.headers.get('content-disposition')).toContain('socialt-bokslut-2021-');
    expect(csv.text).toContain(
      'Deltagarnytta;1.4 Deltagare känner att verksamheten är organiserad runt deras behov.;80 % av dem som svarat på frågan ”Har du fått stöd på ett sätt som är till stor nytta för dig?” anger som svar: ofta, för det mesta eller alltid;66 % (63/95);Ej uppfyllt',
    );
    expect(csv.text).toContain(';9,3 sjukdagar per försäkrad;Ej uppfyllt');
    const xlsx = await t.app.request(`http://localhost/api/rounds/${roundId}/bokslut?format=xlsx`, {
      headers: { Cookie: koordinator },
    });
    const { default: readXlsx } = await import('read-excel-file/node');
    const [sheet] = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet?.data[1]?.slice(3)).toEqual(['66 % (63/95)', 'Ej uppfyllt']);
  });

  it('shows no figure before the answers are released into the report', async () => {
    await setUp();
    const open = await t.request('POST', `/api/rounds/${roundId}/imports`, {
      cookie: koordinator,
      raw: umea2017Csv('DA8'),
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(open.status).toBe(201);
    const results = ((await bokslut()).body as Body).malomraden[0]?.targets.map(
      (target) => target.result,
    );
    expect(results?.slice(0, 5)).toEqual(
      Array(5).fill({ kind: 'question', n: 0, positive: 0, share: null, verdict: null }),
    );
    expect((await bokslut()).body).toMatchObject({ releases: 0 });
    expect((await bokslut('?format=csv')).text).toContain(';Inga svar i rapporten;');
  });

  it('refuses questions, options and shares the round does not have, by field, storing nothing', async () => {
    const { areaId } = await setUp();
    const post = (body: Record<string, unknown>) =>
      t.request('POST', `/api/malomraden/${areaId}/targets`, { cookie: koordinator, body });
    const fields = async (body: Record<string, unknown>) =>
      ((await post(body)).body as { errors: { field: string }[] }).errors.map((e) => e.field);
    const base = { kind: 'question', questions: ['DA1'], options: ['5'], share: 80 };
    expect(await fields({ ...base, questions: ['XX9'] })).toEqual(['questions.0']);
    expect(await fields({ ...base, options: ['ja'] })).toEqual(['options.0']);
    expect(await fields({ ...base, questions: ['DA1', 'DA8'] })).toEqual(['questions']);
    expect(await fields({ ...base, share: 120 })).toEqual(['share']);
    expect(
      await fields({
        kind: 'manual',
        statement: '\u0000',
        value: 1,
        unit: '',
        direction: 'atLeast',
      }),
    ).toEqual(['statement']);
    expect((await post({ ...base, questions: [] })).status).toBe(400);
    expect(((await bokslut()).body as Body).malomraden[0]?.targets).toHaveLength(6);
    const lasare = await t.request('POST', `/api/malomraden/${areaId}/targets`, {
      cookie: await t.login('lasare'),
      body: base,
    });
    expect(lasare.status).toBe(403);
    const syd = await t.request('POST', `/api/malomraden/${areaId}/targets`, {
      cookie: await t.login('syd'),
      body: base,
    });
    expect(syd.status).toBe(404);
  });

  it("carries last year's målområden and targets over on request, outcomes left empty", async () => {
    const { manual } = await setUp();
    await t.request('PATCH', `/api/targets/${manual}`, {
      cookie: koordinator,
      body: { outcome: 8 },
    });
    const next = await round(2022);
    const copy = await t.request('POST', `/api/rounds/${next}/bokslut/copy`, {
      cookie: koordinator,
    });
    expect(copy.status, copy.text).toBe(200);
    expect(copy.body).toEqual({ copied: 6 });
    const copied = ((await bokslut('', next)).body as Body).malomraden;
    expect(copied.map((a) => a.name)).toEqual(['Deltagarnytta']);
    expect(copied[0]?.targets.at(-1)?.result).toEqual({
      kind: 'manual',
      outcome: null,
      verdict: null,
    });
    const again = await t.request('POST', `/api/rounds/${next}/bokslut/copy`, {
      cookie: koordinator,
    });
    expect(again.status).toBe(409);
  });
});
