/**
 * @module
 * The pooled report of several förbund (riksnivå): per question, group and gender the
 * n, the key figure's share, the typvärde and the number of förbund, and the response
 * rates, from each förbund's round as that förbund's own report publishes it.
 *
 * The rule that keeps pooling safe over time: a förbund's contribution to a pooled cell
 * counts only where its own report (`buildReport`, its disclosure control included)
 * publishes that very cell, and only with at least k answers (a förbund's report shows its
 * own small totals to its own readers; no one else may difference them out of the pool).
 * Every pooled figure is then a sum of figures of at least k answers that the förbund
 * publish themselves, so the difference between any two pooled states (a förbund opting
 * in or out, another round closing, a round reopened) is a combination of published
 * figures, which disclosure control already keeps at none or at least k people. On top of
 * that a pooled cell is published only with at least `minForbund` contributing förbund
 * and at least k answers.
 */
import { type Gender, genders, type InstrumentVersion, type Question } from '@indikera/instrument';
import { planDisclosure, viewTally } from './disclosure-plan';
import { type AnswerIndex, buildReport, distributionOf, indexAnswers } from './report';
import type { Figure, QuestionFigures } from './report-types';
import { isSuppressed, isWithheld } from './report-types';
import { responseRate } from './response-rate';
import { figureOf } from './share';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppression';
import type { Tally } from './tally';
import { typvarde } from './typvarde';

/** A pooled cell needs at least this many contributing förbund (unless set otherwise, never below 2). */
export const MIN_POOLED_FORBUND = 3;

/** One förbund's round, counted whole (by insats and release) as for its own report. */
export interface PoolContribution {
  /** The förbund, for counting contributing förbund (two rounds of one count once). */
  readonly forbund: string;
  readonly tally: Tally;
  /** As `ReportOptions.asked` and `answeredOfAsked`: the round's response rates. */
  readonly asked?: ReadonlyMap<string, number>;
  readonly answeredOfAsked?: ReadonlyMap<string, number>;
}

export interface PoolOptions {
  readonly instrument: InstrumentVersion;
  readonly year: number;
  readonly contributions: readonly PoolContribution[];
  readonly suppressionThreshold?: number;
  /** A pooled cell needs this many contributing förbund (default MIN_POOLED_FORBUND). */
  readonly minForbund?: number;
}

export interface PooledFigure extends Figure {
  readonly typvarde: readonly string[];
  /** Förbund whose answers are in the figure. */
  readonly forbund: number;
}

export type PooledCell = PooledFigure | { readonly withheld: true };

export interface PooledQuestion {
  readonly id: string;
  readonly group: string;
  readonly indicator: number;
  readonly keyFigure: string;
  readonly all: PooledCell;
  readonly byGender: Readonly<Record<Gender, PooledCell>>;
}

export interface PooledResponseRate {
  readonly asked: number;
  readonly answeredOfAsked: number;
  readonly responseRate: number | null;
  readonly forbund: number;
}

export type PooledGroup =
  | {
      readonly group: string;
      /** Questionnaires in the figures, as the förbund's reports count them. */
      readonly responses: number;
      readonly forbund: number;
      /** Null where fewer than the minimum of förbund know how many they asked. */
      readonly responseRate: PooledResponseRate | null;
    }
  | { readonly group: string; readonly withheld: true };

export interface PooledReport {
  readonly instrumentVersion: string;
  readonly year: number;
  readonly threshold: number;
  readonly minForbund: number;
  /** Förbund with a round in the pool. */
  readonly forbund: number;
  readonly groups: readonly PooledGroup[];
  readonly questions: readonly PooledQuestion[];
}

export function isPooledWithheld(cell: PooledCell): cell is { readonly withheld: true } {
  return 'withheld' in cell;
}

/** A cell being summed: the förbund in it and its answers per option code. */
interface Pool {
  readonly forbund: Set<string>;
  readonly distribution: Record<string, number>;
}

const emptyPool = (): Pool => ({ forbund: new Set(), distribution: {} });

const answersIn = (distribution: Readonly<Record<string, number>>): number =>
  Object.values(distribution).reduce((sum, count) => sum + count, 0);

function add(pool: Pool, forbund: string, distribution: Readonly<Record<string, number>>) {
  let n = 0;
  for (const [code, count] of Object.entries(distribution)) {
    pool.distribution[code] = (pool.distribution[code] ?? 0) + count;
    n += count;
  }
  if (n > 0) pool.forbund.add(forbund);
}

interface Minimum {
  readonly threshold: number;
  readonly forbund: number;
}

function cellOf(
  instrument: InstrumentVersion,
  question: Question,
  pool: Pool,
  minimum: Minimum,
): PooledCell {
  const figure = figureOf(instrument, question, pool.distribution);
  if (pool.forbund.size < minimum.forbund || figure.n < minimum.threshold) {
    return { withheld: true };
  }
  return { ...figure, typvarde: typvarde(pool.distribution), forbund: pool.forbund.size };
}

/** What one förbund's own report publishes, with the counts its figures come from. */
function published(options: PoolOptions, contribution: PoolContribution, threshold: number) {
  const report = buildReport({
    instrument: options.instrument,
    tally: contribution.tally,
    year: options.year,
    suppressionThreshold: threshold,
    ...(contribution.asked ? { asked: contribution.asked } : {}),
    ...(contribution.answeredOfAsked ? { answeredOfAsked: contribution.answeredOfAsked } : {}),
  });
  const plan = planDisclosure(contribution.tally, threshold);
  const index: AnswerIndex = indexAnswers(viewTally(contribution.tally, plan, null));
  const questions = new Map(
    report.questions.filter((q): q is QuestionFigures => !isWithheld(q)).map((q) => [q.id, q]),
  );
  return { report, index, questions };
}

interface GroupPool {
  readonly forbund: Set<string>;
  responses: number;
  readonly rateForbund: Set<string>;
  asked: number;
  answered: number;
}

/**
 * Pools the rounds of several förbund into one report, every cell under the rules above.
 * @example poolReports({ instrument: nns2021, year: 2021, contributions })
 */
export function poolReports(options: PoolOptions): PooledReport {
  const { instrument } = options;
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const minForbund = Math.max(2, options.minForbund ?? MIN_POOLED_FORBUND);
  const minimum: Minimum = { threshold, forbund: minForbund };
  const questionPools = new Map<string, { all: Pool; byGender: Record<Gender, Pool> }>();
  for (const q of instrument.questions) {
    questionPools.set(q.id, {
      all: emptyPool(),
      byGender: { kvinna: emptyPool(), man: emptyPool(), annat: emptyPool() },
    });
  }
  const groupPools = new Map<string, GroupPool>();
  for (const g of instrument.groups) {
    groupPools.set(g.id, {
      forbund: new Set(),
      responses: 0,
      rateForbund: new Set(),
      asked: 0,
      answered: 0,
    });
  }
  const forbund = new Set<string>();
  for (const contribution of options.contributions) {
    forbund.add(contribution.forbund);
    const own = published(options, contribution, threshold);
    for (const question of instrument.questions) {
      const figures = own.questions.get(question.id);
      const pools = questionPools.get(question.id);
      if (!figures || !pools) continue;
      // A total of fewer than k is published to the förbund's own readers only (a board of
      // four answers as four): pooled, the next pooled state would give it away by difference.
      const all = distributionOf(instrument, question, own.index);
      if (answersIn(all) < threshold) continue;
      add(pools.all, contribution.forbund, all);
      for (const g of genders) {
        // Only a gender cell the förbund's own report shows, of at least k answers.
        if (isSuppressed(figures.byGender[g])) continue;
        const cell = distributionOf(instrument, question, own.index, g);
        if (answersIn(cell) >= threshold) add(pools.byGender[g], contribution.forbund, cell);
      }
    }
    for (const group of own.report.groups) {
      const pool = groupPools.get(group.group);
      if (!pool || group.responses < threshold) continue;
      pool.forbund.add(contribution.forbund);
      pool.responses += group.responses;
      if (group.asked !== undefined && group.asked > 0) {
        pool.rateForbund.add(contribution.forbund);
        pool.asked += group.asked;
        pool.answered += group.answeredOfAsked ?? group.responses;
      }
    }
  }
  return {
    instrumentVersion: instrument.version,
    year: options.year,
    threshold,
    minForbund,
    forbund: forbund.size,
    groups: instrument.groups.map((g): PooledGroup => {
      const pool = groupPools.get(g.id);
      if (!pool || pool.forbund.size < minForbund || pool.responses < threshold) {
        return { group: g.id, withheld: true };
      }
      const rate =
        pool.rateForbund.size < minForbund
          ? null
          : {
              asked: pool.asked,
              answeredOfAsked: pool.answered,
              responseRate: responseRate(pool.answered, pool.asked),
              forbund: pool.rateForbund.size,
            };
      return {
        group: g.id,
        responses: pool.responses,
        forbund: pool.forbund.size,
        responseRate: rate,
      };
    }),
    // A local question (no indicator) is one förbund's own: never pooled.
    questions: instrument.questions.flatMap((q): PooledQuestion[] => {
      if (q.indicator === undefined) return [];
      const pools = questionPools.get(q.id) ?? { all: emptyPool(), byGender: undefined };
      const all = cellOf(instrument, q, pools.all, minimum);
      const byGender = Object.fromEntries(
        genders.map((g) => [
          g,
          isPooledWithheld(all) || !pools.byGender
            ? { withheld: true }
            : cellOf(instrument, q, pools.byGender[g], minimum),
        ]),
      ) as Record<Gender, PooledCell>;
      return [
        {
          id: q.id,
          group: q.group,
          indicator: q.indicator,
          keyFigure: q.keyFigure,
          all,
          byGender,
        },
      ];
    }),
  };
}
