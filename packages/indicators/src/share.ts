/**
 * @module
 * The key figure of one question: n (those who answered it: a skipped question leaves the
 * denominator), the positive answers for its key figure, and the share in percent.
 */
import {
  type InstrumentVersion,
  isPositive,
  type Question,
  scaleCodes,
} from '@indikera/instrument';
import type { Figure } from './report-types';

/** `share` = 100 × positive ÷ n; null when nobody answered. */
export function shareOf(positive: number, n: number): number | null {
  return n === 0 ? null : (100 * positive) / n;
}

/**
 * @param distribution option code (as text) → count
 * @example figureOf(nns, DP1, { '5': 8, '6': 12, '4': 5 }) // { n: 25, positive: 20, share: 80 }
 */
export function figureOf(
  instrument: InstrumentVersion,
  question: Question,
  distribution: Readonly<Record<string, number>>,
): Figure {
  let n = 0;
  let positive = 0;
  for (const code of scaleCodes(instrument, question)) {
    const count = distribution[String(code)] ?? 0;
    n += count;
    if (isPositive(instrument, question, code)) positive += count;
  }
  return { n, positive, share: shareOf(positive, n) };
}
