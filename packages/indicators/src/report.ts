/**
 * @module
 * From answer counts to the report of docs/report-json.md: per group, per question and per
 * indicator. Pure: the caller counts (SQL or CSV) and passes riksnitt and last year.
 */
import {
  continuedQuestion,
  type Gender,
  genders,
  type InstrumentVersion,
  type Question,
  scaleCodes,
} from '@indikera/instrument';
import { trend, versus } from './comparison';
import {
  type DisclosurePlan,
  groupPublished,
  planDisclosure,
  publishableGenders,
  viewTally,
  waitingResponses,
} from './disclosure-plan';
import { indicatorVerdicts } from './indicator-verdict';
import { printedPercent, printedShare } from './printed';
import type {
  Figure,
  GenderCell,
  GroupSummary,
  HistoryFigures,
  PreviousFigures,
  QuestionFigures,
  Report,
  ReportQuestion,
  RiksnittFigures,
} from './report-types';
import { isWithheld } from './report-types';
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
  /**
   * Counts of the previous round (or the `--previous` file), like `tally` of the whole
   * round, never pre-filtered.
   */
  readonly previous?: Tally | null;
  /**
   * Only this insats (its id or name, as in the tally): a filtered view. The tally must
   * hold the whole round, by insats, so that disclosure control sees what the view leaves out.
   */
  readonly insats?: string | null;
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
  /**
   * Up to MAX_HISTORY_ROUNDS earlier rounds, each on its own version and counted whole
   * like `tally`: adds `history` to every question, for the years side by side.
   */
  readonly history?: readonly HistoryRound[];
}

/** The most earlier rounds a report sets side by side with its own. */
export const MAX_HISTORY_ROUNDS = 5;

export interface HistoryRound {
  readonly year: number;
  readonly instrument: InstrumentVersion;
  readonly tally: Tally;
}

/** An earlier round as disclosure control lets this view use it. */
interface ControlledHistory extends ControlledCounts {
  readonly year: number;
  readonly instrument: InstrumentVersion;
}

/** question id → gender → option code → count */
export type AnswerIndex = Map<string, Map<Gender, Map<string, number>>>;

export function indexAnswers(tally: Tally): AnswerIndex {
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

/** A question's answers per option code, of one gender or of all. */
export function distributionOf(
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
  publishable: ReadonlySet<Gender>,
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
    genders.map((g) => [
      g,
      hidden.has(g) || !publishable.has(g) ? { suppressed: true } : figures[g],
    ]),
  ) as Record<Gender, GenderCell>;
}

/** One round's counts as a view may use them, with what disclosure control decided. */
interface ControlledCounts {
  readonly index: AnswerIndex;
  readonly plan: DisclosurePlan;
}

function previousFigures(
  options: ReportOptions,
  question: Question,
  previousIndex: AnswerIndex,
  publishable: ReadonlySet<Gender>,
): PreviousFigures {
  const { instrument } = options;
  return {
    ...figureOf(instrument, question, distributionOf(instrument, question, previousIndex)),
    byGender: genderCells(instrument, question, previousIndex, threshold(options), publishable),
  };
}

/** The question in each earlier round that asked it, oldest first, as each round allows. */
function historyFigures(
  question: Question,
  history: readonly ControlledHistory[],
  view: string | null,
): HistoryFigures[] {
  const figures: HistoryFigures[] = [];
  for (const round of history) {
    const then = continuedQuestion(round.instrument, question);
    if (!then) continue;
    const base = { year: round.year, question: then.id };
    const published = publishableGenders(round.plan, then.id, then.group, view);
    if (published === null) {
      figures.push({ ...base, withheld: true });
      continue;
    }
    const distribution = distributionOf(round.instrument, then, round.index);
    figures.push({ ...base, ...figureOf(round.instrument, then, distribution) });
  }
  return figures;
}

function threshold(options: ReportOptions): number {
  return options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
}

function questionFigures(
  options: ReportOptions,
  question: Question,
  current: ControlledCounts,
  before: ControlledCounts | null,
  history: readonly ControlledHistory[] | null,
): ReportQuestion {
  const { instrument } = options;
  const view = options.insats ?? null;
  const what = {
    id: question.id,
    group: question.group,
    ...(question.local ? { local: true as const } : { indicator: question.indicator }),
    keyFigure: question.keyFigure,
  };
  // A local question is the förbund's own for this round: no riksnitt (nor earlier years,
  // which buildReport leaves out).
  const riksnitt = question.local ? null : (options.riksnitt?.get(question.id) ?? null);
  const publishable = publishableGenders(current.plan, question.id, question.group, view);
  if (publishable === null) return { ...what, withheld: true, riksnitt };
  const { index } = current;
  const distribution = distributionOf(instrument, question, index);
  const { n, positive, share } = figureOf(instrument, question, distribution);
  // Last year's figures as that round's disclosure control allows them in this view.
  const beforeGenders = before
    ? publishableGenders(before.plan, question.id, question.group, view)
    : null;
  const previous =
    before && beforeGenders !== null
      ? previousFigures(options, question, before.index, beforeGenders)
      : null;
  const printed = printedShare(positive, n);
  return {
    ...what,
    n,
    distribution,
    positive,
    share,
    ci95: wilsonInterval(positive, n),
    typvarde: typvarde(distribution),
    byGender: genderCells(instrument, question, index, threshold(options), publishable),
    riksnitt,
    vsRiksnitt: versus(printed, printedPercent(riksnitt?.all ?? null)),
    previous,
    trend: trend(printed, previous ? printedShare(previous.positive, previous.n) : null),
    ...(history ? { history: historyFigures(question, history, view) } : {}),
  };
}

function askedFigures(options: ReportOptions, group: string, responses: number, asked: number) {
  if (!options.answeredOfAsked) return { asked, responseRate: responseRate(responses, asked) };
  const answered = options.answeredOfAsked.get(group) ?? 0;
  return { asked, answeredOfAsked: answered, responseRate: responseRate(answered, asked) };
}

function groupSummary(
  options: ReportOptions,
  group: string,
  tally: Tally,
  plan: DisclosurePlan,
): GroupSummary {
  const view = options.insats ?? null;
  const byGender: Record<Gender, number> = { kvinna: 0, man: 0, annat: 0 };
  for (const r of tally.responses) if (r.group === group) byGender[r.gender] += r.count;
  const waiting = waitingResponses(options.tally, plan, group, view);
  const responses = byGender.kvinna + byGender.man + byGender.annat;
  // A rate is of questionnaires received, whether or not they are in the figures yet.
  const received = responses + waiting;
  const asked = options.asked?.get(group);
  const national = options.nationalResponseRates?.get(group);
  return {
    group,
    responses,
    byGender,
    ...(asked === undefined ? {} : askedFigures(options, group, received, asked)),
    ...(national === undefined ? {} : { nationalResponseRate: national }),
    ...(groupPublished(plan, group, view) ? {} : { withheld: true }),
    ...(waiting > 0 ? { waiting } : {}),
  };
}

/**
 * Builds the report of docs/report-json.md from answer counts.
 * @example buildReport({ instrument: nns2021, tally: tallyResponses(rows), year: 2021 })
 */
export function buildReport(options: ReportOptions): Report {
  const { instrument } = options;
  const groups = instrument.groups
    .map((g) => g.id)
    .filter((id) => !options.groups || options.groups.includes(id));
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const view = options.insats ?? null;
  const control = (tally: Tally) => {
    const plan = planDisclosure(tally, threshold, view);
    const counts = viewTally(tally, plan, view);
    return { plan, counts, index: indexAnswers(counts) };
  };
  const current = control(options.tally);
  const before = options.previous ? control(options.previous) : null;
  if ((options.history?.length ?? 0) > MAX_HISTORY_ROUNDS) {
    throw new RangeError(`at most ${MAX_HISTORY_ROUNDS} earlier rounds side by side`);
  }
  const history = options.history
    ? [...options.history]
        .sort((a, b) => a.year - b.year)
        .map((h) => ({ year: h.year, instrument: h.instrument, ...control(h.tally) }))
    : null;
  const questions = instrument.questions
    .filter((q) => groups.includes(q.group))
    // An earlier round's local question of the same id may have asked something else.
    .map((q) =>
      q.local
        ? questionFigures(options, q, current, null, null)
        : questionFigures(options, q, current, before, history),
    );
  return {
    instrumentVersion: instrument.version,
    year: options.year ?? null,
    groups: groups.map((g) => groupSummary(options, g, current.counts, current.plan)),
    questions,
    // Verdicts rest on published figures only: a withheld question takes no part.
    indicators: indicatorVerdicts(
      instrument,
      questions.filter((q): q is QuestionFigures => !isWithheld(q)),
    ),
  };
}
