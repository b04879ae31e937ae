import { getUser, insertAccountLink } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newLinkToken, unixSeconds } from '../auth/one-time-link';
import { type TestContext, testContext } from '../test-context';
import { InvalidFieldsError } from './domain-errors';
import {
  AccountExistsError,
  createInvitedAccount,
  InvitationGoneError,
  joinByInvitation,
  openInvitation,
} from './invitations.service';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const PASSWORD = 'korall häger vinbär trampolin';
const count = async (sql: string) => Number(await t.value(sql));

async function invite(email: string) {
  const { token, hash } = newLinkToken();
  const forbundId = t.forbund.norr.id;
  await insertAccountLink(
    t.db,
    { kind: 'invitation', email, forbundId, role: 'koordinator' },
    hash,
    t.users.admin?.id ?? null,
    unixSeconds(t.now()) + 3600,
  );
  return openInvitation(t.db, token, t.now());
}

describe('invitations.service', () => {
  it('creates a new person’s account and attaches it with the invited role', async () => {
    const link = await invite('ny@example.se');
    const user = await createInvitedAccount(
      t.db,
      link,
      { name: 'Ny', password: PASSWORD },
      t.now(),
    );
    expect(user.email).toBe('ny@example.se');
    const role = 'SELECT role FROM memberships WHERE user_id = ? AND forbund_id = ?';
    expect(await t.value(role, user.id, t.forbund.norr.id)).toBe('koordinator');
    await expect(joinByInvitation(t.db, link, user, t.now())).rejects.toThrow(InvitationGoneError);
  });

  it('attaches someone with an account, and a member keeps the role they have', async () => {
    const link = await invite('admin@example.se');
    const admin = await getUser(t.db, t.users.admin?.id ?? 0);
    if (!admin) throw new Error('no admin');
    await joinByInvitation(t.db, link, admin, t.now());
    const role = 'SELECT role FROM memberships WHERE user_id = ? AND forbund_id = ?';
    expect(await t.value(role, admin.id, t.forbund.norr.id)).toBe('admin');
  });

  it('leaves no account behind when the invitation was used meanwhile', async () => {
    const link = await invite('ny@example.se');
    const other = await getUser(t.db, t.users.lasare?.id ?? 0);
    if (!other) throw new Error('no läsare');
    // Someone else used the link between the page's check and this person's submit.
    await joinByInvitation(t.db, link, other, t.now());
    const users = await count('SELECT count(*) FROM users');
    await expect(
      createInvitedAccount(t.db, link, { name: 'Ny', password: PASSWORD }, t.now()),
    ).rejects.toThrow(InvitationGoneError);
    expect(await count('SELECT count(*) FROM users')).toBe(users);
  });

  it('refuses a missing name, a weak password and an address with an account', async () => {
    const link = await invite('ny@example.se');
    await expect(createInvitedAccount(t.db, link, { password: '123' }, t.now())).rejects.toThrow(
      InvalidFieldsError,
    );
    const taken = await invite('lasare@example.se');
    await expect(
      createInvitedAccount(t.db, taken, { name: 'L', password: PASSWORD }, t.now()),
    ).rejects.toThrow(AccountExistsError);
  });

  it('knows no used, expired or unknown token', async () => {
    await expect(openInvitation(t.db, 'finns-inte', t.now())).rejects.toThrow(InvitationGoneError);
  });
});
