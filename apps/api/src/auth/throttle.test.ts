import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle';

const MINUTE = 60 * 1000;
const fromOffice = (account: string) => ({ account, client: '192.0.2.7' });

function failTimes(throttle: LoginThrottle, n: number, attempt = fromOffice('a@x.se'), at = 0) {
  for (let i = 0; i < n; i++) throttle.fail(attempt, at);
}

describe('LoginThrottle', () => {
  it('lets five failures of an account pass and stops the sixth until the window has passed', () => {
    const throttle = new LoginThrottle();
    failTimes(throttle, 4);
    expect(throttle.retryAfter(fromOffice('a@x.se'), 0)).toBe(0);
    failTimes(throttle, 1, fromOffice('a@x.se'), 2 * MINUTE);
    expect(throttle.retryAfter(fromOffice('a@x.se'), 3 * MINUTE)).toBe(12 * 60);
    expect(throttle.retryAfter(fromOffice('a@x.se'), 15 * MINUTE - 1)).toBe(1);
    expect(throttle.retryAfter(fromOffice('a@x.se'), 15 * MINUTE)).toBe(0);
  });

  it('gives a shared client address ten times the allowance of one account', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 49; i++) throttle.fail(fromOffice(`user${i}@x.se`), 0);
    expect(throttle.retryAfter(fromOffice('ny@x.se'), 0)).toBe(0);
    throttle.fail(fromOffice('user49@x.se'), 0);
    expect(throttle.retryAfter(fromOffice('ny@x.se'), 0)).toBe(15 * 60);
    expect(throttle.retryAfter({ account: 'ny@x.se', client: '198.51.100.1' }, 0)).toBe(0);
  });

  it('counts only the account when the client address is unknown', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < 100; i++) throttle.fail({ account: `u${i}@x.se`, client: null }, 0);
    expect(throttle.retryAfter({ account: 'ny@x.se', client: null }, 0)).toBe(0);
  });

  it('on success clears the account and takes back only that attempt of the client', () => {
    const throttle = new LoginThrottle(5, 15 * MINUTE, 3);
    failTimes(throttle, 2, fromOffice('a@x.se'), 0);
    throttle.fail(fromOffice('b@x.se'), MINUTE);
    throttle.succeed(fromOffice('b@x.se'), MINUTE);
    expect(throttle.retryAfter(fromOffice('c@x.se'), MINUTE)).toBe(0);
    failTimes(throttle, 1, fromOffice('c@x.se'), MINUTE);
    expect(throttle.retryAfter(fromOffice('d@x.se'), MINUTE)).toBe(14 * 60);
  });
});
