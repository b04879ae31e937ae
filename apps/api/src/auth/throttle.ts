/**
 * @module
 * Throttling failed logins, in memory: after five failures for an account name in fifteen
 * minutes, wait; the same answer whether or not the account exists. A client address gets
 * a larger allowance, since a whole office may share one, and one person's typos must not
 * lock out their colleagues. Addresses live here only, for minutes, never in the database.
 */

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;
const MAX_CLIENT_FAILURES = 50;
/** Above this many keys, stale ones are swept on the next failure. */
const SWEEP_ABOVE = 10_000;

export interface LoginAttempt {
  /** The account name as typed, normalised by the caller. */
  readonly account: string;
  /** The client's address, or null when it is not known (then only the account counts). */
  readonly client: string | null;
}

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
    private readonly maxClientFailures = MAX_CLIENT_FAILURES,
  ) {}

  #keys(attempt: LoginAttempt): [key: string, limit: number][] {
    const keys: [string, number][] = [[`account:${attempt.account}`, this.maxFailures]];
    if (attempt.client !== null) keys.push([`client:${attempt.client}`, this.maxClientFailures]);
    return keys;
  }

  #recent(key: string, now: number): number[] {
    const recent = (this.#failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, recent);
    return recent;
  }

  /** Seconds to wait before another attempt, or 0. */
  retryAfter(attempt: LoginAttempt, now: number): number {
    let wait = 0;
    for (const [key, limit] of this.#keys(attempt)) {
      const recent = this.#recent(key, now);
      // The failure that, once out of the window, brings the count below the limit.
      const freeing = recent[recent.length - limit];
      if (recent.length >= limit && freeing !== undefined) {
        wait = Math.max(wait, Math.ceil((freeing + this.windowMs - now) / 1000));
      }
    }
    return wait;
  }

  /**
   * Counts an attempt as failed. Call it before the (slow) password check and take it
   * back with `succeed`: counted only afterwards, a burst of parallel attempts would all
   * pass `retryAfter` before the first failure is recorded.
   */
  fail(attempt: LoginAttempt, now: number): void {
    // An attacker trying many account names must not grow the map without end.
    if (this.#failures.size > SWEEP_ABOVE) {
      for (const key of [...this.#failures.keys()]) this.#recent(key, now);
    }
    for (const [key] of this.#keys(attempt)) {
      this.#failures.set(key, [...this.#recent(key, now), now]);
    }
  }

  /**
   * After a right password: clears the account's failures, and takes back the client's
   * attempt counted at `now`; its earlier failures stay, or a valid login of one's own
   * would reset them.
   */
  succeed(attempt: LoginAttempt, now: number): void {
    this.#failures.delete(`account:${attempt.account}`);
    if (attempt.client === null) return;
    const key = `client:${attempt.client}`;
    const times = this.#failures.get(key) ?? [];
    const i = times.lastIndexOf(now);
    if (i !== -1) times.splice(i, 1);
    if (times.length === 0) this.#failures.delete(key);
  }
}
