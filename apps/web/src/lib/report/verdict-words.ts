/**
 * @module
 * The verdicts in words, the same words as the CLI's Markdown report
 * (`apps/cli/src/markdown-report.ts`) so that the page, the file and the print agree.
 * The colour is not named here: the page shows it, and the words stand without it.
 */
import type { IndicatorVerdict } from '@indikera/indicators';

export type VersusVerdict = NonNullable<IndicatorVerdict['vsRiksnitt']>;
export type TrendVerdict = NonNullable<IndicatorVerdict['trend']>;

export const NO_COMPARISON = 'Ingen jämförelse';

export const versusWords: Readonly<Record<VersusVerdict, string>> = {
  higher: 'Högre än riket',
  same: 'I nivå med riket',
  lower: 'Lägre än riket',
  mixed: 'Blandat: värdena tar ut varandra',
};

/** The arrow goes beside the words, never instead of them. */
export const trendArrows: Readonly<Record<TrendVerdict, string>> = {
  up: '↑',
  flat: '→',
  down: '↓',
  mixed: '',
};

export const trendWords: Readonly<Record<TrendVerdict, string>> = {
  up: 'Högre än förra året',
  flat: 'Som förra året',
  down: 'Lägre än förra året',
  mixed: 'Blandat: värdena tar ut varandra',
};

export function versusText(v: IndicatorVerdict['vsRiksnitt']): string {
  return v ? versusWords[v] : NO_COMPARISON;
}

export function trendText(t: IndicatorVerdict['trend']): string {
  return t ? trendWords[t] : NO_COMPARISON;
}
