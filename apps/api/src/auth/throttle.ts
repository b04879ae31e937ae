/**
 * @module
 * Throttling failed logins, per account name and per client, in memory: after five
 * failures in fifteen minutes, wait. The same answer whether or not the account exists.
 * Client addresses live here only, for minutes, and never reach the database.
 */

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  #recent(key: string, now: number): number[] {
    const recent = (this.#failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, recent);
    return recent;
  }

  /** Seconds to wait before another attempt with any of these keys, or 0. */
  retryAfter(keys: readonly string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.#recent(key, now);
      const oldest = recent[0];
      if (recent.length >= this.maxFailures && oldest !== undefined) {
        wait = Math.max(wait, Math.ceil((oldest + this.windowMs - now) / 1000));
      }
    }
    return wait;
  }

  fail(keys: readonly string[], now: number): void {
    for (const key of keys) this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.#failures.delete(key);
  }
}
