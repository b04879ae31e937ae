/**
 * @module
 * A token bucket per key, in memory: up to `burst` requests at once, then one every
 * `everyMs`. Keys live here only, for minutes, never in the database.
 */

/** Above this many keys, full buckets are swept on the next request. */
const SWEEP_ABOVE = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateRule {
  /** Requests allowed at once. */
  readonly burst: number;
  /** One more request allowed per this many milliseconds. */
  readonly everyMs: number;
}

export class RateLimit {
  readonly #buckets = new Map<string, Bucket>();

  constructor(readonly rule: RateRule) {}

  #tokens(key: string, now: number): number {
    const bucket = this.#buckets.get(key);
    if (!bucket) return this.rule.burst;
    const refilled = bucket.tokens + (now - bucket.at) / this.rule.everyMs;
    return Math.min(this.rule.burst, refilled);
  }

  /** Seconds until `key` may make a request, or 0 when it may now. */
  retryAfter(key: string, now: number): number {
    const tokens = this.#tokens(key, now);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) * this.rule.everyMs) / 1000);
  }

  /** Counts a request of `key` (after `retryAfter` said 0). */
  take(key: string, now: number): void {
    if (this.#buckets.size > SWEEP_ABOVE) {
      for (const old of [...this.#buckets.keys()])
        if (this.#tokens(old, now) >= this.rule.burst) this.#buckets.delete(old);
    }
    this.#buckets.set(key, { tokens: this.#tokens(key, now) - 1, at: now });
  }
}
