import { openTestDatabase, rowsOf } from '@indikera/db/test-database';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { hashPassword } from '../auth/password';
import { LoginThrottle } from '../auth/throttle';
import { defaultConfig } from '../config';
import { ORIGIN, type TestContext, testContext } from '../test-context';

// Spied on, to see that a post to a set-up installation costs no Argon2 hash.
vi.mock('../auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('../auth/password')>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});

let t: TestContext;
beforeEach(async () => {
  t = await testContext();
});
afterEach(async () => {
  await t.close();
});

/** An installation as `pnpm start` leaves it the first time: migrated, no one in it. */
async function emptyInstallation() {
  const connection = await openTestDatabase();
  const app = createApp({
    db: connection.db,
    config: { ...defaultConfig, secureCookies: false },
    clock: () => new Date('2021-03-15T10:00:00Z'),
    throttle: new LoginThrottle(),
  });
  async function request(method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { Origin: ORIGIN };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
  }
  const rows = (query: string) => rowsOf(connection.db, query);
  const count = async (table: string) =>
    ((await rows(`SELECT count(*) AS n FROM ${table}`))[0] as { n: number }).n;
  return { request, count, rows, close: () => connection.close() };
}

const first = {
  forbundName: 'Samordningsförbundet Mitt',
  name: 'Första Admin',
  email: 'forsta@mitt.se',
  password: 'ett-långt-lösenord',
};

describe('GET /api/setup', () => {
  it('says no setup is needed once there are users', async () => {
    const res = await t.request('GET', '/api/setup');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ needed: false });
  });
});

describe('POST /api/setup', () => {
  it('is 409 once there are users, and creates nothing', async () => {
    const users = await t.row('SELECT count(*) AS n FROM users');
    vi.mocked(hashPassword).mockClear();
    const res = await t.request('POST', '/api/setup', { body: first });
    expect(res.status).toBe(409);
    expect(hashPassword).not.toHaveBeenCalled();
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await t.row('SELECT count(*) AS n FROM users')).toEqual(users);
    expect(await t.row('SELECT count(*) AS n FROM forbund')).toEqual({ n: 2 });
  });

  it('on an empty installation creates the förbund and its admin, who can then sign in', async () => {
    const empty = await emptyInstallation();
    try {
      expect((await empty.request('GET', '/api/setup')).body).toEqual({ needed: true });
      const res = await empty.request('POST', '/api/setup', first);
      expect(res.status).toBe(201);
      const { forbundId, userId } = res.body as { forbundId: number; userId: number };
      expect(await empty.rows('SELECT * FROM users')).toEqual([
        expect.objectContaining({
          id: userId,
          email: 'forsta@mitt.se',
          name: 'Första Admin',
          is_installation_admin: 1,
          password_hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/),
        }),
      ]);
      expect(await empty.rows('SELECT * FROM memberships')).toEqual([
        { user_id: userId, forbund_id: forbundId, role: 'admin' },
      ]);
      expect(await empty.rows('SELECT user_id, forbund_id, action FROM audit_log')).toEqual([
        { user_id: userId, forbund_id: forbundId, action: 'installation.setup' },
      ]);
      expect((await empty.request('GET', '/api/setup')).body).toEqual({ needed: false });

      const login = await empty.request('POST', '/api/auth/login', {
        email: first.email,
        password: first.password,
      });
      expect(login.status).toBe(200);
      expect(login.body).toEqual({
        id: userId,
        email: 'forsta@mitt.se',
        name: 'Första Admin',
        isInstallationAdmin: true,
        isNationalAnalyst: false,
        memberships: [{ forbundId, forbundName: 'Samordningsförbundet Mitt', role: 'admin' }],
      });

      const again = await empty.request('POST', '/api/setup', { ...first, email: 'andra@mitt.se' });
      expect(again.status).toBe(409);
      expect(await empty.count('users')).toBe(1);
      expect(await empty.count('forbund')).toBe(1);
    } finally {
      await empty.close();
    }
  });

  it('refuses a short password and a bad e-mail with 400 naming the fields', async () => {
    const empty = await emptyInstallation();
    try {
      const res = await empty.request('POST', '/api/setup', {
        ...first,
        email: 'inte-en-adress',
        password: '123456789',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
        'email',
        'password',
      ]);
      const missing = await empty.request('POST', '/api/setup', { email: first.email });
      expect((missing.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
        'forbundName',
        'name',
        'password',
      ]);
      expect(await empty.count('users')).toBe(0);
      expect(await empty.count('forbund')).toBe(0);
      expect((await empty.request('GET', '/api/setup')).body).toEqual({ needed: true });
    } finally {
      await empty.close();
    }
  });

  it.each(['aaaaaaaaaa', '          ', 'password123', 'forsta@mitt.se'])(
    'refuses the common or trivial password %j with 400 naming the field',
    async (password) => {
      const empty = await emptyInstallation();
      try {
        const res = await empty.request('POST', '/api/setup', { ...first, password });
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({
          errors: [{ field: 'password', message: expect.stringMatching(/för vanligt/) }],
        });
        expect(await empty.count('users')).toBe(0);
      } finally {
        await empty.close();
      }
    },
  );

  it('lets only one of two simultaneous first-run posts win', async () => {
    const empty = await emptyInstallation();
    try {
      const results = await Promise.all([
        empty.request('POST', '/api/setup', first),
        empty.request('POST', '/api/setup', { ...first, forbundName: 'Annat', email: 'b@mitt.se' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await empty.count('users')).toBe(1);
      expect(await empty.count('forbund')).toBe(1);
    } finally {
      await empty.close();
    }
  });
});
