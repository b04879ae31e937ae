/**
 * @module
 * Figures as printed: whole percents, rounded half up exactly. Every comparison is made on
 * these, so that a reader can check a verdict against the figures shown (docs/report-json.md).
 */

/**
 * 100 × positive ÷ n rounded half up, in integers: ⌊(200 × positive + n) ÷ (2 × n)⌋.
 * @example printedShare(1, 8) // 13 (12.5 %)
 * @returns null when nobody answered
 */
export function printedShare(positive: number, n: number): number | null {
  return n === 0 ? null : Math.floor((200 * positive + n) / (2 * n));
}

/**
 * A percentage given with decimals (riksnittet: `75.5`) rounded half up to a whole
 * percent. Half a point is exact in binary, so adding it cannot carry a figure over.
 * @example printedPercent(75.5) // 76
 */
export function printedPercent(percent: number | null): number | null {
  return percent === null ? null : Math.floor(percent + 0.5);
}
