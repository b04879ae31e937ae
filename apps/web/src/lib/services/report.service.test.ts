import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLink } from './links.service';
import { fetchComments, fetchReport, saveComments } from './report.service';
import { submitResponse } from './survey.service';
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

describe('report.service', () => {
  it('gives the report as JSON, with what disclosure control tells the reader', async () => {
    const link = await createLink(t.api, roundId, { group: 'deltagare-avslut' });
    if (!link.ok) throw new Error(`link: ${link.status}`);
    for (let i = 0; i < 3; i++) {
      const body = { id: crypto.randomUUID(), kon: null, answers: { DA1: 5 } };
      expect(await submitResponse(t.api, link.body.token, body)).toEqual({ kind: 'stored' });
    }
    const open = await fetchReport(t.api, roundId);
    if (!open.ok) throw new Error(`report: ${open.status}`);
    // Answers enter the report when the round closes.
    expect(open.body.groups.find((g) => g.group === 'deltagare-avslut')?.waiting).toBe(3);
    expect(open.body.disclosure).toEqual({ threshold: expect.any(Number), releases: 0 });
    const one = await fetchReport(t.api, roundId, { group: 'deltagare-avslut' });
    expect(one.ok && one.body.groups.map((g) => g.group)).toEqual(['deltagare-avslut']);
  });

  it('refuses a group the instrument does not have', async () => {
    const res = await fetchReport(t.api, roundId, { group: 'ingen' });
    expect(res.status).toBe(400);
    expect(res.ok ? [] : res.body.errors?.map((e) => e.field)).toEqual(['query.group']);
  });

  it('saves and reads the Sammanfattning and a Kommentar', async () => {
    const saved = await saveComments(t.api, roundId, {
      sammanfattning: 'Ett bra år.',
      kommentarer: [{ indicator: 2, text: 'Bättre än riket.' }],
    });
    expect(saved.status).toBe(200);
    const read = await fetchComments(t.api, roundId);
    expect(read.ok && read.body).toEqual({
      sammanfattning: 'Ett bra år.',
      kommentarer: [{ indicator: 2, text: 'Bättre än riket.' }],
    });
  });
});
