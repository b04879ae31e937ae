import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';

describe('RateLimit', () => {
  it('allows a burst, then one request per interval, per key', () => {
    const limit = new RateLimit({ burst: 3, everyMs: 2000 });
    for (let i = 0; i < 3; i++) {
      expect(limit.retryAfter('a', 0)).toBe(0);
      limit.take('a', 0);
    }
    expect(limit.retryAfter('a', 0)).toBe(2);
    expect(limit.retryAfter('b', 0)).toBe(0);
    expect(limit.retryAfter('a', 1000)).toBe(1);
    expect(limit.retryAfter('a', 2000)).toBe(0);
    limit.take('a', 2000);
    expect(limit.retryAfter('a', 2000)).toBe(2);
  });

  it('refills no further than the burst', () => {
    const limit = new RateLimit({ burst: 2, everyMs: 1000 });
    limit.take('a', 0);
    limit.take('a', 0);
    for (let i = 0; i < 2; i++) limit.take('a', 60_000);
    expect(limit.retryAfter('a', 60_000)).toBe(1);
  });
});
