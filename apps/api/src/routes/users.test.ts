import { setMembership } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, type TestContext, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const id = (key: string) => t.users[key]?.id ?? 0;
const users = () => `/api/forbund/${t.forbund.norr.id}/users`;
const roleOf = async (key: string) =>
  await t.row(
    'SELECT role FROM memberships WHERE user_id = ? AND forbund_id = ?',
    id(key),
    t.forbund.norr.id,
  );

async function asAdmin(method: string, path: string, body?: unknown) {
  return t.request(method, path, { cookie: await t.login('admin'), body });
}

describe('GET /api/forbund/:id/users', () => {
  it('lists the förbund’s users and roles, by name', async () => {
    const res = await asAdmin('GET', users());
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: id('admin'), email: 'admin@example.se', name: 'admin', role: 'admin' },
      {
        id: id('koordinator'),
        email: 'koordinator@example.se',
        name: 'koordinator',
        role: 'koordinator',
      },
      { id: id('lasare'), email: 'lasare@example.se', name: 'lasare', role: 'lasare' },
    ]);
  });
});

describe('adding someone by e-mail', () => {
  it('is not done here: an account of another förbund is neither added nor revealed', async () => {
    const res = await t.request('POST', `/api/forbund/${t.forbund.syd.id}/users`, {
      cookie: await t.login('syd'),
      body: { email: 'LASARE@example.se', role: 'lasare' },
    });
    expect(res.status).not.toBe(201);
    expect(res.text).not.toContain('lasare');
    expect(await roleOf('lasare')).toEqual({ role: 'lasare' });
    const inSyd = await t.row(
      'SELECT count(*) AS n FROM memberships WHERE forbund_id = ?',
      t.forbund.syd.id,
    );
    expect(inSyd).toEqual({ n: 1 });
  });
});

describe('PUT /api/forbund/:id/users/:userId', () => {
  it('changes a role', async () => {
    const res = await asAdmin('PUT', `${users()}/${id('lasare')}`, { role: 'koordinator' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: id('lasare'),
      email: 'lasare@example.se',
      name: 'lasare',
      role: 'koordinator',
    });
    expect(await roleOf('lasare')).toEqual({ role: 'koordinator' });
  });

  it('is 404 for someone who is not a member, and 400 for an unknown role', async () => {
    expectProblem(await asAdmin('PUT', `${users()}/${id('syd')}`, { role: 'lasare' }), 404);
    expectProblem(await asAdmin('PUT', `${users()}/${id('lasare')}`, { role: 'chef' }), 400);
    expect(await roleOf('lasare')).toEqual({ role: 'lasare' });
  });
});

describe('DELETE /api/forbund/:id/users/:userId', () => {
  it('takes a user out of the förbund, who then cannot see it', async () => {
    expect((await asAdmin('DELETE', `${users()}/${id('lasare')}`)).status).toBe(204);
    expect(await roleOf('lasare')).toBeUndefined();
    const rounds = await t.request('GET', `/api/rounds?forbund=${t.forbund.norr.id}`, {
      cookie: await t.login('lasare'),
    });
    expectProblem(rounds, 404);
    expectProblem(await asAdmin('DELETE', `${users()}/${id('lasare')}`), 404);
  });
});

describe('the last admin', () => {
  it('cannot be demoted or removed', async () => {
    const self = `${users()}/${id('admin')}`;
    expectProblem(await asAdmin('PUT', self, { role: 'koordinator' }), 409);
    expectProblem(await asAdmin('DELETE', self), 409);
    expect(await roleOf('admin')).toEqual({ role: 'admin' });
    expect(await asAdmin('PUT', self, { role: 'admin' })).toMatchObject({ status: 200 });
  });

  it('can step down once there is another', async () => {
    await asAdmin('PUT', `${users()}/${id('koordinator')}`, { role: 'admin' });
    expect((await asAdmin('PUT', `${users()}/${id('admin')}`, { role: 'lasare' })).status).toBe(
      200,
    );
    expect(await roleOf('admin')).toEqual({ role: 'lasare' });
  });

  it('is kept when two admins demote each other at the same moment', async () => {
    await setMembership(t.db, id('koordinator'), t.forbund.norr.id, 'admin');
    const [a, b] = [await t.login('admin'), await t.login('koordinator')];
    const results = await Promise.all([
      t.request('PUT', `${users()}/${id('koordinator')}`, { cookie: a, body: { role: 'lasare' } }),
      t.request('PUT', `${users()}/${id('admin')}`, { cookie: b, body: { role: 'lasare' } }),
    ]);
    // One wins. The other is refused as the last admin (409), or, where the databases
    // really run both at once (PostgreSQL) and the winner committed first, as no longer
    // an admin at all (403): either way the förbund keeps exactly one.
    const [won, lost] = results.map((r) => r.status).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    const admins = await t.row(
      "SELECT count(*) AS n FROM memberships WHERE forbund_id = ? AND role = 'admin'",
      t.forbund.norr.id,
    );
    expect(admins).toEqual({ n: 1 });
  });
});

describe('the installation administrator', () => {
  it('manages users even when a läsare in the förbund', async () => {
    await setMembership(t.db, id('installation'), t.forbund.norr.id, 'lasare');
    const cookie = await t.login('installation');
    expect((await t.request('GET', users(), { cookie })).status).toBe(200);
    const res = await t.request('PUT', `${users()}/${id('lasare')}`, {
      cookie,
      body: { role: 'admin' },
    });
    expect(res.status).toBe(200);
    expect(await roleOf('lasare')).toEqual({ role: 'admin' });
  });
});
