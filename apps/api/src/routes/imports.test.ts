import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { roundWithLink, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const rows = async (table: string) =>
  ((await t.row(`SELECT count(*) AS n FROM ${table}`)) as { n: number }).n;
const GOOD =
  'grupp;kon;insats;datum;DA1;DA8;DA9;P1\n' +
  'deltagare-avslut;kvinna;Steget fram;2021-01-10;5;ja;4;\n' +
  'deltagare-avslut;;;;6;nej;;\n' +
  'personal;man;tidsam;;;;;3\n';
const BAD = GOOD.replace('deltagare-avslut;;;;6;nej;;', 'deltagare-avslut;;;;6;nej;5;');

function upload(
  roundId: number,
  cookie: string,
  body: string | Uint8Array,
  query = '',
  type = 'text/csv',
) {
  return t.request('POST', `/api/rounds/${roundId}/imports${query}`, {
    cookie,
    raw: body,
    headers: { 'Content-Type': type },
  });
}

describe('POST /api/rounds/:id/imports', () => {
  it('imports a CSV file all at once, with the insatser matched by name', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(roundId, cookie, GOOD, '?batch=Vecka%2012');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      dryRun: false,
      responses: 3,
      byGroup: { 'deltagare-avslut': 2, personal: 1 },
      created: 3,
      duplicate: 0,
    });
    expect(await rows('responses')).toBe(3);
    expect(await rows('answers')).toBe(6);
    expect(
      await t.row(
        "SELECT insats_id, answered_on, channel, batch FROM responses WHERE group_id = 'personal'",
      ),
    ).toEqual({
      insats_id: t.insatser.tidsam.id,
      answered_on: '2021-03-15',
      channel: 'import',
      batch: 'Vecka 12',
    });
  });

  it('stores nothing from a file with one bad line, and names the line; the corrected file imports', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(roundId, cookie, BAD);
    expect(res.status).toBe(422);
    expect((res.body as { errors: unknown[] }).errors).toEqual([
      { field: 'DA9', line: 3, message: 'besvaras bara när DA8 är ja' },
    ]);
    expect(await rows('responses')).toBe(0);
    expect((await upload(roundId, cookie, GOOD)).status).toBe(201);
    expect(await rows('responses')).toBe(3);
  });

  it('names an insats the förbund does not have, by line', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(
      roundId,
      cookie,
      'grupp,insats,P1\npersonal,Tidsam,5\npersonal,Vägen,4\n',
    );
    expect(res.status).toBe(422);
    expect((res.body as { errors: unknown[] }).errors).toEqual([
      { field: 'insats', line: 3, message: 'okänd insats "Vägen"' },
    ]);
    expect(await rows('responses')).toBe(0);
  });

  it('checks without storing on a dry run', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const res = await upload(roundId, cookie, GOOD, '?dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, responses: 3 });
    expect(await rows('responses')).toBe(0);
  });

  it('stores the same file only once', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    await upload(roundId, cookie, GOOD);
    const again = await upload(roundId, cookie, GOOD);
    expect(again.body).toMatchObject({ created: 0, duplicate: 3 });
    expect(await rows('responses')).toBe(3);
  });

  it('imports an XLSX file with the same rules', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const data = [
      [{ value: 'grupp' }, { value: 'kon' }, { value: 'S1' }],
      [{ value: 'styrelse' }, { value: 'kvinna' }, { value: 5, type: Number }],
      [{ value: 'styrelse' }, null, { value: 9, type: Number }],
    ];
    const bytes = new Uint8Array(await writeXlsxFile(data).toBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const bad = await upload(roundId, cookie, bytes, '', type);
    expect(bad.status).toBe(422);
    expect(
      (bad.body as { errors: { line: number; field: string }[] }).errors.map((e) => [
        e.line,
        e.field,
      ]),
    ).toEqual([[3, 'S1']]);
    const good = new Uint8Array(await writeXlsxFile(data.slice(0, 2)).toBuffer());
    expect((await upload(roundId, cookie, good, '', type)).status).toBe(201);
    expect(await rows('responses')).toBe(1);
  });

  it('refuses other content types and files that are not spreadsheets', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    expect((await upload(roundId, cookie, GOOD, '', 'application/pdf')).status).toBe(415);
    const broken = await upload(
      roundId,
      cookie,
      new Uint8Array([1, 2, 3]),
      '',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(broken.status).toBe(422);
    expect(await rows('responses')).toBe(0);
  });

  it('takes a past year into a closed round, released into the report at once, audited', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    const dry = await upload(roundId, cookie, GOOD, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(await rows('responses')).toBe(0);
    const res = await upload(roundId, cookie, GOOD);
    expect(res.status, res.text).toBe(201);
    // Released as the round's next release, as closing would: none waits for a closing.
    expect(await t.rows('SELECT DISTINCT release FROM responses')).toEqual([{ release: 1 }]);
    expect(await t.value('SELECT status FROM rounds')).toBe('closed');
    const report = await t.request('GET', `/api/rounds/${roundId}/report`, { cookie });
    expect(report.body).toMatchObject({ disclosure: { releases: 1 } });
    const da1 = (report.body as { questions: { id: string; n?: number }[] }).questions.find(
      (q) => q.id === 'DA1',
    );
    expect(da1?.n).toBe(2);
    expect(await t.row('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1')).toEqual({
      action: 'response.import',
    });
  });

  it('refuses a culled round (410), storing nothing', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    await t.request('POST', `/api/rounds/${roundId}/close`, { cookie });
    await t.db.updateTable('rounds').set({ culled_on: '2021-03-01' }).execute();
    const res = await upload(roundId, cookie, GOOD);
    expect(res.status).toBe(410);
    expect(await rows('responses')).toBe(0);
  });
});
