import { describe, expect, it } from 'vitest';
import { trendVerdict, verdict } from './indicator-verdict';

describe('indicator verdict', () => {
  it('is mixed when some questions are higher and some lower', () => {
    expect(verdict([3, -4])).toBe('mixed');
    expect(verdict([10, 0, -2.5])).toBe('mixed');
    expect(trendVerdict([3, -4])).toBe('mixed');
  });

  it('otherwise judges the mean of the differences by the ±2 rule', () => {
    expect(verdict([1.5, 2.9])).toBe('higher');
    expect(verdict([3, 1])).toBe('same'); // mean exactly 2.0
    expect(verdict([-1, -3.5])).toBe('lower');
    expect(verdict([5])).toBe('higher');
    expect(trendVerdict([-1, -3.5])).toBe('down');
    expect(trendVerdict([0.5])).toBe('flat');
  });

  it('is null when no question has a comparison', () => {
    expect(verdict([])).toBeNull();
    expect(trendVerdict([])).toBeNull();
  });
});
