import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInsats } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

const root = new URL('../../../../', import.meta.url).pathname;
const example = (name: string) => join(root, 'examples', name);

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

/** Creates a round for the year and imports the example file into it. */
async function importedRound(year: number, cookie: string): Promise<number> {
  const round = await t.request('POST', '/api/rounds', {
    cookie,
    body: { forbundId: t.forbund.norr.id, name: `Mätning ${year}`, year },
  });
  const id = (round.body as { id: number }).id;
  const res = await t.request('POST', `/api/rounds/${id}/imports`, {
    cookie,
    raw: readFileSync(example(`svar-${year}.csv`)),
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(res.status, res.text).toBe(201);
  await close(id, cookie);
  return id;
}

/** Closes a round: its answers enter the report (a release). */
async function close(roundId: number, cookie: string): Promise<void> {
  const res = await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
  expect(res.status, res.text).toBe(200);
}

describe('GET /api/rounds/:id/report', () => {
  it('equals `indikera report` on the same responses, riksnitt and previous year', async () => {
    await createInsats(t.db, t.forbund.norr.id, 'Samverkansteam');
    const installation = await t.login('installation');
    const loaded = await t.request('POST', '/api/riksnitt', {
      cookie: installation,
      raw: readFileSync(example('riksnitt.csv')),
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(loaded.status).toBe(201);
    const cookie = await t.login('koordinator');
    await importedRound(2020, cookie);
    const round2021 = await importedRound(2021, cookie);

    const api = await t.request('GET', `/api/rounds/${round2021}/report`, {
      cookie: await t.login('lasare'),
    });
    expect(api.status).toBe(200);
    const cli = spawnSync(
      process.execPath,
      [
        join(root, 'apps/cli/bin/indikera.mjs'),
        'report',
        example('svar-2021.csv'),
        '--riksnitt',
        example('riksnitt.csv'),
        '--year',
        '2021',
        '--previous',
        example('svar-2020.csv'),
      ],
      { encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const { disclosure, ...report } = api.body as { disclosure: unknown };
    expect(report).toEqual(JSON.parse(cli.stdout));
    expect(disclosure).toEqual({ threshold: 6, releases: 1 });
  });

  it('filters by insats and group, and adds response rates from the links', async () => {
    const cookie = await t.login('koordinator');
    const round = (
      await t.request('POST', '/api/rounds', {
        cookie,
        body: { forbundId: t.forbund.norr.id, name: 'M', year: 2021 },
      })
    ).body as { id: number };
    const link = (
      await t.request('POST', `/api/rounds/${round.id}/links`, {
        cookie,
        body: { group: 'styrelse', insatsId: t.insatser.steget.id, asked: 8 },
      })
    ).body as { token: string };
    for (const value of [6, 5, 2]) {
      await t.request('POST', `/api/s/${link.token}/responses`, {
        body: { id: crypto.randomUUID(), kon: 'kvinna', answers: { S1: value } },
      });
    }
    // A paper form from someone the link's 8 do not include: counted, but not in the rate.
    const paper = await t.request('POST', `/api/rounds/${round.id}/responses`, {
      cookie,
      body: {
        group: 'styrelse',
        kon: 'kvinna',
        insatsId: t.insatser.steget.id,
        answeredOn: '2021-02-01',
        answers: { S1: 4 },
      },
    });
    expect(paper.status, paper.text).toBe(201);
    await close(round.id, cookie);
    const report = await t.request(
      'GET',
      `/api/rounds/${round.id}/report?group=styrelse&insats=${t.insatser.steget.id}`,
      { cookie },
    );
    const body = report.body as {
      groups: unknown[];
      questions: { id: string; n: number; positive: number }[];
    };
    expect(body.groups).toEqual([
      {
        group: 'styrelse',
        responses: 4,
        byGender: { kvinna: 4, man: 0, annat: 0 },
        asked: 8,
        answeredOfAsked: 3,
        responseRate: 37.5,
      },
    ]);
    expect(body.questions.map((q) => q.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
    expect(body.questions[0]).toMatchObject({ n: 4, positive: 2 });
    const other = await t.request(
      'GET',
      `/api/rounds/${round.id}/report?insats=${t.insatser.tidsam.id}`,
      { cookie },
    );
    expect(
      (other.body as { groups: { responses: number }[] }).groups.every((g) => g.responses === 0),
    ).toBe(true);
  });

  it('exports CSV and XLSX without letting a suppressed cell out', async () => {
    const cookie = await t.login('koordinator');
    const round = (
      await t.request('POST', '/api/rounds', {
        cookie,
        body: { forbundId: t.forbund.norr.id, name: 'M', year: 2021 },
      })
    ).body as { id: number };
    const link = (
      await t.request('POST', `/api/rounds/${round.id}/links`, {
        cookie,
        body: { group: 'styrelse' },
      })
    ).body as { token: string };
    // Seven women and three men answer S1: the men's cell (3) is hidden, and so the women's.
    const answers = [...Array(7).fill(['kvinna', 6]), ...Array(3).fill(['man', 1])] as [
      string,
      number,
    ][];
    for (const [kon, S1] of answers) {
      await t.request('POST', `/api/s/${link.token}/responses`, {
        body: { id: crypto.randomUUID(), kon, answers: { S1 } },
      });
    }
    await close(round.id, cookie);
    const json = await t.request('GET', `/api/rounds/${round.id}/report`, { cookie });
    const s1 = (json.body as { questions: { id: string; byGender: unknown }[] }).questions.find(
      (q) => q.id === 'S1',
    );
    expect(s1?.byGender).toEqual({
      kvinna: { suppressed: true },
      man: { suppressed: true },
      annat: { suppressed: true },
    });

    const csv = await t.request('GET', `/api/rounds/${round.id}/report?format=csv`, { cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    // The default opens in Swedish Excel: a byte-order mark, `;`, Swedish words. (A
    // Response's text() drops the byte-order mark, so the bytes are read.)
    const bytes = await (
      await t.app.request(`http://localhost/api/rounds/${round.id}/report?format=csv`, {
        headers: { Cookie: cookie },
      })
    ).arrayBuffer();
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toMatch(
      /^\uFEFFIndikator;Fråga;/,
    );
    const s1Excel = csv.text.split('\r\n').find((line) => line.startsWith('12;S1;')) ?? '';
    expect(s1Excel.split(';').slice(12, 18)).toEqual(['–', '–', '–', '–', '–', '–']);

    const raw = await t.request('GET', `/api/rounds/${round.id}/report?format=csv-raw`, {
      cookie,
    });
    expect(raw.headers.get('content-disposition')).toContain('attachment');
    const s1Row = raw.text.split('\r\n').find((line) => line.startsWith('styrelse,S1,')) ?? '';
    expect(s1Row.split(',').slice(11, 17)).toEqual(['–', '–', '–', '–', '–', '–']);

    const xlsx = await t.app.request(`http://localhost/api/rounds/${round.id}/report?format=xlsx`, {
      headers: { Cookie: cookie },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const { default: readXlsx } = await import('read-excel-file/node');
    const sheets = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    const questions = sheets.find((s) => s.sheet === 'Frågor')?.data ?? [];
    const row = questions.find((r) => r.includes('S1')) ?? [];
    expect(row.filter((cell) => cell === '–')).toHaveLength(6);
  });

  it('refuses unknown filters, and is 404 for another förbund', async () => {
    const cookie = await t.login('koordinator');
    const round = (
      await t.request('POST', '/api/rounds', {
        cookie,
        body: { forbundId: t.forbund.norr.id, name: 'M', year: 2021 },
      })
    ).body as { id: number };
    const bad = await t.request(
      'GET',
      `/api/rounds/${round.id}/report?group=remittenter&insats=${t.insatser.sydInsats.id}&format=pdf`,
      { cookie },
    );
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'query.format',
    ]);
    const wrong = await t.request(
      'GET',
      `/api/rounds/${round.id}/report?group=remittenter&insats=${t.insatser.sydInsats.id}`,
      { cookie },
    );
    expect((wrong.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'query.group',
      'query.insats',
    ]);
    expect(
      (await t.request('GET', `/api/rounds/${round.id}/report`, { cookie: await t.login('syd') }))
        .status,
    ).toBe(404);
  });
});
