/**
 * Signing in reveals nothing and cannot be hammered: an unknown address and a wrong
 * password get the same answer in about the same time, five failures for an address make
 * the next attempt wait (429 with Retry-After), and a session ends after eight hours
 * without activity and twelve hours after sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app';
import { LoginThrottle } from '../../apps/api/src/auth/throttle';
import { defaultConfig } from '../../apps/api/src/config';
import { ORIGIN, PASSWORD, type TestContext, testContext } from '../../apps/api/src/test-context';
import { median } from '../load/measurement';

const HOUR = 60 * 60 * 1000;

describe('login', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testContext();
  });
  afterAll(async () => {
    await t.close();
  });

  const attempt = (email: string, password = 'fel-lösenord-123') =>
    t.request('POST', '/api/auth/login', { body: { email, password } });

  it('answers an unknown address exactly as a wrong password', async () => {
    const unknown = await attempt('ingen.alls@example.se');
    const wrong = await attempt('lasare@example.se');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.text).toBe(wrong.text);
    for (const res of [unknown, wrong]) {
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('makes the sixth attempt for an address wait, known or not, even with the right password', async () => {
    const known: { status: number; text: string; retry: string | null }[] = [];
    const unknown: typeof known = [];
    for (let i = 0; i < 6; i++) {
      for (const [email, into] of [
        ['admin@example.se', known],
        ['finns.inte@example.se', unknown],
      ] as const) {
        const res = await attempt(email, i === 5 ? PASSWORD : 'fel-lösenord-123');
        into.push({ status: res.status, text: res.text, retry: res.headers.get('retry-after') });
      }
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(known[5]?.text).toBe(unknown[5]?.text);
    expect(Number(known[5]?.retry)).toBeGreaterThan(0);
    expect(Number(known[5]?.retry)).toBeLessThanOrEqual(15 * 60);
    // Other addresses are not locked out by it.
    expect(
      (
        await t.request('POST', '/api/auth/login', {
          body: { email: 'koordinator@example.se', password: PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('takes about as long for an unknown address as for a wrong password', async () => {
    // An app of its own whose throttle never answers 429, so every attempt is checked.
    const app = createApp({
      db: t.db,
      config: { ...defaultConfig, secureCookies: false },
      clock: () => new Date('2021-03-15T10:00:00Z'),
      throttle: new LoginThrottle({ freeFailures: 1000, maxClientFailures: 1000 }),
    });
    const timed = async (email: string) => {
      const start = performance.now();
      const res = await app.request(`${ORIGIN}/api/auth/login`, {
        method: 'POST',
        headers: { Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'fel-lösenord-123' }),
      });
      await res.text();
      expect(res.status).toBe(401);
      return performance.now() - start;
    };
    // The first unknown address makes the stand-in hash: not part of what is compared.
    await timed('uppvarmning@example.se');
    await timed('lasare@example.se');
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 7; i++) {
      unknown.push(await timed(`okand${i}@example.se`));
      known.push(await timed('lasare@example.se'));
    }
    const ratio = median(unknown) / median(known);
    expect(
      ratio,
      `unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms`,
    ).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  }, 30_000);

  it('ends a session after eight hours without activity, and twelve hours after sign-in', async () => {
    const start = new Date('2021-03-15T10:00:00Z').getTime();
    t.setNow(new Date(start));
    const res = await t.request('POST', '/api/auth/login', {
      body: { email: 'lasare@example.se', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const me = () => t.request('GET', '/api/auth/me', { cookie });

    // Used every five hours, it lives on past eight hours from login.
    for (const hours of [5, 10]) {
      t.setNow(new Date(start + hours * HOUR));
      expect((await me()).status, `after ${hours} hours`).toBe(200);
    }
    // Twelve hours after sign-in it has ended, however recently used, and the cookie is cleared.
    t.setNow(new Date(start + 12 * HOUR));
    const ended = await me();
    expect(ended.status).toBe(401);
    expect(ended.headers.get('set-cookie')).toMatch(/indikera_session=;.*Max-Age=0/);
    // And it stays ended when the clock is turned back.
    t.setNow(new Date(start + 11 * HOUR));
    expect((await me()).status).toBe(401);
  });
});
