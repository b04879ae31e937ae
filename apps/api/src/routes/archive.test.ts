import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countResponses, createInsats, listAuditLogOfForbund } from '@indikera/db';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveManifest } from '../services/round-archive';
import { expectProblem, type TestContext, testContext } from '../test-context';

const root = new URL('../../../../', import.meta.url).pathname;

let t: TestContext;
let admin: string;
let koordinator: string;
let roundId: number;
beforeEach(async () => {
  t = await testContext();
  admin = await t.login('admin');
  koordinator = await t.login('koordinator');
  await createInsats(t.db, t.forbund.norr.id, 'Samverkansteam');
  roundId = await importedRound('Mätning 2021');
});
afterEach(async () => {
  await t.close();
});

/** A round of 2021 holding the example answers, closed so they are in its report. */
async function importedRound(
  name: string,
  csv = readFileSync(join(root, 'examples', 'svar-2021.csv')),
) {
  const round = await t.request('POST', '/api/rounds', {
    cookie: koordinator,
    body: { forbundId: t.forbund.norr.id, name, year: 2021 },
  });
  const id = (round.body as { id: number }).id;
  const imported = await t.request('POST', `/api/rounds/${id}/imports`, {
    cookie: koordinator,
    raw: csv,
    headers: { 'Content-Type': 'text/csv' },
  });
  expect(imported.status, imported.text).toBe(201);
  expect((await t.request('POST', `/api/rounds/${id}/close`, { cookie: koordinator })).status).toBe(
    200,
  );
  return id;
}

async function download(id = roundId, cookie = admin) {
  const res = await t.app.request(`http://localhost/api/rounds/${id}/archive`, {
    headers: { Cookie: cookie },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const actions = async () =>
  (await listAuditLogOfForbund(t.db, t.forbund.norr.id)).map((e) => ({
    action: e.action,
    detail: e.detail,
  }));

describe('GET /api/rounds/:id/archive', () => {
  it('packs the answers, instrument, report as JSON and PDF, with a manifest of checksums', async () => {
    const { res, bytes } = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="arkivpaket-2021-${roundId}.zip"`,
    );
    const files = unzipSync(bytes);
    const manifest = JSON.parse(
      strFromU8(files['manifest.json'] ?? new Uint8Array()),
    ) as ArchiveManifest;
    expect(manifest).toMatchObject({
      format: 'indikera-arkivpaket/1',
      forbund: 'Samordningsförbundet Norr',
      round: { id: roundId, name: 'Mätning 2021', year: 2021, instrumentVersion: '2021' },
      createdOn: '2021-03-15',
      responses: await countResponses(t.db, roundId),
      disclosureThreshold: 6,
    });
    expect(manifest.files.map((f) => f.name).sort()).toEqual(
      Object.keys(files)
        .filter((n) => n !== 'manifest.json')
        .sort(),
    );
    for (const file of manifest.files) {
      const content = files[file.name] ?? new Uint8Array();
      expect(file.bytes, file.name).toBe(content.byteLength);
      expect(file.sha256, file.name).toBe(createHash('sha256').update(content).digest('hex'));
    }
    const report = await t.request('GET', `/api/rounds/${roundId}/report`, { cookie: admin });
    expect(JSON.parse(strFromU8(files['rapport.json'] ?? new Uint8Array()))).toEqual(report.body);
    // The instrument file of the round's version, byte for byte as the registry keeps it.
    expect(files['instrument.json']).toEqual(
      new Uint8Array(readFileSync(join(root, 'packages/instrument/instruments/nns-2021.json'))),
    );
    expect(strFromU8((files['rapport.pdf'] ?? new Uint8Array()).subarray(0, 5))).toBe('%PDF-');
    expect(await actions()).toContainEqual({
      action: 'round.archive',
      detail: { responses: manifest.responses },
    });
  });

  it('writes answers that import again into the very same report', async () => {
    const files = unzipSync((await download()).bytes);
    const again = await importedRound(
      'Återläst',
      Buffer.from(files['svar.csv'] ?? new Uint8Array()),
    );
    const report = async (id: number) =>
      (await t.request('GET', `/api/rounds/${id}/report`, { cookie: admin })).body;
    expect(await report(again)).toEqual(await report(roundId));
  });

  it('is for the förbund admin of a closed round only', async () => {
    expectProblem(
      await t.request('GET', `/api/rounds/${roundId}/archive`, { cookie: koordinator }),
      403,
    );
    expect((await download(roundId, await t.login('lasare'))).res.status).toBe(403);
    expect((await download(roundId, await t.login('syd'))).res.status).toBe(404);
    await t.request('POST', `/api/rounds/${roundId}/open`, { cookie: koordinator });
    const open = await t.request('GET', `/api/rounds/${roundId}/archive`, { cookie: admin });
    expect(open.status).toBe(409);
    expect(open.text).toContain('Stäng mätningen först');
  });
});

describe('gallring', () => {
  const setDate = (cullAfter: unknown, cookie = admin) =>
    t.request('PUT', `/api/rounds/${roundId}/gallring`, { cookie, body: { cullAfter } });
  const cull = (confirm: string, cookie = admin) =>
    t.request('POST', `/api/rounds/${roundId}/gallring/cull`, { cookie, body: { confirm } });

  it('culls nothing before the day the förbund set, nor on its own after it', async () => {
    const stored = await countResponses(t.db, roundId);
    expect((await cull('Mätning 2021')).text).toContain('Ange först från vilken dag');
    expect((await setDate('2021-03-16')).status).toBe(200);
    const early = await cull('Mätning 2021');
    expect(early.status).toBe(409);
    expect(early.text).toContain('tidigast 2021-03-16');
    // A day that has passed deletes nothing by itself.
    expect((await setDate('2021-03-14')).status).toBe(200);
    expect(
      (await t.request('GET', `/api/rounds/${roundId}/report`, { cookie: admin })).status,
    ).toBe(200);
    expect(await countResponses(t.db, roundId)).toBe(stored);
  });

  it('culls every answer of the round after confirmation, once, with an audit entry', async () => {
    const stored = await countResponses(t.db, roundId);
    await setDate('2021-03-15');
    const wrong = await cull('Mätning 2020');
    expect(wrong.status).toBe(400);
    expect((wrong.body as { errors: { field: string }[] }).errors[0]?.field).toBe('confirm');
    expect(await countResponses(t.db, roundId)).toBe(stored);
    expect((await cull('Mätning 2021', koordinator)).status).toBe(403);

    const done = await cull(' Mätning 2021 ');
    expect(done.status, done.text).toBe(200);
    expect(done.body).toEqual({
      cullAfter: '2021-03-15',
      culledOn: '2021-03-15',
      responses: stored,
    });
    expect(await countResponses(t.db, roundId)).toBe(0);
    const answers = await t.db
      .selectFrom('answers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(answers?.n)).toBe(0);
    expect(await actions()).toEqual(
      expect.arrayContaining([
        { action: 'round.cull-date', detail: { cullAfter: '2021-03-15' } },
        { action: 'round.cull', detail: { responses: stored, cullAfter: '2021-03-15' } },
      ]),
    );

    // What is left says so: no report, no archive, no reopening, no second culling.
    for (const [method, path] of [
      ['GET', `/api/rounds/${roundId}/report`],
      ['GET', `/api/rounds/${roundId}/archive`],
      ['POST', `/api/rounds/${roundId}/open`],
      ['POST', `/api/rounds/${roundId}/gallring/cull`],
    ] as const) {
      const res = await t.request(method, path, {
        cookie: admin,
        body: path.endsWith('cull') ? { confirm: 'Mätning 2021' } : undefined,
      });
      expectProblem(res, 410);
      expect(res.text).toContain('Svaren gallrades 2021-03-15');
    }
    const round = await t.request('GET', `/api/rounds/${roundId}`, { cookie: admin });
    expect(round.body).toMatchObject({ culledOn: '2021-03-15', cullAfter: '2021-03-15' });
  });

  it('refuses a day that is not in the calendar, by field, changing nothing', async () => {
    const bad = await setDate('2021-02-30');
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0]?.field).toBe('cullAfter');
    expect((await setDate('snart')).status).toBe(400);
    const round = await t.request('GET', `/api/rounds/${roundId}`, { cookie: admin });
    expect(round.body).toMatchObject({ cullAfter: null, culledOn: null });
    expect((await setDate('2030-01-01', koordinator)).status).toBe(403);
  });
});
