import { setMembership } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  expectProblem,
  PASSWORD,
  type TestContext,
  type TestResponse,
  testContext,
} from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const HOUR = 60 * 60 * 1000;
const id = (key: string) => t.users[key]?.id ?? 0;
const resetPath = (forbundId: number, key: string) =>
  `/api/forbund/${forbundId}/users/${id(key)}/password-reset`;
const tokenOf = (res: TestResponse) => (res.body as { link: string }).link.split('/').pop() ?? '';
const login = (key: string, password: string) =>
  t.request('POST', '/api/auth/login', { body: { email: `${key}@example.se`, password } });

async function resetAs(admin: string, key: string, forbundId = t.forbund.norr.id) {
  return t.request('POST', resetPath(forbundId, key), { cookie: await t.login(admin) });
}

describe('an administrator’s reset link', () => {
  it('sets a new password once, ending every session of the person', async () => {
    const session = await t.login('koordinator');
    const res = await resetAs('admin', 'koordinator');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      link: expect.stringMatching(/^\/aterstall\/[a-z2-7]{32}$/),
      expiresAt: expect.any(String),
    });
    const token = tokenOf(res);
    expect((await t.request('GET', `/api/password-resets/${token}`)).body).toEqual({
      email: 'koordinator@example.se',
      expiresAt: expect.any(String),
    });
    const set = (password: string) =>
      t.request('POST', `/api/password-resets/${token}`, { body: { password } });
    const trivial = await set('aaaaaaaaaa');
    expectProblem(trivial, 400);
    expect(trivial.body).toMatchObject({ errors: [{ field: 'password' }] });
    expect((await set('kvadrat-lampa-45')).status).toBe(204);
    expectProblem(await t.request('GET', '/api/auth/me', { cookie: session }), 401);
    expectProblem(await login('koordinator', PASSWORD), 401);
    expect((await login('koordinator', 'kvadrat-lampa-45')).status).toBe(200);
    expectProblem(await set('ett-annat-langt-ord-9'), 404);
    const audit = await t.rows(
      "SELECT user_id, action, subject FROM audit_log WHERE action LIKE 'user.password%'",
    );
    expect(audit).toEqual([
      {
        user_id: id('admin'),
        action: 'user.password.reset-link',
        subject: `user:${id('koordinator')}`,
      },
      {
        user_id: id('koordinator'),
        action: 'user.password.reset',
        subject: `user:${id('koordinator')}`,
      },
    ]);
  });

  it('expires after 24 hours', async () => {
    const path = `/api/password-resets/${tokenOf(await resetAs('admin', 'lasare'))}`;
    const start = t.now().getTime();
    t.setNow(new Date(start + 24 * HOUR - 1000));
    expect((await t.request('GET', path)).status).toBe(200);
    t.setNow(new Date(start + 24 * HOUR));
    expectProblem(await t.request('GET', path), 404);
    expectProblem(await t.request('POST', path, { body: { password: 'kvadrat-lampa-45' } }), 404);
  });

  it('is void once the password has been set, by another reset link or by the person', async () => {
    const path = async () =>
      `/api/password-resets/${tokenOf(await resetAs('admin', 'koordinator'))}`;
    const [first, second, third] = [await path(), await path(), await path()];
    const set = (p: string) => t.request('POST', p, { body: { password: 'kvadrat-lampa-45' } });
    expect((await set(first)).status).toBe(204);
    expectProblem(await set(second), 404);
    const fourth = await path();
    const cookie = (await login('koordinator', 'kvadrat-lampa-45')).headers
      .get('set-cookie')
      ?.split(';')[0];
    const changed = await t.request('POST', '/api/auth/password', {
      cookie,
      body: { currentPassword: 'kvadrat-lampa-45', newPassword: 'hallon-cykel-trappa-7' },
    });
    expect(changed.status).toBe(204);
    expectProblem(await t.request('GET', fourth), 404);
    expectProblem(await t.request('GET', third), 404);
  });

  it('is only for someone every one of whose förbund the caller administers', async () => {
    // Not a member here: as if they did not exist.
    expectProblem(await resetAs('syd', 'lasare', t.forbund.syd.id), 404);
    // A member of another förbund too, where the caller is not admin.
    await setMembership(t.db, id('lasare'), t.forbund.syd.id, 'lasare');
    expectProblem(await resetAs('admin', 'lasare'), 403);
    expect((await resetAs('installation', 'lasare')).status).toBe(201);
    // A koordinator may not.
    expectProblem(await resetAs('koordinator', 'lasare'), 403);
  });

  it('leaves an installation administrator to another installation administrator', async () => {
    await setMembership(t.db, id('installation'), t.forbund.norr.id, 'lasare');
    expectProblem(await resetAs('admin', 'installation'), 403);
  });
});
