/**
 * @module
 * Results of a socialt bokslut's targets (mål). A target on questions takes its counts
 * from the round's published report, the answer distribution of each question, so that
 * disclosure control holds for it by construction: a question the report withholds gives
 * the target no figure. Shares are printed whole, as in the indicator report, and judged
 * on what is printed: met at or above the target, near within the förbund's margin.
 */
import { printedShare } from './printed';
import { isWithheld, type Report } from './report-types';

/** What a target asks of the answers; structurally the stored question target. */
export interface QuestionTargetSpec {
  readonly kind: 'question';
  readonly questions: readonly string[];
  readonly options: readonly string[];
  /** Percent. */
  readonly share: number;
}

export interface ManualTargetSpec {
  readonly kind: 'manual';
  readonly value: number;
  readonly unit: string;
  readonly direction: 'atLeast' | 'atMost';
  readonly outcome: number | null;
}

export type TargetVerdict = 'met' | 'near' | 'notMet';

export type TargetResult =
  | {
      readonly kind: 'question';
      /** Answered the target's questions, and of them answered one of its options. */
      readonly n: number;
      readonly positive: number;
      /** Whole percent as printed; null without answers. */
      readonly share: number | null;
      readonly verdict: TargetVerdict | null;
    }
  /** A question of the target is withheld by disclosure control, or not in the round. */
  | { readonly kind: 'question'; readonly withheld: true }
  | {
      readonly kind: 'manual';
      readonly outcome: number | null;
      readonly verdict: TargetVerdict | null;
    };

/**
 * Met, near or not met: `value` against `target`, higher being better unless `atMost`.
 * Near is within `margin`: points for a share, and for a value entered by hand the same
 * number of percent of its target (9.0 sjukdagar, 5 % margin: up to 9.45 is near).
 */
export function judge(
  value: number,
  target: number,
  margin: number,
  direction: 'atLeast' | 'atMost' = 'atLeast',
): TargetVerdict {
  const short = direction === 'atLeast' ? target - value : value - target;
  if (short <= 0) return 'met';
  return short <= margin + 1e-9 ? 'near' : 'notMet';
}

/** `report` may be null where the round's report was not needed (no target on questions). */
export function targetResult(
  report: Pick<Report, 'questions'> | null,
  target: QuestionTargetSpec | ManualTargetSpec,
  margin: number,
): TargetResult {
  if (target.kind === 'manual') {
    const relative = target.unit.trim() === '%' ? margin : (Math.abs(target.value) * margin) / 100;
    return {
      kind: 'manual',
      outcome: target.outcome,
      verdict:
        target.outcome === null
          ? null
          : judge(target.outcome, target.value, relative, target.direction),
    };
  }
  let n = 0;
  let positive = 0;
  for (const id of target.questions) {
    const question = report?.questions.find((q) => q.id === id);
    if (!question || isWithheld(question)) return { kind: 'question', withheld: true };
    n += question.n;
    for (const option of target.options) positive += question.distribution[option] ?? 0;
  }
  const share = printedShare(positive, n);
  return {
    kind: 'question',
    n,
    positive,
    share,
    verdict: share === null ? null : judge(share, target.share, margin),
  };
}
