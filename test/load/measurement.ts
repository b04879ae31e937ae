/**
 * @module
 * What a benchmark reports: a figure, its unit, and the target it is held to.
 */

export interface Measurement {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** e.g. `≤ 2000 ms`; absent for figures that only inform. */
  readonly target?: { readonly op: '<=' | '>='; readonly value: number };
}

export function meetsTarget(m: Measurement): boolean | null {
  if (!m.target) return null;
  return m.target.op === '<=' ? m.value <= m.target.value : m.value >= m.target.value;
}

export function formatMeasurement(m: Measurement): string {
  const value = m.value >= 100 ? m.value.toFixed(0) : m.value.toFixed(2);
  const target = m.target
    ? ` (target ${m.target.op === '<=' ? '≤' : '≥'} ${m.target.value} ${m.unit})`
    : '';
  const verdict = meetsTarget(m);
  const mark = verdict === null ? '' : verdict ? ' ✓' : ' ✗ MISSED';
  return `${m.name}: ${value} ${m.unit}${target}${mark}`;
}

/** The median of a list of numbers (the list is not changed). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
