/**
 * @module
 * Throttling failed logins, in memory, the same whether or not the account exists.
 *
 * - Per client address: 50 failures in fifteen minutes, over any accounts, and that client
 *   waits (a whole office may share an address, so the allowance is large).
 * - Per account: after five failures in fifteen minutes, a growing delay (30 s, doubling,
 *   at most fifteen minutes) before the next attempt, for the clients that failed on it.
 *   A client without failures on the account is not held up, so no one can lock staff
 *   out by failing on purpose; each new client still meets its own delay after a failure.
 *
 * Addresses live here only, for minutes, never in the database. When the address is not
 * known, the account's delay applies to every attempt.
 */

const WINDOW_MS = 15 * 60 * 1000;
const FREE_FAILURES = 5;
const FIRST_DELAY_MS = 30 * 1000;
const MAX_CLIENT_FAILURES = 50;
/** Above this many keys, stale ones are swept on the next failure. */
const SWEEP_ABOVE = 10_000;

export interface LoginAttempt {
  /** The account name as typed, normalised by the caller. */
  readonly account: string;
  /** The client's address, or null when it is not known. */
  readonly client: string | null;
}

export interface ThrottleLimits {
  readonly windowMs: number;
  /** Failures of an account before the delays begin. */
  readonly freeFailures: number;
  /** The first delay; each further failure doubles it, up to the window. */
  readonly firstDelayMs: number;
  readonly maxClientFailures: number;
}

export const defaultLimits: ThrottleLimits = {
  windowMs: WINDOW_MS,
  freeFailures: FREE_FAILURES,
  firstDelayMs: FIRST_DELAY_MS,
  maxClientFailures: MAX_CLIENT_FAILURES,
};

export class LoginThrottle {
  /** Failure times per key: `account:…`, `client:…` and `pair:…` (account and client). */
  readonly #failures = new Map<string, number[]>();
  readonly #limits: ThrottleLimits;

  constructor(limits: Partial<ThrottleLimits> = {}) {
    this.#limits = { ...defaultLimits, ...limits };
  }

  #keys(attempt: LoginAttempt): string[] {
    const keys = [`account:${attempt.account}`];
    if (attempt.client !== null) {
      keys.push(`client:${attempt.client}`, `pair:${attempt.client}\n${attempt.account}`);
    }
    return keys;
  }

  #recent(key: string, now: number): number[] {
    const recent = (this.#failures.get(key) ?? []).filter((t) => now - t < this.#limits.windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, recent);
    return recent;
  }

  /** Seconds until the client may stop waiting: the client's own limit. */
  #clientWait(client: string, now: number): number {
    const recent = this.#recent(`client:${client}`, now);
    const limit = this.#limits.maxClientFailures;
    // The failure that, once out of the window, brings the count below the limit.
    const freeing = recent[recent.length - limit];
    return recent.length >= limit && freeing !== undefined
      ? freeing + this.#limits.windowMs - now
      : 0;
  }

  /** The account's growing delay, for a client that has failed on it (or is unknown). */
  #accountWait(attempt: LoginAttempt, now: number): number {
    if (
      attempt.client !== null &&
      this.#recent(`pair:${attempt.client}\n${attempt.account}`, now).length === 0
    ) {
      return 0;
    }
    const recent = this.#recent(`account:${attempt.account}`, now);
    const { freeFailures, firstDelayMs, windowMs } = this.#limits;
    const last = recent[recent.length - 1];
    if (recent.length < freeFailures || last === undefined) return 0;
    const delay = Math.min(windowMs, firstDelayMs * 2 ** (recent.length - freeFailures));
    return last + delay - now;
  }

  /** Seconds to wait before another attempt, or 0. */
  retryAfter(attempt: LoginAttempt, now: number): number {
    const clientWait = attempt.client === null ? 0 : this.#clientWait(attempt.client, now);
    const wait = Math.max(clientWait, this.#accountWait(attempt, now));
    return wait > 0 ? Math.ceil(wait / 1000) : 0;
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
    for (const key of this.#keys(attempt)) {
      this.#failures.set(key, [...this.#recent(key, now), now]);
    }
  }

  /**
   * After a right password: takes back the attempt counted at `now`, and this client's
   * failures on the account. Other clients' failures on it stay, or an attacker would
   * start afresh each time the owner signs in; so do the client's failures on other
   * accounts, or a valid login of one's own would reset them.
   */
  succeed(attempt: LoginAttempt, now: number): void {
    const accountKey = `account:${attempt.account}`;
    if (attempt.client === null) {
      this.#failures.delete(accountKey);
      return;
    }
    const pairKey = `pair:${attempt.client}\n${attempt.account}`;
    // The pair's failures include the attempt counted at `now`.
    const own = this.#failures.get(pairKey) ?? [now];
    this.#failures.delete(pairKey);
    this.#takeBack(accountKey, own);
    this.#takeBack(`client:${attempt.client}`, [now]);
  }

  /** Removes one failure at each of `times` from a key's list. */
  #takeBack(key: string, times: readonly number[]): void {
    const list = this.#failures.get(key) ?? [];
    for (const t of times) {
      const i = list.lastIndexOf(t);
      if (i !== -1) list.splice(i, 1);
    }
    if (list.length === 0) this.#failures.delete(key);
  }
}
