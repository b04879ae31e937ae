import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMe, login, logout, setUp } from '$lib/services/auth.service';
import { uploadRiksnitt } from '$lib/services/riksnitt.service';
import { publicApi, SESSION_COOKIE, type StaffEvent, staffApi } from './api-client';
import { startPlatform } from './platform';

// The one staff request helper: the page request's session cookie goes with every call,
// and what the API sets or clears comes back to the browser, file uploads included.

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'indikera-web-platform-'));
  await startPlatform({ DATABASE_URL: join(dir, 'test.sqlite'), PORT: '3999' });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A page request's cookies, recording what the page would send back to the browser. */
function pageRequest(session?: string) {
  const jar = new Map<string, string>(session ? [[SESSION_COOKIE, session]] : []);
  const sent: { name: string; value: string | null; maxAge?: number }[] = [];
  const event: StaffEvent = {
    url: new URL('http://localhost:3999/konto'),
    getClientAddress: () => '192.0.2.7',
    cookies: {
      get: (name) => jar.get(name),
      set: (name, value, options) => {
        jar.set(name, value);
        sent.push({ name, value, maxAge: options.maxAge });
      },
      delete: (name) => {
        jar.delete(name);
        sent.push({ name, value: null });
      },
    },
  };
  return { event, jar, sent };
}

describe('staffApi', () => {
  let session = '';

  it('brings the session cookie of a sign-in back to the browser', async () => {
    const first = pageRequest();
    const account = {
      forbundName: 'Samordningsförbundet Norr',
      name: 'Admin',
      email: 'admin@example.se',
      password: 'ett-långt-lösenord-2021',
    };
    expect((await setUp(staffApi(first.event), account)).status).toBe(201);
    const signIn = pageRequest();
    const res = await login(staffApi(signIn.event), {
      email: account.email,
      password: account.password,
    });
    expect(res.status).toBe(200);
    session = signIn.jar.get(SESSION_COOKIE) ?? '';
    expect(session).not.toBe('');
    expect(signIn.sent[0]).toMatchObject({ name: SESSION_COOKIE, maxAge: expect.any(Number) });
  });

  it('sends the cookie with each call and relays its renewal, for a file upload too', async () => {
    const page = pageRequest(session);
    const me = await fetchMe(staffApi(page.event));
    expect(me.ok && me.body.email).toBe('admin@example.se');
    expect(page.sent.map((c) => c.name)).toEqual([SESSION_COOKIE]);

    const upload = pageRequest(session);
    const file = new Blob(['year,question,all,kvinna,man\n2021,DA1,80,82,78\n']);
    const res = await uploadRiksnitt(staffApi(upload.event), 'riksnitt', file);
    // The first person is the installation's administrator, who loads riksnitt.
    expect(res.ok && res.body).toEqual({ years: [2021], rows: 1 });
    expect(upload.sent).toEqual([
      { name: SESSION_COOKIE, value: session, maxAge: expect.any(Number) },
    ]);
  });

  it('clears the cookie in the browser when the API ends the session', async () => {
    const page = pageRequest(session);
    expect((await logout(staffApi(page.event))).status).toBe(204);
    expect(page.sent).toEqual([{ name: SESSION_COOKIE, value: null }]);
    expect((await fetchMe(staffApi(pageRequest(session).event))).status).toBe(401);
  });
});

describe('publicApi', () => {
  it('sends no cookie: a respondent is nobody', async () => {
    expect((await fetchMe(publicApi('http://localhost:3999'))).status).toBe(401);
  });
});
