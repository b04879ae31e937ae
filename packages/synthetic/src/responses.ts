/**
 * @module
 * Realistic synthetic questionnaires for examples, demos and benchmarks: each question has
 * its own level of positive answers, people skip now and then, gender mixes differ by
 * group, and conditional questions (DA9/DA10) follow their condition (DA8 = ja). Any
 * version's scales and key figures. Deterministic for a given seed.
 */
import type { ResponseRow } from '@indikera/formats';
import {
  type AnswerValue,
  type Gender,
  type InstrumentVersion,
  positiveCodes,
  type Question,
  questionsOfGroup,
  scaleOf,
} from '@indikera/instrument';
import { type Random, seededRandom, weighted } from './random';

export interface SyntheticOptions {
  readonly instrument: InstrumentVersion;
  readonly seed: number;
  /** Questionnaires per group id. */
  readonly counts: Readonly<Record<string, number>>;
  /** The measurement year: answers fall between November the year before and October. */
  readonly year: number;
  /** Insats names that deltagare and personal answer for. */
  readonly insatser: readonly string[];
  /** Shifts every question's positive level, in share points (e.g. 0.05 = better year). */
  readonly shift?: number;
  /** Share of questions left unanswered. */
  readonly skipRate?: number;
}

// Share of kvinna, man, annat and not answered, per kind of group (national reports:
// most deltagare and personal are women; boards are mixed).
const genderMix: Readonly<Record<string, readonly number[]>> = {
  deltagare: [0.52, 0.38, 0.04, 0.06],
  personal: [0.72, 0.24, 0.02, 0.02],
  chefer: [0.62, 0.35, 0.01, 0.02],
  styrelse: [0.5, 0.46, 0.02, 0.02],
  remittenter: [0.7, 0.26, 0.02, 0.02],
};

// Typical share of positive answers per kind of group, near the national picture (003):
// deltagare mostly positive, chefer least.
const baseLevel: Readonly<Record<string, number>> = {
  deltagare: 0.7,
  personal: 0.55,
  chefer: 0.35,
  styrelse: 0.55,
  remittenter: 0.5,
};

/** A stable level of positive answers per question: its group's base ± 0.12. */
function levelOf(questionId: string, kind: string): number {
  let h = 2166136261;
  for (const ch of questionId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (baseLevel[kind] ?? 0.5) - 0.12 + ((h >>> 0) % 1000) / 4166;
}

/** Weights of the options of an ordered scale, lowest first: low options are rarer. */
function optionWeights(options: number): readonly number[] {
  if (options === 6) return [0.1, 0.17, 0.33, 0.4, 0.45, 0.55];
  return Array.from({ length: options }, (_, i) => 0.1 + (0.45 * i) / Math.max(1, options - 1));
}

/**
 * An answer on the question's scale that counts as positive for its key figure with
 * probability `level` (a little more often on yes/no, as nationally).
 */
function answerOf(
  random: Random,
  level: number,
  instrument: InstrumentVersion,
  question: Question,
): AnswerValue | undefined {
  const scale = scaleOf(instrument, question);
  const positive = positiveCodes(instrument, question);
  const codes = scale.options.map((o) => o.code);
  const yes = codes.filter((c) => positive.includes(c));
  const no = codes.filter((c) => !positive.includes(c));
  if (scale.kind === 'yesno') return random() < level + 0.15 ? yes[0] : no[0];
  const weights = optionWeights(codes.length);
  const pick = (from: readonly AnswerValue[]): AnswerValue | undefined =>
    from[
      weighted(
        random,
        from.map((c) => weights[codes.indexOf(c)] ?? 0),
      )
    ];
  return random() < level ? pick(yes) : pick(no);
}

function dayIn(random: Random, year: number): string {
  // November 1 of the year before through October 31: 365 days (366 in leap years).
  const start = Date.UTC(year - 1, 10, 1);
  const days = Math.round((Date.UTC(year, 9, 31) - start) / 86_400_000);
  return new Date(start + Math.floor(random() * (days + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

export function* syntheticResponses(options: SyntheticOptions): Generator<ResponseRow> {
  const { instrument } = options;
  const random = seededRandom(options.seed);
  const skipRate = options.skipRate ?? 0.04;
  const shift = options.shift ?? 0;
  for (const group of instrument.groups) {
    const count = options.counts[group.id] ?? 0;
    const questions = questionsOfGroup(instrument, group.id);
    const mix = genderMix[group.kind] ?? [0.5, 0.5, 0, 0];
    const withInsats = group.kind === 'deltagare' || group.kind === 'personal';
    for (let i = 0; i < count; i++) {
      const answers = new Map<string, AnswerValue>();
      for (const q of questions) {
        if (q.askedIf && answers.get(q.askedIf.question) !== q.askedIf.equals) continue;
        if (random() < skipRate) continue;
        const level = Math.min(0.97, Math.max(0.03, levelOf(q.id, group.kind) + shift));
        const answer = answerOf(random, level, instrument, q);
        if (answer !== undefined) answers.set(q.id, answer);
      }
      const genderIndex = weighted(random, mix);
      const kon: Gender | null = (['kvinna', 'man', 'annat', null] as const)[genderIndex] ?? null;
      const insats = withInsats
        ? (options.insatser[Math.floor(random() * options.insatser.length)] ?? null)
        : null;
      yield { group: group.id, kon, insats, datum: dayIn(random, options.year), answers };
    }
  }
}
