import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInsats,
  fetchAccessibilityContact,
  listInsatser,
  listMembers,
  renameInsats,
} from './forbund.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

describe('forbund.service', () => {
  it('adds, lists and renames insatser; a name taken is a conflict', async () => {
    const created = await createInsats(t.api, t.forbund.id, 'Steget fram');
    if (!created.ok) throw new Error(`create: ${created.status}`);
    expect((await createInsats(t.api, t.forbund.id, 'Steget fram')).status).toBe(409);
    const renamed = await renameInsats(t.api, created.body.id, 'Steget vidare');
    expect(renamed.ok && renamed.body.name).toBe('Steget vidare');
    const list = await listInsatser(t.api, t.forbund.id);
    expect(list.ok && list.body.map((i) => i.name)).toEqual(['Steget vidare']);
  });

  it('keeps members and the accessibility contact to the förbund’s administratörer', async () => {
    expect((await listMembers(t.api, t.forbund.id)).status).toBe(403);
    const contact = await fetchAccessibilityContact(t.api, t.forbund.id);
    expect(contact.ok && contact.body).toEqual({ email: null, phone: null, reviewedOn: null });
  });
});
