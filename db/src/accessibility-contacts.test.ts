import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAccessibilityContact, setAccessibilityContact } from './accessibility-contacts';
import { createForbund } from './forbund';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('a förbund’s accessibility contact', () => {
  it('is set, replaced and removed, one per förbund', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const syd = await createForbund(t.db, 'Syd');
    expect(await getAccessibilityContact(t.db, norr.id)).toBeUndefined();
    const first = { email: 'a@norr.se', phone: null, reviewedOn: '2026-12-01' };
    await setAccessibilityContact(t.db, norr.id, first);
    expect(await getAccessibilityContact(t.db, norr.id)).toEqual(first);
    const second = { email: null, phone: '010-123 45 67', reviewedOn: '2026-12-02' };
    await setAccessibilityContact(t.db, norr.id, second);
    expect(await getAccessibilityContact(t.db, norr.id)).toEqual(second);
    expect(await getAccessibilityContact(t.db, syd.id)).toBeUndefined();
    await setAccessibilityContact(t.db, norr.id, {
      email: null,
      phone: null,
      reviewedOn: '2026-12-03',
    });
    expect(await getAccessibilityContact(t.db, norr.id)).toBeUndefined();
  });

  it('refuses a day that does not exist', async () => {
    const norr = await createForbund(t.db, 'Norr');
    await expect(
      setAccessibilityContact(t.db, norr.id, {
        email: 'a@b.se',
        phone: null,
        reviewedOn: '2026-02-30',
      }),
    ).rejects.toThrow(/check constraint/i);
  });
});
