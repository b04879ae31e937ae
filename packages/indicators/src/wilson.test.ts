import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it('matches the worked example: 20 of 25 gives 60.87–91.14', () => {
    const [low, high] = wilsonInterval(20, 25) ?? [Number.NaN, Number.NaN];
    expect(low).toBeCloseTo(60.87, 2);
    expect(high).toBeCloseTo(91.14, 2);
  });

  it('stays inside 0–100 at the extremes', () => {
    // Hand-computed: 0/10 → [0, 27.75], 10/10 → [72.25, 100].
    const none = wilsonInterval(0, 10);
    const all = wilsonInterval(10, 10);
    expect(none?.[0]).toBe(0);
    expect(none?.[1]).toBeCloseTo(27.75, 2);
    expect(all?.[0]).toBeCloseTo(72.25, 2);
    expect(all?.[1]).toBe(100);
  });

  it('is wide for one answer and narrow for many', () => {
    const one = wilsonInterval(1, 1) ?? [0, 0];
    const many = wilsonInterval(500, 1000) ?? [0, 0];
    expect(one[0]).toBeCloseTo(20.65, 2);
    expect(many[1] - many[0]).toBeCloseTo(6.19, 2);
  });

  it('is null when nobody answered', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
