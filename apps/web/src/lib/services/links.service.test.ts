import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLink, listLinks, revokeLink } from './links.service';
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

describe('links.service', () => {
  it('creates a link, lists it with its answers, and revokes it', async () => {
    const link = await createLink(t.api, roundId, { group: 'personal', kiosk: true, asked: 12 });
    if (!link.ok) throw new Error(`link: ${link.status}`);
    expect(link.body).toMatchObject({ groupId: 'personal', kiosk: true, asked: 12 });
    const list = await listLinks(t.api, roundId);
    expect(list.ok && list.body.map((l) => [l.id, l.responses])).toEqual([[link.body.id, 0]]);
    expect((await revokeLink(t.api, link.body.id)).body).toMatchObject({ revoked: true });
  });

  it('refuses a group the instrument does not have, naming the field', async () => {
    const res = await createLink(t.api, roundId, { group: 'ingen' });
    expect(res.status).toBe(400);
    expect(res.ok ? [] : res.body.errors?.map((e) => e.field)).toEqual(['group']);
  });
});
