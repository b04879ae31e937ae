/**
 * @module
 * The Wilson score interval for a share, in percent: honest for small n and for shares
 * near 0 % or 100 %, where the normal approximation breaks down.
 */

/** Φ⁻¹(0.975), the two-sided 95 % normal quantile (simple-statistics' probit is approximate). */
export const Z_95 = 1.959963984540054;

/**
 * @example wilsonInterval(20, 25) // [60.87…, 91.14…]
 * @returns [low, high] in percent, or null when n = 0.
 */
export function wilsonInterval(positive: number, n: number, z = Z_95): [number, number] | null {
  if (n <= 0) return null;
  const p = positive / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const margin = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At p = 0 and p = 1 the bounds are exactly 0 and 100; floating point misses by a hair.
  const low = positive === 0 ? 0 : (centre - margin) * 100;
  const high = positive === n ? 100 : (centre + margin) * 100;
  return [low, high];
}
