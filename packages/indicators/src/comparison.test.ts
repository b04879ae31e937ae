import { describe, expect, it } from 'vitest';
import { judgeDifference, trend, versus } from './comparison';

describe('the ±2 rule on printed figures', () => {
  it('counts a printed difference of exactly 2 either way', () => {
    expect(judgeDifference(2)).toBe('higher');
    expect(judgeDifference(-2)).toBe('lower');
    expect(versus(77, 75)).toBe('higher');
    expect(versus(64, 66)).toBe('lower');
  });

  it('counts −1, 0 and +1 as the same', () => {
    expect(judgeDifference(1)).toBe('same');
    expect(judgeDifference(0)).toBe('same');
    expect(judgeDifference(-1)).toBe('same');
    expect(versus(76, 75)).toBe('same');
  });

  it('gives null without both figures, and arrows for trends', () => {
    expect(versus(null, 75)).toBeNull();
    expect(versus(80, null)).toBeNull();
    expect(trend(80, 68)).toBe('up');
    expect(trend(66, 68)).toBe('down');
    expect(trend(67, 68)).toBe('flat');
    expect(trend(null, 68)).toBeNull();
  });
});
