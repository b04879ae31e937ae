/**
 * @module
 * The shape of an NNS instrument version: groups, scales, questions and indicators.
 * Ids (groups, questions) are stable across versions; a round is answered on one version.
 * A version is data, read from an instrument file (see `parseInstrument`).
 */
import type { InstrumentTranslation } from './translations/types';

/** A scale's id as the instrument file names it, e.g. `frequency6`. */
export type ScaleId = string;
/** A key figure's id as the instrument file names it, e.g. `top2`. */
export type KeyFigure = string;
export type Gender = 'kvinna' | 'man' | 'annat';
/**
 * An answer as stored: an option code of the question's scale, a whole number on ordered
 * scales (1–6 in 2021, 1 = the lowest option) or a word such as `ja`/`nej`.
 */
export type AnswerValue = number | string;
/** `ordered`: options listed lowest first. `yesno`: two options, the positive one first. */
export type ScaleKind = 'ordered' | 'yesno';

export interface ScaleOption {
  readonly code: AnswerValue;
  readonly label: string;
}

export interface Scale {
  readonly id: ScaleId;
  readonly label: string;
  readonly kind: ScaleKind;
  readonly options: readonly ScaleOption[];
}

export interface KeyFigureDefinition {
  readonly id: KeyFigure;
  /** Swedish name as printed in the reports, e.g. "Klart positiva svar". */
  readonly label: string;
  /** Per scale the key figure is used on: the option codes that count as positive. */
  readonly positive: Readonly<Record<ScaleId, readonly AnswerValue[]>>;
}

export interface RespondentGroup {
  /** Stable id, e.g. `deltagare-pagaende`. */
  readonly id: string;
  /** Question id prefix, e.g. `DP`. */
  readonly prefix: string;
  readonly label: string;
  readonly kind: 'deltagare' | 'personal' | 'chefer' | 'styrelse' | 'remittenter';
}

export interface Condition {
  readonly question: string;
  readonly equals: AnswerValue;
}

export interface Question {
  /** Stable id: group prefix + the questionnaire's "Fråga N", e.g. `DA9`. */
  readonly id: string;
  readonly group: string;
  readonly number: number;
  /** The NNS indicator the question measures; a local question has none. */
  readonly indicator?: number;
  /** The exact Swedish wording; förbund must not reword it. */
  readonly text: string;
  readonly scale: ScaleId;
  readonly keyFigure: KeyFigure;
  /** Asked only when another question has a given answer (DA8 → DA9, DA10). */
  readonly askedIf?: Condition;
  /** The id of the question in an earlier version that this one continues (a new wording). */
  readonly sameAs?: string;
  /** A förbund's own question for the round (see `withLocalQuestions`), not the NNS's. */
  readonly local?: true;
}

export interface Indicator {
  readonly number: number;
  readonly text: string;
  /** Why an indicator has no questions, where it has none. */
  readonly note?: string;
}

export interface GenderQuestion {
  readonly id: 'kon';
  readonly text: string;
  readonly options: readonly { readonly code: Gender; readonly label: string }[];
}

export interface InstrumentVersion {
  /** The version id, e.g. `2021`. */
  readonly version: string;
  readonly name: string;
  readonly scales: Readonly<Record<ScaleId, Scale>>;
  readonly keyFigures: Readonly<Record<KeyFigure, KeyFigureDefinition>>;
  readonly groups: readonly RespondentGroup[];
  readonly gender: GenderQuestion;
  readonly indicators: readonly Indicator[];
  /** Every question, in questionnaire order (group by group). */
  readonly questions: readonly Question[];
  /** Help translations by language code, e.g. `en`. */
  readonly translations: Readonly<Record<string, InstrumentTranslation>>;
}
