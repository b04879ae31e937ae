/**
 * The two attacks of the disclosure-control issue, through every format the API writes:
 * subtracting a filtered report from the unfiltered one, and reading the report before
 * and after one answer.
 */
import { createInsats } from '@indikera/db';
import { parseCsv } from '@indikera/formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

interface Question {
  id: string;
  withheld?: true;
  n?: number;
  byGender?: Record<string, { n?: number; suppressed?: true }>;
}
interface Body {
  groups: { group: string; responses: number; withheld?: true; waiting?: number }[];
  questions: Question[];
  disclosure: { threshold: number; releases: number };
}

async function newRound(cookie: string): Promise<number> {
  const res = await t.request('POST', '/api/rounds', {
    cookie,
    body: { forbundId: t.forbund.norr.id, name: 'Mätning 2021', year: 2021 },
  });
  return (res.body as { id: number }).id;
}

async function link(roundId: number, cookie: string, insatsId?: number): Promise<string> {
  const res = await t.request('POST', `/api/rounds/${roundId}/links`, {
    cookie,
    body: { group: 'deltagare-avslut', ...(insatsId ? { insatsId } : {}) },
  });
  return (res.body as { token: string }).token;
}

async function answer(token: string, kon: string, value: number): Promise<void> {
  const res = await t.request('POST', `/api/s/${token}/responses`, {
    body: {
      id: crypto.randomUUID(),
      kon,
      answers: { DA1: value, DA2: value, DA3: value },
    },
  });
  expect(res.status, res.text).toBe(201);
}

async function setStatus(roundId: number, cookie: string, action: 'open' | 'close') {
  const res = await t.request('POST', `/api/rounds/${roundId}/${action}`, { cookie });
  expect(res.status, res.text).toBe(200);
}

async function report(roundId: number, cookie: string, query = ''): Promise<Body> {
  const res = await t.request(
    'GET',
    `/api/rounds/${roundId}/report?group=deltagare-avslut${query}`,
    {
      cookie,
    },
  );
  expect(res.status, res.text).toBe(200);
  return res.body as Body;
}

const da = (body: Body) => body.questions.filter((q) => /^DA[1-3]$/.test(q.id));

describe('disclosure control through the API', () => {
  it('gives nothing to subtract: Beta’s one man cannot be found from Alfa’s report', async () => {
    const alfa = (await createInsats(t.db, t.forbund.norr.id, 'Alfa')).id;
    const beta = (await createInsats(t.db, t.forbund.norr.id, 'Beta')).id;
    const cookie = await t.login('koordinator');
    const roundId = await newRound(cookie);
    const alfaLink = await link(roundId, cookie, alfa);
    const betaLink = await link(roundId, cookie, beta);
    for (let i = 0; i < 10; i++) await answer(alfaLink, 'kvinna', 5);
    for (let i = 0; i < 10; i++) await answer(alfaLink, 'man', 4);
    for (let i = 0; i < 9; i++) await answer(betaLink, 'kvinna', 6);
    await answer(betaLink, 'man', 1);
    await setStatus(roundId, cookie, 'close');
    const reader = await t.login('lasare');

    const whole = await report(roundId, reader);
    expect(da(whole)).toHaveLength(3);
    for (const q of da(whole)) expect(q.byGender?.man).toMatchObject({ n: 11 });

    for (const insats of [alfa, beta]) {
      const filtered = await report(roundId, reader, `&insats=${insats}`);
      expect(filtered.groups[0]).toMatchObject({ withheld: true });
      for (const q of da(filtered)) {
        expect(q).toEqual(expect.objectContaining({ withheld: true }));
        expect(q).not.toHaveProperty('n');
        expect(q).not.toHaveProperty('distribution');
        expect(q).not.toHaveProperty('byGender');
      }

      // Both CSV variants: for Swedish Excel (the default) and for scripts.
      for (const [format, id, expected] of [
        ['csv', 'Fråga', { n: 'för få svar för att visa', 'Män n': '', 'Andel %': '' }],
        ['csv-raw', 'fraga', { n: 'för få svar för att visa', man_n: '', fordelning: '' }],
      ] as const) {
        const csv = await t.request(
          'GET',
          `/api/rounds/${roundId}/report?group=deltagare-avslut&insats=${insats}&format=${format}`,
          { cookie: reader },
        );
        const table = parseCsv(csv.text);
        if (!table.ok) throw new Error(`${format} does not parse`);
        const { header, records } = table.value;
        const rows = records
          .map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])))
          .filter((r) => /^DA[1-3]$/.test(r[id] ?? ''));
        expect(rows, format).toHaveLength(3);
        for (const row of rows) expect(row, format).toMatchObject(expected);
      }

      const xlsx = await t.app.request(
        `http://localhost/api/rounds/${roundId}/report?group=deltagare-avslut&insats=${insats}&format=xlsx`,
        { headers: { Cookie: reader } },
      );
      const { default: readXlsx } = await import('read-excel-file/node');
      const sheets = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
      const rows = sheets.find((s) => s.sheet === 'Frågor')?.data ?? [];
      const titles = rows[0] ?? [];
      const daRows = rows.filter((r) => /^DA[1-3]$/.test(String(r[1])));
      expect(daRows).toHaveLength(3);
      for (const row of daRows) {
        expect(row[titles.indexOf('n')]).toBe('för få svar för att visa');
        expect(row[titles.indexOf('Män n')]).toBeNull();
        expect(row[titles.indexOf('Andel %')]).toBeNull();
      }
    }
  });

  it('shows nothing of one more answer: the report changes only at a closing, in steps of k', async () => {
    const cookie = await t.login('koordinator');
    const roundId = await newRound(cookie);
    const token = await link(roundId, cookie);
    for (let i = 0; i < 8; i++) await answer(token, i % 2 ? 'kvinna' : 'man', 5);
    const reader = await t.login('lasare');

    // Open and never closed: no figure yet, only how many wait.
    const before = await report(roundId, reader);
    expect(before.disclosure.releases).toBe(0);
    expect(before.groups[0]).toMatchObject({ responses: 0, waiting: 8 });
    expect(da(before).every((q) => q.n === 0)).toBe(true);
    await answer(token, 'man', 1);
    const after = await report(roundId, reader);
    expect(after.questions).toEqual(before.questions);
    expect(after.groups[0]).toMatchObject({ responses: 0, waiting: 9 });

    // Closing publishes them; one more answer after a reopening waits for k − 1 others.
    await setStatus(roundId, cookie, 'close');
    const released = await report(roundId, reader);
    expect(da(released)[0]).toMatchObject({ n: 9 });
    const csv = async () =>
      (await t.request('GET', `/api/rounds/${roundId}/report?format=csv`, { cookie: reader })).text;
    const releasedCsv = await csv();
    await setStatus(roundId, cookie, 'open');
    await answer(token, 'kvinna', 6);
    await setStatus(roundId, cookie, 'close');
    const reclosed = await report(roundId, reader);
    expect(reclosed.questions).toEqual(released.questions);
    expect(reclosed.groups[0]).toMatchObject({ responses: 9, waiting: 1 });
    expect(await csv()).toBe(releasedCsv);

    // Six more (k): they enter together.
    await setStatus(roundId, cookie, 'open');
    for (let i = 0; i < 5; i++) await answer(token, 'kvinna', 6);
    await setStatus(roundId, cookie, 'close');
    const stepped = await report(roundId, reader);
    expect(da(stepped)[0]).toMatchObject({ n: 15 });
    expect(stepped.disclosure.releases).toBe(3);
  });
});
