import { findUserByEmail, setNationalAnalyst as grant, setMembership } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fetchPooledEditions,
  fetchPooledReport,
  fetchPooling,
  listAccounts,
  savePooling,
  setNationalAnalyst,
} from './national.service';
import { EMAIL, type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

async function me() {
  const user = await findUserByEmail(t.db, EMAIL);
  if (!user) throw new Error('no user');
  return user;
}

describe('national.service', () => {
  it("reads the förbund's opt-in; only its admin changes it", async () => {
    const pooling = await fetchPooling(t.api, t.forbund.id);
    expect(pooling.ok && pooling.body).toEqual({ pooled: false });
    expect((await savePooling(t.api, t.forbund.id, true)).status).toBe(403);
    await setMembership(t.db, (await me()).id, t.forbund.id, 'admin');
    const saved = await savePooling(t.api, t.forbund.id, true);
    expect(saved.ok && saved.body).toEqual({ pooled: true });
  });

  it('reads the pooled report as a national analyst, and nothing as anyone else', async () => {
    expect((await fetchPooledEditions(t.api)).status).toBe(403);
    await grant(t.db, (await me()).id, true);
    const editions = await fetchPooledEditions(t.api);
    expect(editions.ok && editions.body).toEqual([]);
    const report = await fetchPooledReport(t.api, 2021, '2021');
    expect(report.ok && report.body).toMatchObject({ year: 2021, forbund: 0 });
  });

  it('lists accounts and grants the role only as the installation administrator', async () => {
    expect((await listAccounts(t.api)).status).toBe(403);
    expect((await setNationalAnalyst(t.api, (await me()).id, true)).status).toBe(403);
  });
});
