/**
 * @module
 * Answer values: which codes a question's scale allows, how a text cell becomes a value,
 * and which values count as positive for the question's key figure.
 */
import type { AnswerValue, Gender, InstrumentVersion, Question } from './types';
import { positiveCodes, scaleOf } from './versions';

export const genders: readonly Gender[] = ['kvinna', 'man', 'annat'];

export function isGender(value: unknown): value is Gender {
  return typeof value === 'string' && (genders as readonly string[]).includes(value);
}

/** The codes of the question's scale, lowest first. */
export function scaleCodes(instrument: InstrumentVersion, question: Question): AnswerValue[] {
  return scaleOf(instrument, question).options.map((o) => o.code);
}

/** True when `value` is one of the codes of the question's scale (type included: 5, not "5"). */
export function isInScale(
  instrument: InstrumentVersion,
  question: Question,
  value: unknown,
): value is AnswerValue {
  return scaleOf(instrument, question).options.some((o) => o.code === value);
}

/**
 * Reads an answer written as text (a CSV cell, a form field): a whole number for a number
 * code (`1`–`6` on the 2021 six-point scales), a word code in any case (`ja`, `Nej`).
 * Returns null for an empty cell and undefined when the text is not a value of the scale.
 */
export function parseAnswerText(
  instrument: InstrumentVersion,
  question: Question,
  text: string,
): AnswerValue | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const word = trimmed.toLowerCase();
  const number = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return scaleOf(instrument, question).options.find((o) =>
    typeof o.code === 'number' ? o.code === number : o.code === word,
  )?.code;
}

/** Whether a value counts as positive for the question's key figure (e.g. 5–6 for top2). */
export function isPositive(
  instrument: InstrumentVersion,
  question: Question,
  value: AnswerValue,
): boolean {
  return positiveCodes(instrument, question).includes(value);
}

/** The label of an option, e.g. `Alltid` for 6 (or "6") on the frequency scale. */
export function optionLabel(
  instrument: InstrumentVersion,
  question: Question,
  value: AnswerValue | string,
): string | undefined {
  return scaleOf(instrument, question).options.find((o) => String(o.code) === String(value))?.label;
}
