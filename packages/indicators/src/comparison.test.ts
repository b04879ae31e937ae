import { describe, expect, it } from 'vitest';
import { judgeDifference, trend, versus } from './comparison';
import { shareOf } from './share';

describe('the ±2 rule', () => {
  it('counts a difference of exactly 2.0 either way as the same', () => {
    expect(judgeDifference(2)).toBe('same');
    expect(judgeDifference(-2)).toBe('same');
    expect(versus(77, 75)).toBe('same');
    expect(versus(73, 75)).toBe('same');
  });

  it('counts anything beyond 2 as higher or lower', () => {
    expect(judgeDifference(2.01)).toBe('higher');
    expect(judgeDifference(-2.01)).toBe('lower');
    expect(versus(80, 75)).toBe('higher');
    expect(versus(58.5, 75)).toBe('lower');
  });

  it('keeps a true difference of exactly 2 the same despite floating point', () => {
    // 3 of 125 is 2.4 %: against a riksnitt of 4.4 the difference is exactly −2, but
    // binary floating point makes it −2.0000000000000004.
    const share = shareOf(3, 125);
    expect(share !== null && share - 4.4 < -2).toBe(true);
    expect(versus(share, 4.4)).toBe('same');
    expect(trend(share, 4.4)).toBe('flat');
  });

  it('gives null without both shares, and arrows for trends', () => {
    expect(versus(null, 75)).toBeNull();
    expect(versus(80, null)).toBeNull();
    expect(trend(80, 67.74193548387096)).toBe('up');
    expect(trend(60, 67.74193548387096)).toBe('down');
    expect(trend(66, 67.74193548387096)).toBe('flat');
  });
});
