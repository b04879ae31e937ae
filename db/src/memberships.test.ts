import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund, type Forbund } from './forbund';
import { getMembership, listMemberships, removeMembership, setMembership } from './memberships';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createUser, type User } from './users';

let t: TestDatabase;
let user: User;
let norr: Forbund;
let syd: Forbund;
beforeEach(async () => {
  t = await openTestDatabase();
  user = await createUser(t.db, { email: 'eva@x.se', name: 'Eva', passwordHash: 'h' });
  norr = await createForbund(t.db, 'Norr');
  syd = await createForbund(t.db, 'Syd');
});
afterEach(async () => {
  await t.close();
});

describe('memberships', () => {
  it('gives one role per förbund, replaced when set again', async () => {
    await setMembership(t.db, user.id, norr.id, 'lasare');
    await setMembership(t.db, user.id, syd.id, 'admin');
    await setMembership(t.db, user.id, norr.id, 'koordinator');
    expect(await getMembership(t.db, user.id, norr.id)).toBe('koordinator');
    expect(await listMemberships(t.db, user.id)).toEqual([
      { userId: user.id, forbundId: norr.id, forbundName: 'Norr', role: 'koordinator' },
      { userId: user.id, forbundId: syd.id, forbundName: 'Syd', role: 'admin' },
    ]);
  });

  it('removes a membership', async () => {
    await setMembership(t.db, user.id, norr.id, 'admin');
    expect(await removeMembership(t.db, user.id, norr.id)).toBe(true);
    expect(await getMembership(t.db, user.id, norr.id)).toBeUndefined();
    expect(await removeMembership(t.db, user.id, norr.id)).toBe(false);
  });

  it('refuses a role that does not exist', async () => {
    await expect(
      sql`INSERT INTO memberships (user_id, forbund_id, role) VALUES (${user.id}, ${norr.id}, 'superuser')`.execute(
        t.db,
      ),
    ).rejects.toThrow(/check constraint/i);
  });

  it('goes when the user goes', async () => {
    await setMembership(t.db, user.id, norr.id, 'admin');
    await t.db.deleteFrom('users').where('id', '=', user.id).execute();
    expect(await getMembership(t.db, user.id, norr.id)).toBeUndefined();
  });
});
