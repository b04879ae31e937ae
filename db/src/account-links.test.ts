import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteInvitation,
  findUsableAccountLink,
  insertAccountLink,
  listOpenInvitations,
  useAccountLink,
} from './account-links';
import { createForbund } from './forbund';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createUser } from './users';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

const hash = (n: number) => new Uint8Array(32).fill(n);

describe('account links', () => {
  it('finds an invitation by its hash until it is used or expires, and is used once', async () => {
    const forbund = await createForbund(t.db, 'Norr');
    const link = await insertAccountLink(
      t.db,
      { kind: 'invitation', email: 'Eva@x.se', forbundId: forbund.id, role: 'lasare' },
      hash(1),
      null,
      2000,
    );
    expect(await findUsableAccountLink(t.db, 'invitation', hash(1), 1000)).toEqual(link);
    expect(await findUsableAccountLink(t.db, 'reset', hash(1), 1000)).toBeUndefined();
    expect(await findUsableAccountLink(t.db, 'invitation', hash(2), 1000)).toBeUndefined();
    expect(await findUsableAccountLink(t.db, 'invitation', hash(1), 2000)).toBeUndefined();
    expect(await listOpenInvitations(t.db, forbund.id, 1000)).toEqual([link]);
    expect(await useAccountLink(t.db, link.id, 1500)).toBe(true);
    expect(await useAccountLink(t.db, link.id, 1501)).toBe(false);
    expect(await findUsableAccountLink(t.db, 'invitation', hash(1), 1000)).toBeUndefined();
    expect(await listOpenInvitations(t.db, forbund.id, 1000)).toEqual([]);
  });

  it('withdraws an invitation only of its own förbund', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const syd = await createForbund(t.db, 'Syd');
    const link = await insertAccountLink(
      t.db,
      { kind: 'invitation', email: 'eva@x.se', forbundId: norr.id, role: 'admin' },
      hash(3),
      null,
      2000,
    );
    expect(await deleteInvitation(t.db, syd.id, link.id)).toBe(false);
    expect(await deleteInvitation(t.db, norr.id, link.id)).toBe(true);
  });

  it('refuses a reset without a user, and a token hash used twice', async () => {
    const user = await createUser(t.db, { email: 'eva@x.se', name: 'Eva', passwordHash: 'h' });
    await insertAccountLink(
      t.db,
      { kind: 'reset', email: user.email, userId: user.id },
      hash(4),
      null,
      2000,
    );
    await expect(
      insertAccountLink(
        t.db,
        { kind: 'reset', email: 'x@x.se', userId: user.id },
        hash(4),
        null,
        2,
      ),
    ).rejects.toThrow(/unique constraint/i);
    await expect(
      t.db
        .insertInto('account_links')
        .values({ token_hash: hash(5), kind: 'reset', email: 'x@x.se', expires_at: 1 })
        .execute(),
    ).rejects.toThrow(/check constraint/i);
  });
});
