/**
 * @module
 * How the report's figures are written on the page. Only rounding and wording: every
 * figure comes from the API's report JSON as it is, so the page says what the API says.
 */
import type { GenderCell, QuestionFigures } from '@indikera/indicators';
import { isSuppressed } from '@indikera/indicators';
import { type InstrumentVersion, optionLabel, type Question } from '@indikera/instrument';

/** What a suppressed gender cell shows, as in the CLI's Markdown and the CSV. */
export const SUPPRESSED = '–';

/** Below this n a share is shown with its interval and a "få svar" mark. */
export const FEW_ANSWERS = 10;

/** A share in whole percent ("80 %"); '' for a missing one. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '' : `${Math.round(share)} %`;
}

/** A gender cell: its rounded share, or the dash when it is suppressed. */
export function genderText(cell: GenderCell): string {
  return isSuppressed(cell) ? SUPPRESSED : percent(cell.share);
}

/** The Wilson interval as "41–89 %", or '' without one. */
export function intervalText(ci95: readonly [number, number] | null): string {
  return ci95 === null ? '' : `${Math.round(ci95[0])}–${Math.round(ci95[1])} %`;
}

/** Whether a share needs the uncertainty shown beside it. */
export function isUncertain(q: QuestionFigures): boolean {
  return q.share === null || q.n < FEW_ANSWERS;
}

/** Swedish list: "A", "A och B", "A, B och C". */
export function swedishList(words: readonly string[]): string {
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`
    : (words[0] ?? '');
}

/** Typvärde in words: every tied option by its label, as the CLI report writes it. */
export function typvardeWords(
  instrument: InstrumentVersion,
  question: Question | undefined,
  q: QuestionFigures,
): string {
  const labels = q.typvarde.map((code) =>
    question ? (optionLabel(instrument, question, code) ?? code) : code,
  );
  return swedishList(labels);
}

export interface DistributionSegment {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

/**
 * The distribution in order from the lowest option to the highest. Six-point scales
 * count 1–6 upwards; on yes/no "nej" is the lower, so the positive answer sits at the
 * right end of every bar.
 */
export function distributionSegments(
  instrument: InstrumentVersion,
  question: Question | undefined,
  q: QuestionFigures,
): DistributionSegment[] {
  const options = question
    ? instrument.scales[question.scale].options.map((o) => ({
        code: String(o.code),
        label: o.label,
      }))
    : Object.keys(q.distribution).map((code) => ({ code, label: code }));
  const ordered = question?.scale === 'yesno' ? [...options].reverse() : options;
  return ordered.map((o) => ({ ...o, count: q.distribution[o.code] ?? 0 }));
}
