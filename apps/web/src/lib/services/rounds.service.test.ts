import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listInstruments } from './instruments.service';
import {
  closeRound,
  createRound,
  fetchRound,
  listRounds,
  openRound,
  roundInstrument,
} from './rounds.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('rounds.service', () => {
  it('creates, lists, shows, closes and opens a round', async () => {
    const created = await createRound(t.api, { forbundId: t.forbund.id, name: 'Vår', year: 2021 });
    if (!created.ok) throw new Error(`create: ${created.status}`);
    expect(created.body).toMatchObject({ name: 'Vår', year: 2021, status: 'open' });
    const list = await listRounds(t.api);
    expect(list.ok && list.body.map((r) => r.id)).toEqual([created.body.id]);
    const detail = await fetchRound(t.api, created.body.id);
    expect(detail.ok && detail.body.groups.length).toBeGreaterThan(0);
    expect((await closeRound(t.api, created.body.id)).body).toMatchObject({ status: 'closed' });
    expect((await openRound(t.api, created.body.id)).body).toMatchObject({ status: 'open' });
  });

  it('gives the problem with the fields named, and 404 for a round that is not there', async () => {
    const refused = await createRound(t.api, { forbundId: t.forbund.id, name: '', year: 1999 });
    expect(refused.status).toBe(400);
    expect(refused.ok ? [] : refused.body.errors?.map((e) => e.field)).toEqual(['name', 'year']);
    expect((await fetchRound(t.api, 999)).status).toBe(404);
    expect((await roundInstrument(t.api, 999)).status).toBe(404);
  });

  it('gives the round’s instrument as the API resolves it, from the versions of the registry', async () => {
    const versions = await listInstruments(t.api);
    expect(versions.ok && versions.body.map((v) => v.version)).toEqual(['2021']);
    expect(versions.ok && versions.body[0]?.groupLabels.personal).toBe('Personal i insatserna');
    const created = await createRound(t.api, { forbundId: t.forbund.id, name: 'Vår', year: 2021 });
    if (!created.ok) throw new Error(`create: ${created.status}`);
    const instrument = await roundInstrument(t.api, created.body.id);
    expect(instrument.ok && [instrument.body.version, instrument.body.questions.length]).toEqual([
      '2021',
      41,
    ]);
  });
});
