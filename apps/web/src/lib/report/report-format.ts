/**
 * @module
 * How the report's figures are written on the page. Only rounding and wording: every
 * figure comes from the API's report JSON as it is, so the page says what the API says.
 */
import { SUPPRESSED_MARK, shareText } from '@indikera/formats/report-words';
import type { GenderCell, QuestionFigures } from '@indikera/indicators';
import { isSuppressed } from '@indikera/indicators';
import { type InstrumentVersion, type Question, scaleOf } from '@indikera/instrument';

/** Below this n a share is shown with its interval and a "få svar" mark. */
export const FEW_ANSWERS = 10;

/** A gender cell: its share as printed, or the dash when it is suppressed. */
export function genderText(cell: GenderCell | undefined): string {
  if (cell === undefined) return '';
  return isSuppressed(cell) ? SUPPRESSED_MARK : shareText(cell);
}

/** The Wilson interval as "41–89 %", or '' without one. */
export function intervalText(ci95: readonly [number, number] | null): string {
  return ci95 === null ? '' : `${Math.round(ci95[0])}–${Math.round(ci95[1])} %`;
}

/** Whether a share needs the uncertainty shown beside it. */
export function isUncertain(q: QuestionFigures): boolean {
  return q.share === null || q.n < FEW_ANSWERS;
}

export interface DistributionSegment {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

/**
 * The distribution in order from the lowest option to the highest. Ordered scales are
 * listed lowest first; a yes/no scale lists the positive answer first, so it is turned
 * round and the positive answer sits at the right end of every bar.
 */
export function distributionSegments(
  instrument: InstrumentVersion,
  question: Question | undefined,
  q: QuestionFigures,
): DistributionSegment[] {
  const scale = question ? scaleOf(instrument, question) : undefined;
  const options = scale
    ? scale.options.map((o) => ({ code: String(o.code), label: o.label }))
    : Object.keys(q.distribution).map((code) => ({ code, label: code }));
  const ordered = scale?.kind === 'yesno' ? [...options].reverse() : options;
  return ordered.map((o) => ({ ...o, count: q.distribution[o.code] ?? 0 }));
}
