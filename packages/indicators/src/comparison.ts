/**
 * @module
 * Comparisons against riksnittet and last year, on the figures as printed (whole
 * percents): a difference of 2 points or more counts, −1, 0 and +1 are "the same". The
 * seed report (003, Tabell 10) treats a printed difference of exactly 2 as outside its
 * "marginal på +/-2 %".
 */

export type Versus = 'higher' | 'same' | 'lower';
export type Trend = 'up' | 'flat' | 'down';

/** The smallest printed difference, in percentage points, that counts as higher or lower. */
export const SAME_MARGIN = 2;

/**
 * Judges a difference of printed figures (or their mean).
 * @example judgeDifference(2) // 'higher'
 * @example judgeDifference(-1) // 'same'
 */
export function judgeDifference(difference: number): Versus {
  if (difference >= SAME_MARGIN) return 'higher';
  if (difference <= -SAME_MARGIN) return 'lower';
  return 'same';
}

/** A printed share against a printed reference; null when either is missing. */
export function versus(printed: number | null, reference: number | null): Versus | null {
  if (printed === null || reference === null) return null;
  return judgeDifference(printed - reference);
}

const trendOf = { higher: 'up', same: 'flat', lower: 'down' } as const satisfies Record<
  Versus,
  Trend
>;

export function versusToTrend(v: Versus): Trend {
  return trendOf[v];
}

/** A printed share against last year's printed share: up, flat or down by the same rule. */
export function trend(printed: number | null, previous: number | null): Trend | null {
  const v = versus(printed, previous);
  return v === null ? null : versusToTrend(v);
}
