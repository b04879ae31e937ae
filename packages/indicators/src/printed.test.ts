import { describe, expect, it } from 'vitest';
import { printedPercent, printedShare } from './printed';

describe('figures as printed', () => {
  it('rounds a share half up to a whole percent, exactly', () => {
    expect(printedShare(1, 8)).toBe(13); // 12.5
    expect(printedShare(69, 200)).toBe(35); // 34.5
    expect(printedShare(2, 3)).toBe(67);
    expect(printedShare(1, 3)).toBe(33);
    expect(printedShare(0, 5)).toBe(0);
    expect(printedShare(5, 5)).toBe(100);
    // 100 × 1 ÷ 200 = 0.5 and 100 × 201 ÷ 400 = 50.25: no binary rounding on the way.
    expect(printedShare(1, 200)).toBe(1);
    expect(printedShare(201, 400)).toBe(50);
  });

  it('has no printed share when nobody answered', () => {
    expect(printedShare(0, 0)).toBeNull();
  });

  it('rounds a riksnitt figure half up', () => {
    expect(printedPercent(75.5)).toBe(76);
    expect(printedPercent(75.49)).toBe(75);
    expect(printedPercent(64.5)).toBe(65);
    expect(printedPercent(75)).toBe(75);
    expect(printedPercent(null)).toBeNull();
  });
});
