import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/session';
import { expectProblem, type TestContext, type TestResponse, testContext } from '../test-context';

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

const DAY = 24 * 60 * 60 * 1000;
const id = (key: string) => t.users[key]?.id ?? 0;
const invitations = (forbund: 'norr' | 'syd') =>
  `/api/forbund/${t.forbund[forbund].id}/invitations`;
const memberships = async (key: string) =>
  await t.rows('SELECT forbund_id, role FROM memberships WHERE user_id = ?', id(key));
const count = async (table: string) =>
  ((await t.row(`SELECT count(*) AS n FROM ${table}`)) as { n: number }).n;
const tokenOf = (res: TestResponse) =>
  ((res.body as { link: string }).link.split('/').pop() ?? '') as string;

async function invite(forbund: 'norr' | 'syd', email: string, role = 'lasare') {
  const admin = forbund === 'norr' ? 'admin' : 'syd';
  return t.request('POST', invitations(forbund), {
    cookie: await t.login(admin),
    body: { email, role },
  });
}

describe('POST /api/forbund/:id/invitations', () => {
  it('answers an account of another förbund exactly as an unknown address, and adds no one', async () => {
    const known = await invite('syd', 'LASARE@example.se');
    const unknown = await invite('syd', 'ingen.alls@example.se');
    expect(known.status).toBe(201);
    expect(unknown.status).toBe(201);
    const shape = (res: TestResponse) => {
      const { id: _id, link, email: _email, ...rest } = res.body as Record<string, unknown>;
      return { ...rest, link: String(link).replace(/[a-z2-7]{32}$/, 'TOKEN') };
    };
    expect(shape(known)).toEqual(shape(unknown));
    expect(known.body).toMatchObject({
      email: 'lasare@example.se',
      role: 'lasare',
      link: expect.stringMatching(/^\/inbjudan\/[a-z2-7]{32}$/),
    });
    expect(JSON.stringify(known.body)).not.toMatch(/"name"|lasare"?\s*,\s*"id"/);
    expect(await memberships('lasare')).toEqual([
      { forbund_id: t.forbund.norr.id, role: 'lasare' },
    ]);
    expect(await count('users')).toBe(6);
    // Only a hash of the token is kept.
    const stored = JSON.stringify(await t.rows('SELECT * FROM account_links'));
    expect(stored).not.toContain(tokenOf(known));
  });

  it('lists the open invitations and withdraws one', async () => {
    const res = await invite('norr', 'ny@example.se', 'koordinator');
    const cookie = await t.login('admin');
    const list = await t.request('GET', invitations('norr'), { cookie });
    expect(list.body).toEqual([
      {
        id: expect.any(Number),
        email: 'ny@example.se',
        role: 'koordinator',
        expiresAt: expect.any(String),
      },
    ]);
    const { id: invitationId } = res.body as { id: number };
    expectProblem(
      await t.request('DELETE', `${invitations('syd')}/${invitationId}`, {
        cookie: await t.login('syd'),
      }),
      404,
    );
    expect(
      (await t.request('DELETE', `${invitations('norr')}/${invitationId}`, { cookie })).status,
    ).toBe(204);
    expectProblem(await t.request('GET', `/api/invitations/${tokenOf(res)}`), 404);
  });

  it('is 409 for someone already in the förbund, and refuses a bad address or role', async () => {
    expectProblem(await invite('norr', 'koordinator@example.se'), 409);
    const bad = await invite('norr', 'inte-en-adress', 'chef');
    expectProblem(bad, 400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'email',
      'role',
    ]);
  });

  it('is for the förbund’s admins: 403 for a koordinator, 404 for another förbund', async () => {
    const koordinator = await t.login('koordinator');
    const body = { email: 'ny@example.se', role: 'lasare' };
    expectProblem(await t.request('POST', invitations('norr'), { cookie: koordinator, body }), 403);
    expectProblem(
      await t.request('POST', invitations('syd'), { cookie: await t.login('admin'), body }),
      404,
    );
  });
});

describe('accepting an invitation', () => {
  it('shows whom it is for without revealing whether the account exists', async () => {
    const known = await invite('syd', 'lasare@example.se', 'koordinator');
    const unknown = await invite('syd', 'ingen.alls@example.se', 'koordinator');
    const a = await t.request('GET', `/api/invitations/${tokenOf(known)}`);
    const b = await t.request('GET', `/api/invitations/${tokenOf(unknown)}`);
    expect(a.body).toEqual({
      email: 'lasare@example.se',
      forbundName: 'Samordningsförbundet Syd',
      role: 'koordinator',
      expiresAt: expect.any(String),
    });
    expect(Object.keys(a.body as object)).toEqual(Object.keys(b.body as object));
  });

  it('lets an existing account join once that person accepts, signed in, and only once', async () => {
    const res = await invite('syd', 'lasare@example.se', 'koordinator');
    const cookie = await t.login('lasare');
    const accept = () =>
      t.request('POST', `/api/invitations/${tokenOf(res)}/accept`, { cookie, body: {} });
    expect((await accept()).status).toBe(200);
    expect(await memberships('lasare')).toEqual(
      expect.arrayContaining([{ forbund_id: t.forbund.syd.id, role: 'koordinator' }]),
    );
    expectProblem(await accept(), 404);
    const audit = await t.rows(
      "SELECT user_id, forbund_id FROM audit_log WHERE action = 'invitation.accept'",
    );
    expect(audit).toEqual([{ user_id: id('lasare'), forbund_id: t.forbund.syd.id }]);
  });

  it('lets a new person choose a name and a password, and signs them in', async () => {
    const res = await invite('norr', 'ny@example.se');
    const accepted = await t.request('POST', `/api/invitations/${tokenOf(res)}/accept`, {
      body: { name: '  Nora Ny ', password: 'kvadrat-lampa-45' },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({
      email: 'ny@example.se',
      name: 'Nora Ny',
      memberships: [{ forbundId: t.forbund.norr.id, role: 'lasare' }],
    });
    expect(accepted.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    const login = await t.request('POST', '/api/auth/login', {
      body: { email: 'ny@example.se', password: 'kvadrat-lampa-45' },
    });
    expect(login.status).toBe(200);
  });

  it('refuses a trivial password and a missing name, naming them, and creates no one', async () => {
    const res = await invite('norr', 'ny@example.se');
    const bad = await t.request('POST', `/api/invitations/${tokenOf(res)}/accept`, {
      body: { password: 'aaaaaaaaaa' },
    });
    expectProblem(bad, 400);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'name',
      'password',
    ]);
    expect(await count('users')).toBe(6);
  });

  it('sends someone with an account to sign in, and refuses it to another signed-in person', async () => {
    const res = await invite('syd', 'lasare@example.se');
    const path = `/api/invitations/${tokenOf(res)}/accept`;
    const anonymous = await t.request('POST', path, {
      body: { name: 'Någon', password: 'kvadrat-lampa-45' },
    });
    expectProblem(anonymous, 409);
    const other = await t.request('POST', path, { cookie: await t.login('koordinator'), body: {} });
    expectProblem(other, 403);
    expect(await memberships('lasare')).toEqual([
      { forbund_id: t.forbund.norr.id, role: 'lasare' },
    ]);
    // Still open for the right person.
    const own = await t.request('POST', path, { cookie: await t.login('lasare'), body: {} });
    expect(own.status).toBe(200);
  });

  it('expires after seven days', async () => {
    const res = await invite('norr', 'ny@example.se');
    t.setNow(new Date(t.now().getTime() + 7 * DAY));
    expectProblem(await t.request('GET', `/api/invitations/${tokenOf(res)}`), 404);
    expectProblem(
      await t.request('POST', `/api/invitations/${tokenOf(res)}/accept`, {
        body: { name: 'Ny', password: 'kvadrat-lampa-45' },
      }),
      404,
    );
  });
});
