/**
 * @module
 * The shape of an NNS instrument version: groups, scales, questions and indicators.
 * Ids (groups, questions) are stable across versions; a round is answered on one version.
 */

export type ScaleId = 'frequency6' | 'extent6' | 'yesno';
export type KeyFigure = 'top2' | 'top3' | 'yes';
export type Gender = 'kvinna' | 'man' | 'annat';
export type YesNo = 'ja' | 'nej';
/** An answer as stored: 1–6 on six-point scales (1 = the lowest option), `ja`/`nej` on yes/no. */
export type AnswerValue = number | YesNo;

export interface ScaleOption {
  readonly code: AnswerValue;
  readonly label: string;
}

export interface Scale {
  readonly id: ScaleId;
  readonly label: string;
  readonly options: readonly ScaleOption[];
}

export interface KeyFigureDefinition {
  readonly id: KeyFigure;
  /** Swedish name as printed in the reports, e.g. "Klart positiva svar". */
  readonly label: string;
  /** The option codes that count as positive. */
  readonly positive: readonly AnswerValue[];
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
  readonly indicator: number;
  /** The exact Swedish wording; förbund must not reword it. */
  readonly text: string;
  readonly scale: ScaleId;
  readonly keyFigure: KeyFigure;
  /** Asked only when another question has a given answer (DA8 → DA9, DA10). */
  readonly askedIf?: Condition;
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
}
