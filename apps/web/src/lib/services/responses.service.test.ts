import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterPaper, importFile } from './responses.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
let roundId: number;
beforeEach(async () => {
  t = await testApi();
  roundId = await t.round();
});
afterEach(async () => {
  await t.close();
});

const csv = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('responses.service', () => {
  it('stores a paper questionnaire once, however often the same form is saved', async () => {
    const form = {
      id: crypto.randomUUID(),
      group: 'deltagare-avslut',
      kon: 'kvinna' as const,
      answers: { DA1: 4 },
    };
    expect((await enterPaper(t.api, roundId, form)).body).toMatchObject({ status: 'created' });
    expect((await enterPaper(t.api, roundId, form)).body).toMatchObject({ status: 'duplicate' });
  });

  it('checks a file with a dry run, then imports it; a bad line is named', async () => {
    const file = { kind: 'csv' as const, bytes: csv('grupp;kon;DA1\ndeltagare-avslut;man;5\n') };
    const dry = await importFile(t.api, roundId, file, { dryRun: true, batch: '' });
    expect(dry.status).toBe(200);
    expect(dry.ok && dry.body).toMatchObject({ dryRun: true, responses: 1 });
    const done = await importFile(t.api, roundId, file, { dryRun: false, batch: 'Vecka 12' });
    expect(done.status).toBe(201);
    const bad = { kind: 'csv' as const, bytes: csv('grupp;kon;DA1\ndeltagare-avslut;man;9\n') };
    const refused = await importFile(t.api, roundId, bad, { dryRun: true, batch: '' });
    expect(refused.status).toBe(422);
    expect(refused.ok ? [] : refused.body.errors?.map((e) => e.line)).toEqual([2]);
  });
});
