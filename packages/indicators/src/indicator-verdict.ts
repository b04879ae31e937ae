/**
 * @module
 * One verdict per indicator over its questions (Tabell 10 of the national reports), for
 * everyone and for kvinnor and män: the mean of the questions' printed differences judged
 * by the ±2 rule; `mixed` only where higher and lower values cancel each other out
 * ("värdena tar ut varandra").
 */
import type { InstrumentVersion } from '@indikera/instrument';
import { judgeDifference, SAME_MARGIN, type Trend, type Versus, versusToTrend } from './comparison';
import { printedPercent, printedShare } from './printed';
import {
  type Figure,
  type GenderVerdict,
  type IndicatorVerdict,
  isSuppressed,
  type QuestionFigures,
} from './report-types';

/**
 * @param differences printed share − printed reference of each question with a comparison
 * @example verdict([-3, 13, 20]) // 'higher': the mean 10 is clear, whatever one question says
 * @example verdict([3, -4]) // 'mixed': the mean −0.5 hides a higher and a lower question
 */
export function verdict(differences: readonly number[]): Versus | 'mixed' | null {
  if (differences.length === 0) return null;
  // Printed differences are whole numbers: compare the sum, so the mean is judged exactly.
  const sum = differences.reduce((total, d) => total + d, 0);
  const bound = SAME_MARGIN * differences.length;
  if (sum >= bound) return 'higher';
  if (sum <= -bound) return 'lower';
  const judged = differences.map(judgeDifference);
  return judged.includes('higher') && judged.includes('lower') ? 'mixed' : 'same';
}

export function trendVerdict(differences: readonly number[]): Trend | 'mixed' | null {
  const v = verdict(differences);
  return v === null || v === 'mixed' ? v : versusToTrend(v);
}

type Side = 'all' | 'kvinna' | 'man';

function published(cell: QuestionFigures['byGender']['kvinna'] | undefined): Figure | null {
  return cell === undefined || isSuppressed(cell) ? null : cell;
}

/** The question's figure for everyone or a gender's published cell, now and last year. */
function figuresOf(q: QuestionFigures, side: Side): [Figure | null, Figure | null] {
  if (side === 'all') return [q, q.previous];
  return [published(q.byGender[side]), published(q.previous?.byGender[side])];
}

function printed(figure: Figure | null): number | null {
  return figure === null ? null : printedShare(figure.positive, figure.n);
}

function sideVerdict(questions: readonly QuestionFigures[], side: Side): GenderVerdict {
  const vsRiksnitt: number[] = [];
  const vsPrevious: number[] = [];
  for (const q of questions) {
    const [current, previous] = figuresOf(q, side).map(printed);
    if (current === null || current === undefined) continue;
    const reference = printedPercent(q.riksnitt?.[side] ?? null);
    if (reference !== null) vsRiksnitt.push(current - reference);
    if (previous !== null && previous !== undefined) vsPrevious.push(current - previous);
  }
  return { vsRiksnitt: verdict(vsRiksnitt), trend: trendVerdict(vsPrevious) };
}

/** The verdicts of every indicator of the instrument over the report's questions. */
export function indicatorVerdicts(
  instrument: InstrumentVersion,
  questions: readonly QuestionFigures[],
): IndicatorVerdict[] {
  return instrument.indicators.map(({ number }) => {
    const own = questions.filter((q) => q.indicator === number);
    return {
      indicator: number,
      ...sideVerdict(own, 'all'),
      byGender: { kvinna: sideVerdict(own, 'kvinna'), man: sideVerdict(own, 'man') },
    };
  });
}
