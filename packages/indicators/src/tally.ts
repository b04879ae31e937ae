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
}

/** How many chose `value` on `question`, per gender. `value` is the code as text: `5`, `ja`. */
export interface AnswerCount {
  readonly question: string;
  readonly value: string;
  readonly gender: Gender;
  readonly count: number;
}

export interface Tally {
  readonly responses: readonly ResponseCount[];
  readonly answers: readonly AnswerCount[];
}

/** One questionnaire as the in-memory counter sees it. */
export interface TallyInput {
  readonly group: string;
  readonly kon: Gender | null;
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
    const gKey = `${r.group}\u0000${gender}`;
    groupCounts.set(gKey, (groupCounts.get(gKey) ?? 0) + 1);
    for (const [question, value] of r.answers) {
      const aKey = `${question}\u0000${String(value)}\u0000${gender}`;
      answerCounts.set(aKey, (answerCounts.get(aKey) ?? 0) + 1);
    }
  }
  return {
    responses: [...groupCounts].map(([key, count]) => {
      const [group = '', gender] = key.split('\u0000');
      return { group, gender: gender as Gender, count };
    }),
    answers: [...answerCounts].map(([key, count]) => {
      const [question = '', value = '', gender] = key.split('\u0000');
      return { question, value, gender: gender as Gender, count };
    }),
  };
}
