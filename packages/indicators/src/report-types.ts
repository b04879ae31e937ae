/**
 * @module
 * The report, exactly as `docs/report-json.md` specifies it: the same JSON from the
 * command line and the API. Shares are unrounded percentages; rounding is for display.
 */
import type { Gender, KeyFigure } from '@indikera/instrument';
import type { Trend, Versus } from './comparison';

export interface GroupSummary {
  readonly group: string;
  readonly responses: number;
  readonly byGender: Readonly<Record<Gender, number>>;
  /** People asked (sum of the links' numbers), only where known: an addition of the API's report. */
  readonly asked?: number;
  /** Answers through the links the number asked belongs to (an addition too). */
  readonly answeredOfAsked?: number;
  /** Svarsfrekvens in percent (answeredOfAsked ÷ asked), only where the number asked is known. */
  readonly responseRate?: number | null;
  /** The national svarsfrekvens of the group that year, where loaded: an addition too. */
  readonly nationalResponseRate?: number;
  /**
   * Only in a filtered view whose answer figures would let a reader work out fewer than
   * the threshold of people: the group's questions are all withheld (disclosure control).
   */
  readonly withheld?: true;
  /** Questionnaires received that are not in the figures yet (only when there are some). */
  readonly waiting?: number;
}

export interface Figure {
  readonly n: number;
  readonly positive: number;
  readonly share: number | null;
}

export type GenderCell = Figure | { readonly suppressed: true };

export interface RiksnittFigures {
  readonly all: number | null;
  readonly kvinna: number | null;
  readonly man: number | null;
}

export interface QuestionFigures {
  readonly id: string;
  readonly group: string;
  /** Absent on a local question, which measures no indicator. */
  readonly indicator?: number;
  /** A förbund's own question of the round: no indicator, riksnitt or comparison. */
  readonly local?: true;
  readonly keyFigure: KeyFigure;
  readonly n: number;
  readonly distribution: Readonly<Record<string, number>>;
  readonly positive: number;
  readonly share: number | null;
  readonly ci95: [number, number] | null;
  readonly typvarde: readonly string[];
  readonly byGender: Readonly<Record<Gender, GenderCell>>;
  readonly riksnitt: RiksnittFigures | null;
  readonly vsRiksnitt: Versus | null;
  readonly previous: PreviousFigures | null;
  readonly trend: Trend | null;
  /**
   * Only when earlier rounds are given: the question's figure in each earlier year that
   * asked it (by its id, or the id its `sameAs` names), oldest first. An addition to formats.md.
   */
  readonly history?: readonly HistoryFigures[];
}

/** One earlier year of a question: its figure, or withheld by that round's disclosure control. */
export type HistoryFigures =
  | (Figure & { readonly year: number; readonly question: string })
  | { readonly year: number; readonly question: string; readonly withheld: true };

/**
 * A question of a filtered view whose figures could be combined with others into the
 * answers of fewer than the threshold of people: only what it is, no figure at all.
 */
export interface WithheldQuestion {
  readonly id: string;
  readonly group: string;
  /** Absent on a local question, which measures no indicator. */
  readonly indicator?: number;
  /** A förbund's own question of the round: no indicator, riksnitt or comparison. */
  readonly local?: true;
  readonly keyFigure: KeyFigure;
  readonly withheld: true;
  readonly riksnitt: RiksnittFigures | null;
}

export type ReportQuestion = QuestionFigures | WithheldQuestion;

export function isWithheld(question: ReportQuestion): question is WithheldQuestion {
  return 'withheld' in question;
}

/** Last year's figure of a question, with its gender cells suppressed within that round. */
export interface PreviousFigures extends Figure {
  readonly byGender: Readonly<Record<Gender, GenderCell>>;
}

export interface GenderVerdict {
  readonly vsRiksnitt: Versus | 'mixed' | null;
  readonly trend: Trend | 'mixed' | null;
}

export interface IndicatorVerdict extends GenderVerdict {
  readonly indicator: number;
  /** The kvinnor and män columns of Tabell 10. */
  readonly byGender: { readonly kvinna: GenderVerdict; readonly man: GenderVerdict };
}

export interface Report {
  /**
   * Only in the API's report, where no riksnitt is loaded for its year and version:
   * `riksnitt` then holds the installation's pooled figures (riksnivå), never to be taken
   * for the official riksnitt. An addition to the report contract.
   */
  readonly riksnittSource?: 'installation';
  readonly instrumentVersion: string;
  readonly year: number | null;
  readonly groups: readonly GroupSummary[];
  readonly questions: readonly ReportQuestion[];
  readonly indicators: readonly IndicatorVerdict[];
}

export function isSuppressed(cell: GenderCell): cell is { readonly suppressed: true } {
  return 'suppressed' in cell;
}
