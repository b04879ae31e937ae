/**
 * @module
 * From answer counts to the report of formats.md: per group, per question and per
 * indicator. Pure: the caller counts (SQL or CSV) and passes riksnitt and last year.
 */
import {
  type Gender,
  genders,
  type InstrumentVersion,
  type Question,
  scaleCodes,
} from '@indikera/instrument';
import { trend, versus } from './comparison';
import { indicatorVerdicts } from './indicator-verdict';
import { printedPercent, printedShare } from './printed';
import type {
  Figure,
  GenderCell,
  GroupSummary,
  PreviousFigures,
  QuestionFigures,
  Report,
  RiksnittFigures,
} from './report-types';
import { responseRate } from './response-rate';
import { figureOf } from './share';
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressedGenders } from './suppression';
import type { Tally } from './tally';
import { typvarde } from './typvarde';
import { wilsonInterval } from './wilson';

export interface ReportOptions {
  readonly instrument: InstrumentVersion;
  readonly tally: Tally;
  readonly year?: number | null;
  /** Riksnitt of the report's year, by question id. */
  readonly riksnitt?: ReadonlyMap<string, RiksnittFigures> | null;
  /** Counts of the previous round (or the `--previous` file). */
  readonly previous?: Tally | null;
  /** Published gender cells need at least this n (default 6). */
  readonly suppressionThreshold?: number;
  /** Only these groups (the `?group=` filter); all of the instrument's by default. */
  readonly groups?: readonly string[];
  /** People asked per group, where known: adds `asked` and `responseRate` to the groups. */
  readonly asked?: ReadonlyMap<string, number>;
  /**
   * Answers per group that came through the links the number asked belongs to: the
   * numerator of the response rate, so that both cover the same links.
   */
  readonly answeredOfAsked?: ReadonlyMap<string, number>;
  /** National svarsfrekvens per group, where known: adds `nationalResponseRate`. */
  readonly nationalResponseRates?: ReadonlyMap<string, number>;
}

/** question id → gender → option code → count */
type AnswerIndex = Map<string, Map<Gender, Map<string, number>>>;

function indexAnswers(tally: Tally): AnswerIndex {
  const index: AnswerIndex = new Map();
  for (const { question, value, gender, count } of tally.answers) {
    const byGender = index.get(question) ?? new Map<Gender, Map<string, number>>();
    index.set(question, byGender);
    const byValue = byGender.get(gender) ?? new Map<string, number>();
    byGender.set(gender, byValue);
    byValue.set(value, (byValue.get(value) ?? 0) + count);
  }
  return index;
}

function distributionOf(
  instrument: InstrumentVersion,
  question: Question,
  index: AnswerIndex,
  only?: Gender,
): Record<string, number> {
  const byGender = index.get(question.id);
  const distribution: Record<string, number> = {};
  for (const code of scaleCodes(instrument, question)) {
    const key = String(code);
    let count = 0;
    for (const gender of only ? [only] : genders) count += byGender?.get(gender)?.get(key) ?? 0;
    distribution[key] = count;
  }
  return distribution;
}

function genderCells(
  instrument: InstrumentVersion,
  question: Question,
  index: AnswerIndex,
  threshold: number,
): Record<Gender, GenderCell> {
  const figures = Object.fromEntries(
    genders.map((g) => [
      g,
      figureOf(instrument, question, distributionOf(instrument, question, index, g)),
    ]),
  ) as Record<Gender, Figure>;
  const hidden = suppressedGenders(
    { kvinna: figures.kvinna.n, man: figures.man.n, annat: figures.annat.n },
    threshold,
  );
  return Object.fromEntries(
    genders.map((g) => [g, hidden.has(g) ? { suppressed: true } : figures[g]]),
  ) as Record<Gender, GenderCell>;
}

function previousFigures(
  options: ReportOptions,
  question: Question,
  previousIndex: AnswerIndex,
): PreviousFigures {
  const { instrument } = options;
  return {
    ...figureOf(instrument, question, distributionOf(instrument, question, previousIndex)),
    byGender: genderCells(instrument, question, previousIndex, threshold(options)),
  };
}

function threshold(options: ReportOptions): number {
  return options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

function questionFigures(
  options: ReportOptions,
  question: Question,
  index: AnswerIndex,
  previousIndex: AnswerIndex | null,
): QuestionFigures {
  const { instrument } = options;
  const distribution = distributionOf(instrument, question, index);
  const { n, positive, share } = figureOf(instrument, question, distribution);
  const riksnitt = options.riksnitt?.get(question.id) ?? null;
  const previous = previousIndex ? previousFigures(options, question, previousIndex) : null;
  const printed = printedShare(positive, n);
  return {
    id: question.id,
    group: question.group,
    indicator: question.indicator,
    keyFigure: question.keyFigure,
    n,
    distribution,
    positive,
    share,
    ci95: wilsonInterval(positive, n),
    typvarde: typvarde(distribution),
    byGender: genderCells(instrument, question, index, threshold(options)),
    riksnitt,
    vsRiksnitt: versus(printed, printedPercent(riksnitt?.all ?? null)),
    previous,
    trend: trend(printed, previous ? printedShare(previous.positive, previous.n) : null),
  };
}

function askedFigures(options: ReportOptions, group: string, responses: number, asked: number) {
  if (!options.answeredOfAsked) return { asked, responseRate: responseRate(responses, asked) };
  const answered = options.answeredOfAsked.get(group) ?? 0;
  return { asked, answeredOfAsked: answered, responseRate: responseRate(answered, asked) };
}

function groupSummary(options: ReportOptions, group: string): GroupSummary {
  const byGender: Record<Gender, number> = { kvinna: 0, man: 0, annat: 0 };
  for (const r of options.tally.responses) if (r.group === group) byGender[r.gender] += r.count;
  const responses = byGender.kvinna + byGender.man + byGender.annat;
  const asked = options.asked?.get(group);
  const national = options.nationalResponseRates?.get(group);
  return {
    group,
    responses,
    byGender,
    ...(asked === undefined ? {} : askedFigures(options, group, responses, asked)),
    ...(national === undefined ? {} : { nationalResponseRate: national }),
  };
}

/**
 * Builds the report of formats.md from answer counts.
 * @example buildReport({ instrument: nns2021, tally: tallyResponses(rows), year: 2021 })
 */
export function buildReport(options: ReportOptions): Report {
  const { instrument } = options;
  const groups = instrument.groups
    .map((g) => g.id)
    .filter((id) => !options.groups || options.groups.includes(id));
  const index = indexAnswers(options.tally);
  const previousIndex = options.previous ? indexAnswers(options.previous) : null;
  const questions = instrument.questions
    .filter((q) => groups.includes(q.group))
    .map((q) => questionFigures(options, q, index, previousIndex));
  return {
    instrumentVersion: instrument.version,
    year: options.year ?? null,
    groups: groups.map((g) => groupSummary(options, g)),
    questions,
    indicators: indicatorVerdicts(instrument, questions),
  };
}
