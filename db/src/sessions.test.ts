import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteExpiredSessions,
  deleteOtherSessionsOfUser,
  deleteSession,
  deleteSessionsOfUser,
  getSessionWithUser,
  insertSession,
  type Session,
  touchSession,
} from './sessions';
import { openTestDatabase, type TestDatabase } from './test-database';
import { createUser, type User } from './users';

let t: TestDatabase;
let user: User;
beforeEach(async () => {
  t = await openTestDatabase();
  user = await createUser(t.db, { email: 'eva@x.se', name: 'Eva', passwordHash: 'h' });
});
afterEach(async () => {
  await t.close();
});

const session = (id: string, at: number, userId = user.id): Session => ({
  id,
  secretHash: new Uint8Array(createHash('sha256').update(`secret-of-${id}`).digest()),
  userId,
  createdAt: at,
  lastVerifiedAt: at,
});

describe('sessions', () => {
  it('stores the secret’s hash as bytes and returns the session with its user', async () => {
    const s = session('abc', 1_700_000_000);
    await insertSession(t.db, s);
    const found = await getSessionWithUser(t.db, 'abc');
    expect(Buffer.from(found?.session.secretHash ?? []).equals(Buffer.from(s.secretHash))).toBe(
      true,
    );
    expect(found?.session).toMatchObject({ id: 'abc', userId: user.id, createdAt: 1_700_000_000 });
    expect(found?.user).toEqual(user);
    expect(await getSessionWithUser(t.db, 'nope')).toBeUndefined();
  });

  it('moves the inactivity timeout on, and removes expired sessions only', async () => {
    await insertSession(t.db, session('old', 1000));
    await insertSession(t.db, session('kept', 1000));
    await touchSession(t.db, 'kept', 5000);
    expect(await deleteExpiredSessions(t.db, 2000)).toBe(1);
    expect(await getSessionWithUser(t.db, 'old')).toBeUndefined();
    expect((await getSessionWithUser(t.db, 'kept'))?.session.lastVerifiedAt).toBe(5000);
  });

  it('signs out one session, or a user everywhere', async () => {
    const other = await createUser(t.db, { email: 'bo@x.se', name: 'Bo', passwordHash: 'h' });
    await insertSession(t.db, session('a', 1000));
    await insertSession(t.db, session('b', 1000));
    await insertSession(t.db, session('c', 1000, other.id));
    await deleteSession(t.db, 'a');
    expect(await getSessionWithUser(t.db, 'a')).toBeUndefined();
    expect(await deleteSessionsOfUser(t.db, user.id)).toBe(1);
    expect(await getSessionWithUser(t.db, 'c')).toBeDefined();
  });

  it('signs a user out everywhere but one session', async () => {
    for (const id of ['here', 'there', 'third']) await insertSession(t.db, session(id, 1000));
    expect(await deleteOtherSessionsOfUser(t.db, user.id, 'here')).toBe(2);
    expect(await getSessionWithUser(t.db, 'here')).toBeDefined();
    expect(await getSessionWithUser(t.db, 'there')).toBeUndefined();
  });
});
