import { describe, expect, it } from 'vitest';
import { trendVerdict, verdict } from './indicator-verdict';

describe('indicator verdict on the printed differences', () => {
  it('judges the mean of the differences, a mean of exactly ±2 included', () => {
    expect(verdict([1, 3])).toBe('higher'); // mean 2
    expect(verdict([-2, -2, -2])).toBe('lower');
    expect(verdict([-1, -3])).toBe('lower');
    expect(verdict([5])).toBe('higher');
    expect(verdict([1, 2])).toBe('same'); // mean 1.5
    expect(trendVerdict([-1, -3])).toBe('down');
    expect(trendVerdict([1])).toBe('flat');
  });

  it('judges a clear mean even when one question goes the other way', () => {
    // Indicator 9 of the demo: one question lower, four 13–37 points higher.
    expect(verdict([-3, 13, 20, 37, 25])).toBe('higher');
    expect(verdict([4, -10, -6])).toBe('lower');
  });

  it('is mixed only where higher and lower values cancel out', () => {
    expect(verdict([3, -4])).toBe('mixed'); // mean −0.5
    expect(verdict([10, 0, -9])).toBe('mixed');
    expect(trendVerdict([3, -4])).toBe('mixed');
    // Within the margin with nothing outside it on one side: the same.
    expect(verdict([3, -1, 0])).toBe('same');
  });

  it('is null when no question has a comparison', () => {
    expect(verdict([])).toBeNull();
    expect(trendVerdict([])).toBeNull();
  });
});
