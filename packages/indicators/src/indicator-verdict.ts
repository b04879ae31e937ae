/**
 * @module
 * One verdict per indicator over its questions and groups (003 Tabell 10): `mixed` when
 * some questions are higher and some lower ("värden tar ut varandra"); otherwise the mean
 * of the differences judged by the same ±2 rule.
 */
import { mean } from 'simple-statistics';
import { judgeDifference, type Trend, type Versus, versusToTrend } from './comparison';

/**
 * @param differences share − reference of each question that has a comparison
 * @example verdict([3, -4]) // 'mixed'
 * @example verdict([1.5, 2.9]) // 'higher': none is lower, and the mean 2.2 is above 2
 */
export function verdict(differences: readonly number[]): Versus | 'mixed' | null {
  if (differences.length === 0) return null;
  const judged = differences.map(judgeDifference);
  if (judged.includes('higher') && judged.includes('lower')) return 'mixed';
  return judgeDifference(mean([...differences]));
}

export function trendVerdict(differences: readonly number[]): Trend | 'mixed' | null {
  const v = verdict(differences);
  return v === null || v === 'mixed' ? v : versusToTrend(v);
}
