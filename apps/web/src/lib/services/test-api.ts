/**
 * @module
 * For the services' tests: the real API in-process over a fresh SQLite file, a förbund
 * with a koordinator, and the typed client as that koordinator, signed in, on the same
 * site (it keeps the session cookie the API sets).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, defaultConfig, hashPassword, LoginThrottle } from '@indikera/api';
import {
  createForbund,
  createUser,
  migrateToLatest,
  openDatabase,
  setMembership,
} from '@indikera/db';
import { type Api, type ApiFetch, apiClient } from './api-answer';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'rätt-lösenord-123';
export const EMAIL = 'koordinator@example.se';

export async function testApi() {
  const dir = mkdtempSync(join(tmpdir(), 'indikera-web-'));
  const connection = openDatabase(join(dir, 'test.sqlite'));
  await migrateToLatest(connection.db);
  const app = createApp({
    db: connection.db,
    config: { ...defaultConfig, secureCookies: false },
    clock: () => new Date('2021-03-15T10:00:00Z'),
    throttle: new LoginThrottle(),
  });
  const forbund = await createForbund(connection.db, 'Samordningsförbundet Norr');
  const user = await createUser(connection.db, {
    email: EMAIL,
    name: 'Koordinatorn',
    passwordHash: await hashPassword(PASSWORD),
    isInstallationAdmin: false,
  });
  await setMembership(connection.db, user.id, forbund.id, 'koordinator');

  let cookie: string | null = null;
  /** Reaches the app as a browser would, keeping the session cookie it is given. */
  const fetch: ApiFetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Origin', ORIGIN);
    if (cookie) headers.set('Cookie', cookie);
    const res = await app.request(String(input), { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? null;
    return res;
  };
  const api: Api = apiClient(ORIGIN, fetch);
  const signIn = await api.api.auth.login.$post({ json: { email: EMAIL, password: PASSWORD } });
  if (signIn.status !== 200) throw new Error(`login: ${signIn.status}`);
  return {
    app,
    api,
    /** A new open round of the förbund; its id. */
    async round(year = 2021): Promise<number> {
      const res = await api.api.rounds.$post({
        json: { forbundId: forbund.id, name: `Mätning ${year}`, year },
      });
      if (res.status !== 201) throw new Error(`round: ${res.status}`);
      return (await res.json()).id;
    },
    fetch,
    db: connection.db,
    forbund,
    async close() {
      await connection.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof testApi>>;
