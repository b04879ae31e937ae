import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMalomrade, addTarget, fetchBokslut, setOutcome } from './bokslut.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('bokslut.service', () => {
  it('sets a målområde and a target up and reads the bokslut back as JSON', async () => {
    const roundId = await t.round();
    const area = await addMalomrade(t.api, roundId, 'Deltagarnytta');
    if (!area.ok) throw new Error(`area: ${area.status}`);
    const target = await addTarget(t.api, area.body.id, {
      kind: 'manual',
      statement: 'Sjukdagar per försäkrad',
      value: 9,
      unit: 'dagar',
      direction: 'atMost',
    });
    if (!target.ok) throw new Error(`target: ${target.status}`);
    expect((await setOutcome(t.api, target.body.id, 8.5)).status).toBe(204);
    const bokslut = await fetchBokslut(t.api, roundId);
    expect(bokslut.ok && bokslut.body.malomraden[0]?.targets[0]?.result).toEqual({
      kind: 'manual',
      outcome: 8.5,
      verdict: 'met',
    });
  });

  it('gives the problem with the fields named', async () => {
    const roundId = await t.round();
    const area = await addMalomrade(t.api, roundId, 'Samverkan');
    if (!area.ok) throw new Error(`area: ${area.status}`);
    const refused = await addTarget(t.api, area.body.id, {
      kind: 'question',
      questions: ['XX1'],
      options: ['5'],
      share: 80,
    });
    expect(
      refused.ok
        ? []
        : (refused.body as { errors?: { field: string }[] }).errors?.map((e) => e.field),
    ).toEqual(['questions.0']);
  });
});
