/**
 * @module
 * A small test context: the API over a fresh database (a SQLite file, or a PostgreSQL
 * database in the PostgreSQL test projects), a fixed clock, two förbund with
 * users in every role, and a client that talks to the app as a browser on the same site.
 */
import {
  createForbund,
  createInsats,
  createRound,
  createUser,
  type Role,
  type Round,
  setMembership,
  setNationalAnalyst,
} from '@indikera/db';
import { openTestDatabase, rowsOf } from '@indikera/db/test-database';
import { expect } from 'vitest';
import { createApp } from './app';
import { hashPassword } from './auth/password';
import { LoginThrottle } from './auth/throttle';
import { defaultConfig } from './config';

export const PASSWORD = 'rätt-lösenord-123';
export const ORIGIN = 'http://localhost';

export interface TestResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly cookie?: string;
  readonly headers?: Record<string, string>;
  /** Raw body (a file) instead of JSON. */
  readonly raw?: string | Uint8Array;
  /** The client's address, as the web server passes it in. */
  readonly client?: string;
}

let sharedHash: Promise<string> | undefined;

export async function testContext() {
  const connection = await openTestDatabase();
  const { db } = connection;
  let now = new Date('2021-03-15T10:00:00Z');
  const app = createApp({
    db,
    config: { ...defaultConfig, secureCookies: false },
    clock: () => now,
    throttle: new LoginThrottle(),
  });
  // One Argon2 hash for every test user keeps the suite fast; login still verifies it.
  sharedHash ??= hashPassword(PASSWORD);
  const passwordHash = await sharedHash;

  const norr = await createForbund(db, 'Samordningsförbundet Norr');
  const syd = await createForbund(db, 'Samordningsförbundet Syd');
  const steget = await createInsats(db, norr.id, 'Steget fram');
  const tidsam = await createInsats(db, norr.id, 'Tidsam');
  const sydInsats = await createInsats(db, syd.id, 'Vägen');
  const users: Record<string, { id: number; email: string }> = {};
  async function addUser(
    key: string,
    forbundId: number | null,
    role: Role | null,
    installationAdmin = false,
  ) {
    const email = `${key}@example.se`;
    const user = await createUser(db, {
      email,
      name: key,
      passwordHash,
      isInstallationAdmin: installationAdmin,
    });
    if (forbundId !== null && role !== null) await setMembership(db, user.id, forbundId, role);
    users[key] = { id: user.id, email };
  }
  await addUser('admin', norr.id, 'admin');
  await addUser('koordinator', norr.id, 'koordinator');
  await addUser('lasare', norr.id, 'lasare');
  await addUser('syd', syd.id, 'admin');
  await addUser('installation', null, null, true);
  // A national analyst (riksnivå): an installation-level role, no förbund.
  await addUser('analyst', null, null);
  await setNationalAnalyst(db, users.analyst?.id ?? 0, true);

  async function request(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<TestResponse> {
    const headers: Record<string, string> = { Origin: ORIGIN, ...options.headers };
    if (options.cookie) headers.Cookie = options.cookie;
    let body: string | Uint8Array | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const env = options.client === undefined ? undefined : { clientAddress: options.client };
    const res = await app.request(`${ORIGIN}${path}`, { method, headers, body }, env);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: CSV, XLSX or empty.
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  const cookies = new Map<string, string>();
  /** Signs in as one of the seeded users and returns the session cookie. */
  async function login(key: string): Promise<string> {
    const known = cookies.get(key);
    if (known) return known;
    const email = users[key]?.email ?? key;
    const res = await request('POST', '/api/auth/login', { body: { email, password: PASSWORD } });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (res.status !== 200 || !cookie) throw new Error(`login ${key}: ${res.status} ${res.text}`);
    cookies.set(key, cookie);
    return cookie;
  }

  return {
    app,
    db,
    /** The rows of a query in SQL (`?` for each parameter), to look at what is stored. */
    rows: <R = Record<string, unknown>>(query: string, ...parameters: unknown[]) =>
      rowsOf<R>(db, query, ...parameters),
    /** The first row of such a query, or undefined. */
    row: async <R = Record<string, unknown>>(query: string, ...parameters: unknown[]) =>
      (await rowsOf<R>(db, query, ...parameters))[0],
    /** The first column of the first row of such a query (counts as numbers). */
    value: async (query: string, ...parameters: unknown[]): Promise<unknown> => {
      const [first] = await rowsOf<Record<string, unknown>>(db, query, ...parameters);
      const value = first ? Object.values(first)[0] : undefined;
      return typeof value === 'bigint' || /^count/i.test(Object.keys(first ?? {})[0] ?? '')
        ? Number(value)
        : value;
    },
    /** How many rows a table holds. */
    count: async (table: string): Promise<number> =>
      Number((await rowsOf<{ n: unknown }>(db, `SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0),
    request,
    login,
    users,
    forbund: { norr, syd },
    insatser: { steget, tidsam, sydInsats },
    now: () => now,
    setNow: (date: Date) => {
      now = date;
    },
    async close() {
      await connection.close();
    },
  };
}

export type TestContext = Awaited<ReturnType<typeof testContext>>;

/** An open 2021 round of Norr, straight in the database (for service tests). */
export function openRound(t: TestContext): Promise<Round> {
  return createRound(t.db, {
    forbundId: t.forbund.norr.id,
    name: 'Mätning 2021',
    year: 2021,
    instrumentVersion: '2021',
  });
}

/** Creates an open round and a link as the coordinator; returns their ids and token. */
export async function roundWithLink(
  t: TestContext,
  group = 'deltagare-avslut',
  extra: Record<string, unknown> = {},
) {
  const cookie = await t.login('koordinator');
  const round = await t.request('POST', '/api/rounds', {
    cookie,
    body: { forbundId: t.forbund.norr.id, name: 'Mätning 2021', year: 2021 },
  });
  const roundId = (round.body as { id: number }).id;
  const link = await t.request('POST', `/api/rounds/${roundId}/links`, {
    cookie,
    body: { group, insatsId: t.insatser.steget.id, asked: 40, ...extra },
  });
  const { id: linkId, token } = link.body as { id: number; token: string };
  return { roundId, linkId, token, cookie };
}

/** An RFC 9457 problem with the given status. */
export function expectProblem(res: TestResponse, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(res.body).toMatchObject({ type: 'about:blank', status, title: expect.any(String) });
}
