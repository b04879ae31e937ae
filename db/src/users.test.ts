import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund } from './forbund';
import { setMembership } from './memberships';
import { openTestDatabase, type TestDatabase } from './test-database';
import {
  createUser,
  findUserByEmail,
  getUser,
  hasUsers,
  listUsersOfForbund,
  updatePassword,
} from './users';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('users', () => {
  it('tells whether the installation has any account yet', async () => {
    expect(await hasUsers(t.db)).toBe(false);
    await createUser(t.db, { email: 'anna@example.se', name: 'Anna', passwordHash: 'h' });
    expect(await hasUsers(t.db)).toBe(true);
  });

  it('finds a user by email whatever its case, with the hash only there', async () => {
    const anna = await createUser(t.db, {
      email: 'Anna@Example.se',
      name: 'Anna',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x',
    });
    expect(anna).toEqual({
      id: anna.id,
      email: 'Anna@Example.se',
      name: 'Anna',
      isInstallationAdmin: false,
      isNationalAnalyst: false,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(await findUserByEmail(t.db, 'anna@example.SE')).toMatchObject({
      id: anna.id,
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x',
    });
    expect(await getUser(t.db, anna.id)).not.toHaveProperty('passwordHash');
    expect(await findUserByEmail(t.db, 'bo@example.se')).toBeUndefined();
  });

  it('refuses a second account for the same email in another case', async () => {
    await createUser(t.db, { email: 'anna@example.se', name: 'Anna', passwordHash: 'h' });
    await expect(
      createUser(t.db, { email: 'ANNA@example.se', name: 'Anna 2', passwordHash: 'h' }),
    ).rejects.toThrow(/unique constraint/i);
  });

  it('changes a password', async () => {
    const user = await createUser(t.db, { email: 'a@b.se', name: 'A', passwordHash: 'old' });
    expect(await updatePassword(t.db, user.id, 'new')).toBe(true);
    expect((await findUserByEmail(t.db, 'a@b.se'))?.passwordHash).toBe('new');
    expect(await updatePassword(t.db, 999, 'new')).toBe(false);
  });

  it('lists the members of a förbund with their roles', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const syd = await createForbund(t.db, 'Syd');
    const bo = await createUser(t.db, { email: 'bo@x.se', name: 'Bo', passwordHash: 'h' });
    const ada = await createUser(t.db, {
      email: 'ada@x.se',
      name: 'Ada',
      passwordHash: 'h',
      isInstallationAdmin: true,
    });
    await setMembership(t.db, bo.id, norr.id, 'koordinator');
    await setMembership(t.db, ada.id, norr.id, 'lasare');
    await setMembership(t.db, ada.id, syd.id, 'admin');
    expect(
      (await listUsersOfForbund(t.db, norr.id)).map((u) => [u.name, u.role, u.isInstallationAdmin]),
    ).toEqual([
      ['Ada', 'lasare', true],
      ['Bo', 'koordinator', false],
    ]);
  });
});
