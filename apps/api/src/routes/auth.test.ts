import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { SESSION_COOKIE } from '../auth/session';
import { LoginThrottle } from '../auth/throttle';
import { defaultConfig } from '../config';
import {
  expectProblem,
  ORIGIN,
  PASSWORD,
  roundWithLink,
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

const T0 = new Date('2021-03-15T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

const login = (email: string, password = PASSWORD) =>
  t.request('POST', '/api/auth/login', { body: { email, password } });
const me = (cookie: string) => t.request('GET', '/api/auth/me', { cookie });
const sessionCookies = (res: TestResponse) =>
  res.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`));
const sessions = async () =>
  ((await t.row('SELECT count(*) AS n FROM sessions')) as { n: number }).n;

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with memberships', async () => {
    const res = await login('koordinator@example.se');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: t.users.koordinator?.id,
      email: 'koordinator@example.se',
      name: 'koordinator',
      isInstallationAdmin: false,
      isNationalAnalyst: false,
      memberships: [
        {
          forbundId: t.forbund.norr.id,
          forbundName: 'Samordningsförbundet Norr',
          role: 'koordinator',
        },
      ],
    });
    const [cookie, ...more] = sessionCookies(res);
    expect(more).toEqual([]);
    expect(cookie).toMatch(
      /^indikera_session=[a-z2-7]+\.[a-z2-7]+; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const audit = await t.rows('SELECT user_id, action FROM audit_log');
    expect(audit).toEqual([{ user_id: t.users.koordinator?.id, action: 'user.login' }]);
  });

  it('marks the cookie Secure when the installation is served over https', async () => {
    const app = createApp({
      db: t.db,
      config: defaultConfig,
      clock: () => T0,
      throttle: new LoginThrottle(),
    });
    const res = await app.request(`${ORIGIN}/api/auth/login`, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.se', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toContain('; Secure');
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    expect((await login('  Admin@Example.SE ')).status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail alike, and stores no session', async () => {
    const wrong = await login('admin@example.se', 'fel-lösenord-123');
    const unknown = await login('ingen@example.se');
    expectProblem(wrong, 401);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toMatchObject({ detail: 'Fel e-postadress eller lösenord.' });
    expect(sessionCookies(wrong)).toEqual([]);
    expect(await sessions()).toBe(0);
  });

  it('names a missing field with 400', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: 'admin@example.se' } });
    expectProblem(res, 400);
    expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'password',
    ]);
  });
});

describe('throttled login', () => {
  async function failFiveTimes(email: string) {
    for (let i = 0; i < 5; i++) expect((await login(email, 'fel-lösenord-123')).status).toBe(401);
  }

  it('from an unknown client, makes the sixth attempt wait 30 s with 429 and Retry-After, even the right password', async () => {
    await failFiveTimes('admin@example.se');
    t.setNow(later(10 * 1000));
    const res = await login('admin@example.se');
    expectProblem(res, 429);
    expect(res.headers.get('retry-after')).toBe('20');
    expect(await sessions()).toBe(0);
  });

  it('throttles an unknown e-mail exactly like a known one', async () => {
    await failFiveTimes('ingen@example.se');
    const res = await login('ingen@example.se');
    expectProblem(res, 429);
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('lets the account in again once the delay has passed with the clock', async () => {
    await failFiveTimes('ADMIN@example.se');
    t.setNow(later(30 * 1000 - 1000));
    expect((await login('admin@example.se')).status).toBe(429);
    t.setNow(later(30 * 1000));
    expect((await login('admin@example.se')).status).toBe(200);
  });

  it('throttles one account, not everyone else', async () => {
    await failFiveTimes('admin@example.se');
    expect((await login('koordinator@example.se')).status).toBe(200);
    await failFiveTimes('ingen@example.se');
    expect((await login('lasare@example.se')).status).toBe(200);
  });

  it('lets no more than five of a burst of parallel attempts reach the password check', async () => {
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => login('admin@example.se', 'fel-lösenord-123')),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([
      401, 401, 401, 401, 401, 429, 429, 429, 429, 429,
    ]);
  });

  it('forgets earlier failures after a successful login', async () => {
    for (let i = 0; i < 4; i++) await login('admin@example.se', 'fel-lösenord-123');
    expect((await login('admin@example.se')).status).toBe(200);
    for (let i = 0; i < 4; i++) await login('admin@example.se', 'fel-lösenord-123');
    expect((await login('admin@example.se')).status).toBe(200);
  });
});

describe('login throttled per client and per account', () => {
  const from = (client: string, email: string, password = PASSWORD) =>
    t.request('POST', '/api/auth/login', { body: { email, password }, client });
  const failFrom = async (client: string, email: string, times: number) => {
    for (let i = 0; i < times; i++) {
      expect((await from(client, email, 'fel-lösenord-123')).status).not.toBe(200);
    }
  };

  it('lets the right password in from a client without failures while an attacker is throttled', async () => {
    await failFrom('198.51.100.66', 'admin@example.se', 5);
    expectProblem(await from('198.51.100.66', 'admin@example.se', 'fel-lösenord-123'), 429);
    expectProblem(await from('198.51.100.66', 'admin@example.se'), 429);
    expect((await from('192.0.2.10', 'admin@example.se')).status).toBe(200);
    // The attacker's client stays throttled after the owner signed in.
    expectProblem(await from('198.51.100.66', 'admin@example.se', 'fel-lösenord-123'), 429);
  });

  it('makes the attacker wait longer after each further failure', async () => {
    await failFrom('198.51.100.66', 'admin@example.se', 5);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await from('198.51.100.66', 'admin@example.se', 'fel-lösenord-123');
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      t.setNow(new Date(t.now().getTime() + wait * 1000));
      expect((await from('198.51.100.66', 'admin@example.se', 'fel-lösenord-123')).status).toBe(
        401,
      );
    }
    expect(waits).toEqual([30, 60, 120, 240]);
  });

  it('stops one client trying many accounts, and only that client', async () => {
    for (let i = 0; i < 50; i++) {
      expect(
        (await from('203.0.113.9', `gissning${i}@example.se`, 'fel-lösenord-123')).status,
      ).toBe(401);
    }
    const refused = await from('203.0.113.9', 'admin@example.se');
    expectProblem(refused, 429);
    expect(Number(refused.headers.get('retry-after'))).toBe(15 * 60);
    expect((await from('203.0.113.10', 'admin@example.se')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me is 401 without a session and the user with one', async () => {
    expectProblem(await t.request('GET', '/api/auth/me'), 401);
    const res = await me(await t.login('installation'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isInstallationAdmin: true, memberships: [] });
  });

  it('stores only a hash of the secret, never the token', async () => {
    const cookie = await t.login('admin');
    const [id, secret] = cookie.slice(`${SESSION_COOKIE}=`.length).split('.');
    const row = (await t.row('SELECT * FROM sessions')) as Record<string, unknown>;
    expect(row.id).toBe(id);
    expect(row.user_id).toBe(t.users.admin?.id);
    const hash = row.secret_hash as Buffer;
    expect(hash).toHaveLength(32);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', Buffer.from(secret ?? '')));
    expect(hash.equals(digest)).toBe(true);
    const stored =
      JSON.stringify(Object.values(row)) + hash.toString('latin1') + hash.toString('hex');
    expect(stored).not.toContain(secret);
  });

  it('refuses a tampered token (the right id with another secret) and keeps the real session', async () => {
    const cookie = await t.login('admin');
    const id = cookie.slice(`${SESSION_COOKIE}=`.length).split('.')[0];
    for (const token of [
      `${id}.${'a'.repeat(32)}`,
      `${id}`,
      `${id}..`,
      `${cookie.split('=')[1]}.x`,
    ]) {
      const res = await me(`${SESSION_COOKIE}=${token}`);
      expectProblem(res, 401);
      expect(sessionCookies(res)).toEqual([expect.stringContaining('Max-Age=0')]);
    }
    expect((await me(cookie)).status).toBe(200);
  });

  it('ends after 8 hours without activity', async () => {
    const cookie = await t.login('lasare');
    t.setNow(later(8 * HOUR - 1000));
    const res = await me(cookie);
    expect(res.status).toBe(200);
    // Four hours and a second are left of its twelve.
    expect(sessionCookies(res)).toEqual([expect.stringContaining('Max-Age=14401')]);
    t.setNow(later(16 * HOUR));
    const expired = await me(cookie);
    expectProblem(expired, 401);
    expect(sessionCookies(expired)).toEqual([expect.stringContaining('Max-Age=0')]);
    expect(await sessions()).toBe(0);
  });

  it('ends exactly 8 hours after the last activity', async () => {
    const cookie = await t.login('lasare');
    t.setNow(later(8 * HOUR));
    expectProblem(await me(cookie), 401);
  });

  it('stays alive while in use (sliding expiry)', async () => {
    const cookie = await t.login('lasare');
    for (const hours of [3, 6, 9]) {
      t.setNow(later(hours * HOUR));
      expect((await me(cookie)).status).toBe(200);
    }
    t.setNow(later(11 * HOUR));
    expect((await me(cookie)).status).toBe(200);
  });

  it('ends 12 hours after sign-in however much it is used, and its cookie says so', async () => {
    const cookie = await t.login('lasare');
    t.setNow(later(7 * HOUR));
    expect((await me(cookie)).status).toBe(200);
    t.setNow(later(11 * HOUR));
    const late = await me(cookie);
    expect(late.status).toBe(200);
    expect(sessionCookies(late)).toEqual([expect.stringContaining('Max-Age=3600')]);
    t.setNow(later(12 * HOUR));
    expectProblem(await me(cookie), 401);
    expect(await sessions()).toBe(0);
  });

  it('signing in over an ended session sets just the new cookie', async () => {
    const old = await t.login('admin');
    t.setNow(later(9 * HOUR));
    const res = await t.request('POST', '/api/auth/login', {
      cookie: old,
      body: { email: 'admin@example.se', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const [cookie, ...more] = sessionCookies(res);
    expect(more).toEqual([]);
    expect(cookie).toContain('Max-Age=28800');
    expect(cookie?.split(';')[0]).not.toBe(old);
  });

  it('logout deletes the session and clears the cookie; the old cookie no longer works', async () => {
    const cookie = await t.login('admin');
    const other = await t.login('koordinator');
    const res = await t.request('POST', '/api/auth/logout', { cookie });
    expect(res.status).toBe(204);
    expect(sessionCookies(res)).toEqual([expect.stringContaining('Max-Age=0')]);
    expect(await sessions()).toBe(1);
    expectProblem(await me(cookie), 401);
    expect((await me(other)).status).toBe(200);
  });
});

describe('requests from another site', () => {
  const elsewhere = { Origin: 'https://elak.example' };

  it('refuses a cross-site logout with 403 and keeps the session', async () => {
    const cookie = await t.login('admin');
    const res = await t.request('POST', '/api/auth/logout', { cookie, headers: elsewhere });
    expectProblem(res, 403);
    expect(await sessions()).toBe(1);
    expect((await me(cookie)).status).toBe(200);
  });

  it('refuses a body-less cross-site POST that would close a round, changing nothing', async () => {
    const { roundId, cookie } = await roundWithLink(t);
    const close = (headers: Record<string, string>) =>
      t.request('POST', `/api/rounds/${roundId}/close`, { cookie, headers });
    expectProblem(await close(elsewhere), 403);
    expect(await t.row('SELECT status FROM rounds')).toEqual({ status: 'open' });
    expect((await close({})).status).toBe(200);
  });

  it('refuses a cross-site login form post', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      raw: `email=admin%40example.se&password=${encodeURIComponent(PASSWORD)}`,
      headers: { ...elsewhere, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(res, 403);
    expect(await sessions()).toBe(0);
  });
});

describe('POST /api/auth/password', () => {
  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    t.request('POST', '/api/auth/password', { cookie, body: { currentPassword, newPassword } });

  it('changes the password and ends every other session of the person, not this one', async () => {
    const here = await t.login('koordinator');
    const elsewhere = (await login('koordinator@example.se')).headers
      .get('set-cookie')
      ?.split(';')[0] as string;
    const colleague = await t.login('lasare');
    expect((await change(here, PASSWORD, 'kvadrat-lampa-45')).status).toBe(204);
    expect((await me(here)).status).toBe(200);
    expectProblem(await me(elsewhere), 401);
    expect((await me(colleague)).status).toBe(200);
    expectProblem(await login('koordinator@example.se'), 401);
    expect((await login('koordinator@example.se', 'kvadrat-lampa-45')).status).toBe(200);
    const audit = await t.rows("SELECT action FROM audit_log WHERE action LIKE 'user.password%'");
    expect(audit).toEqual([{ action: 'user.password.change' }]);
  });

  it('needs the current password, and a new one that is not trivial, naming the field', async () => {
    const cookie = await t.login('koordinator');
    const wrong = await change(cookie, 'fel-lösenord-123', 'kvadrat-lampa-45');
    expectProblem(wrong, 400);
    expect(wrong.body).toMatchObject({ errors: [{ field: 'currentPassword' }] });
    const trivial = await change(cookie, PASSWORD, 'aaaaaaaaaa');
    expectProblem(trivial, 400);
    expect(trivial.body).toMatchObject({ errors: [{ field: 'newPassword' }] });
    expect((await login('koordinator@example.se')).status).toBe(200);
  });

  it('is 401 without a session', async () => {
    expectProblem(
      await t.request('POST', '/api/auth/password', {
        body: { currentPassword: PASSWORD, newPassword: 'kvadrat-lampa-45' },
      }),
      401,
    );
  });
});
