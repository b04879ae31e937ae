/**
 * @module
 * Answer counts: what SQL (`GROUP BY question, value, gender`) or an in-memory pass over a
 * CSV produces, and all the report needs. Counting is the caller's job; figures are ours.
 */
import type { AnswerValue, Gender } from '@indikera/instrument';

/** Questionnaires received, per group and gender (an unanswered kön counts as `annat`). */
export interface ResponseCount {
  readonly group: string;
  readonly gender: Gender;
  readonly count: number;
  /** The insats answered for (its id or name; null or absent: none), for filtered views. */
  readonly insats?: string | null;
  /** The release the answers entered the report in (absent: 1; null: not released yet). */
  readonly release?: number | null;
}

/** How many chose `value` on `question`, per gender. `value` is the code as text: `5`, `ja`. */
export interface AnswerCount {
  readonly question: string;
  readonly value: string;
  readonly gender: Gender;
  readonly count: number;
  /** As in `ResponseCount`. */
  readonly insats?: string | null;
  readonly release?: number | null;
}

export interface Tally {
  readonly responses: readonly ResponseCount[];
  readonly answers: readonly AnswerCount[];
}

/** One questionnaire as the in-memory counter sees it. */
export interface TallyInput {
  readonly group: string;
  readonly kon: Gender | null;
  readonly insats?: string | null;
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * Counts questionnaires in memory, as SQL would: used by the command line and in tests.
 * @example tallyResponses([{ group: 'styrelse', kon: null, answers: new Map([['S1', 5]]) }])
 */
export function tallyResponses(responses: Iterable<TallyInput>): Tally {
  const groupCounts = new Map<string, number>();
  const answerCounts = new Map<string, number>();
  for (const r of responses) {
    const gender: Gender = r.kon ?? 'annat';
    // An insats is kept (for filtered views) behind a marker that tells none from a name.
    const insats = r.insats == null ? '\u0002' : `\u0003${r.insats}`;
    const gKey = `${r.group}\u0000${gender}\u0000${insats}`;
    groupCounts.set(gKey, (groupCounts.get(gKey) ?? 0) + 1);
    for (const [question, value] of r.answers) {
      const aKey = `${question}\u0000${String(value)}\u0000${gender}\u0000${insats}`;
      answerCounts.set(aKey, (answerCounts.get(aKey) ?? 0) + 1);
    }
  }
  const insatsOf = (key = ''): string | null => (key === '\u0002' ? null : key.slice(1));
  return {
    responses: [...groupCounts].map(([key, count]) => {
      const [group = '', gender, insats] = key.split('\u0000');
      return { group, gender: gender as Gender, count, insats: insatsOf(insats) };
    }),
    answers: [...answerCounts].map(([key, count]) => {
      const [question = '', value = '', gender, insats] = key.split('\u0000');
      return { question, value, gender: gender as Gender, count, insats: insatsOf(insats) };
    }),
  };
}
