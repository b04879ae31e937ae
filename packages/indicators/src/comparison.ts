/**
 * @module
 * Comparisons against riksnittet and last year: a difference of more than 2 percentage
 * points either way counts; within ±2 (2 included) is "the same" (003:547).
 */

export type Versus = 'higher' | 'same' | 'lower';
export type Trend = 'up' | 'flat' | 'down';

/** The margin in percentage points within which two shares count as the same. */
export const SAME_MARGIN = 2;

// Shares are quotients in binary floating point: 100 * 39 / 50 - 76.0 may land a hair
// above 2 when the true difference is exactly 2. Differences this close to the margin
// are treated as on it, so "exactly 2.0" is always "the same".
const EPSILON = 1e-9;

/**
 * Judges a difference in percentage points.
 * @example judgeDifference(2) // 'same'
 * @example judgeDifference(2.01) // 'higher'
 */
export function judgeDifference(difference: number): Versus {
  if (difference > SAME_MARGIN + EPSILON) return 'higher';
  if (difference < -SAME_MARGIN - EPSILON) return 'lower';
  return 'same';
}

/** `share` against a reference share; null when either is missing. */
export function versus(share: number | null, reference: number | null): Versus | null {
  if (share === null || reference === null) return null;
  return judgeDifference(share - reference);
}

const trendOf = { higher: 'up', same: 'flat', lower: 'down' } as const satisfies Record<
  Versus,
  Trend
>;

export function versusToTrend(v: Versus): Trend {
  return trendOf[v];
}

/** `share` against last year's share: up, flat or down by the same ±2 rule. */
export function trend(share: number | null, previous: number | null): Trend | null {
  const v = versus(share, previous);
  return v === null ? null : versusToTrend(v);
}
