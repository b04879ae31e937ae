import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestContext, testContext } from '../test-context';

let t: TestContext;
let roundId: number;
let koordinator: string;
beforeEach(async () => {
  t = await testContext();
  koordinator = await t.login('koordinator');
  const round = await t.request('POST', '/api/rounds', {
    cookie: koordinator,
    body: { forbundId: t.forbund.norr.id, name: 'Mätning 2021', year: 2021 },
  });
  roundId = (round.body as { id: number }).id;
});
afterEach(async () => {
  await t.close();
});

const put = (body: unknown, cookie = koordinator) =>
  t.request('PUT', `/api/rounds/${roundId}/comments`, { cookie, body });

describe('/api/rounds/:id/comments', () => {
  it('stores a Sammanfattning and a Kommentar per indicator, read by every member', async () => {
    const saved = await put({
      sammanfattning: '  Ett år med fler svar.  ',
      kommentarer: [{ indicator: 1, text: 'Högre än riket, som i fjol.' }],
    });
    expect(saved.status, saved.text).toBe(200);
    const lasare = await t.login('lasare');
    const read = await t.request('GET', `/api/rounds/${roundId}/comments`, { cookie: lasare });
    expect(read.body).toEqual({
      sammanfattning: 'Ett år med fler svar.',
      kommentarer: [{ indicator: 1, text: 'Högre än riket, som i fjol.' }],
    });
    // An empty text removes a comment; what the change does not name stays.
    await put({ kommentarer: [{ indicator: 1, text: ' ' }] });
    expect(
      (await t.request('GET', `/api/rounds/${roundId}/comments`, { cookie: lasare })).body,
    ).toEqual({ sammanfattning: 'Ett år med fler svar.', kommentarer: [] });
  });

  it('refuses too long a text or an unknown indicator by field, without echoing, changing nothing', async () => {
    const long = 'x'.repeat(3001);
    const bad = await put({
      sammanfattning: 'Sparas inte.',
      kommentarer: [{ indicator: 2, text: long }],
    });
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain(long.slice(0, 100));
    expect((bad.body as { errors: { field: string; message: string }[] }).errors).toEqual([
      expect.objectContaining({ field: 'kommentarer.0.text', message: 'högst 3000 tecken' }),
    ]);
    const unknown = await put({ kommentarer: [{ indicator: 17, text: 'Finns inte.' }] });
    expect(unknown.status).toBe(400);
    expect((unknown.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'kommentarer.0.indicator',
    ]);
    const read = await t.request('GET', `/api/rounds/${roundId}/comments`, {
      cookie: koordinator,
    });
    expect(read.body).toEqual({ sammanfattning: '', kommentarer: [] });
  });

  it('goes with the report into its CSV and XLSX', async () => {
    await put({
      sammanfattning: 'Ett år med fler svar.',
      kommentarer: [{ indicator: 12, text: 'Styrelsen; nöjdare "än" förr.' }],
    });
    const csv = await t.request('GET', `/api/rounds/${roundId}/report?format=csv`, {
      cookie: koordinator,
    });
    const lines = csv.text.split('\r\n');
    expect(lines[0]?.endsWith(';Kommentar till indikatorn')).toBe(true);
    const s1 = lines.find((line) => line.startsWith('12;S1;')) ?? '';
    expect(s1.endsWith(';"Styrelsen; nöjdare ""än"" förr."')).toBe(true);
    expect(lines.find((line) => line.startsWith('1;DP1;'))?.endsWith(';')).toBe(true);

    const xlsx = await t.app.request(`http://localhost/api/rounds/${roundId}/report?format=xlsx`, {
      headers: { Cookie: koordinator },
    });
    const { default: readXlsx } = await import('read-excel-file/node');
    const sheets = await readXlsx(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheets.find((s) => s.sheet === 'Kommentarer')?.data).toEqual([
      ['Avser', 'Kommentar'],
      ['Sammanfattning', 'Ett år med fler svar.'],
      ['Indikator 12', 'Styrelsen; nöjdare "än" förr.'],
    ]);
  });
});
