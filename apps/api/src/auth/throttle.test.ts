import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const from = (client: string | null, account = 'a@x.se') => ({ account, client });

function failTimes(throttle: LoginThrottle, n: number, attempt = from('192.0.2.7'), at = 0) {
  for (let i = 0; i < n; i++) throttle.fail(attempt, at);
}

describe('LoginThrottle', () => {
  it('lets five failures of an account pass, then delays 30 s, doubling with each failure', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 4);
    expect(throttle.retryAfter(from('192.0.2.7'), 0)).toBe(0);
    failTimes(throttle, 1, from('192.0.2.7'), 2 * MINUTE);
    expect(throttle.retryAfter(from('192.0.2.7'), 2 * MINUTE)).toBe(30);
    expect(throttle.retryAfter(from('192.0.2.7'), 2 * MINUTE + 29 * SECOND)).toBe(1);
    expect(throttle.retryAfter(from('192.0.2.7'), 2 * MINUTE + 30 * SECOND)).toBe(0);
    failTimes(throttle, 1, from('192.0.2.7'), 3 * MINUTE);
    expect(throttle.retryAfter(from('192.0.2.7'), 3 * MINUTE)).toBe(60);
  });

  it('never delays longer than the window, and forgets failures older than it', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 12);
    expect(throttle.retryAfter(from('192.0.2.7'), 0)).toBe(15 * 60);
    expect(throttle.retryAfter(from('192.0.2.7'), 15 * MINUTE)).toBe(0);
  });

  it('does not delay a client without failures on the account', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 8, from('198.51.100.66'));
    expect(throttle.retryAfter(from('198.51.100.66'), 0)).toBeGreaterThan(0);
    expect(throttle.retryAfter(from('192.0.2.10'), 0)).toBe(0);
    // Once it fails too, it meets the account's delay.
    throttle.fail(from('192.0.2.10'), 0);
    expect(throttle.retryAfter(from('192.0.2.10'), 0)).toBeGreaterThan(0);
  });

  it('delays every attempt on the account when the client is unknown', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 5, from(null));
    expect(throttle.retryAfter(from(null), 0)).toBe(30);
  });

  it('stops a client after 50 failures over any accounts, and no other client', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 49; i++) throttle.fail(from('192.0.2.7', `user${i}@x.se`), 0);
    expect(throttle.retryAfter(from('192.0.2.7', 'ny@x.se'), 0)).toBe(0);
    throttle.fail(from('192.0.2.7', 'user49@x.se'), 0);
    expect(throttle.retryAfter(from('192.0.2.7', 'ny@x.se'), 0)).toBe(15 * 60);
    expect(throttle.retryAfter(from('198.51.100.1', 'ny@x.se'), 0)).toBe(0);
  });

  it('on success forgets the client’s failures on the account, not other clients’', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 4, from('198.51.100.66'), 0);
    failTimes(throttle, 3, from('192.0.2.10'), MINUTE);
    throttle.fail(from('192.0.2.10'), 2 * MINUTE);
    throttle.succeed(from('192.0.2.10'), 2 * MINUTE);
    // The owner's three typos no longer count, the attacker's four do: one more failure
    // is the fifth (30 s), not the ninth (8 minutes).
    throttle.fail(from('192.0.2.10'), 3 * MINUTE);
    expect(throttle.retryAfter(from('192.0.2.10'), 3 * MINUTE)).toBe(30);
    throttle.fail(from('198.51.100.66'), 3 * MINUTE);
    expect(throttle.retryAfter(from('198.51.100.66'), 3 * MINUTE)).toBe(60);
  });
});
