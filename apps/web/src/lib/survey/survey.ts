/**
 * @module
 * The questionnaire as the respondent pages show it: questions in order with their
 * options in the chosen language (the Swedish original kept beside a translation), and
 * the rules for reading a posted form. Shared by the server and the browser.
 */
import {
  type AnswerValue,
  type Condition,
  type Gender,
  type InstrumentTranslation,
  type InstrumentVersion,
  isGender,
  optionLabel,
  parseAnswerText,
  type Question,
  questionsOfGroup,
  scaleOf,
  validateResponse,
} from '@indikera/instrument';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '../i18n/messages';

export interface ShownOption {
  readonly value: string;
  readonly label: string;
}

export interface ShownQuestion {
  readonly id: string;
  readonly position: number;
  readonly text: string;
  /** The Swedish original when `text` is a translation. */
  readonly original: string | null;
  /** A förbund's own question, asked under "Lokala frågor"; it is only ever in Swedish. */
  readonly local: boolean;
  /** `sv` where the text is Swedish on a page in another language (a local question). */
  readonly textLang: 'sv' | null;
  readonly options: readonly ShownOption[];
  readonly askedIf: {
    readonly question: string;
    readonly equals: string;
    /** The position of the question it depends on, and the answer that asks this one. */
    readonly position: number;
    readonly answer: string;
  } | null;
}

export interface ShownSurvey {
  readonly groupLabel: string;
  readonly questions: readonly ShownQuestion[];
  readonly gender: { readonly text: string; readonly options: readonly ShownOption[] };
}

/** A condition as the respondent reads it: "fråga 8", the answer's label in the language. */
function shownCondition(
  instrument: InstrumentVersion,
  questions: readonly Question[],
  condition: Condition,
  t: InstrumentTranslation | undefined,
): NonNullable<ShownQuestion['askedIf']> {
  const index = questions.findIndex((q) => q.id === condition.question);
  const on = questions[index];
  const equals = String(condition.equals);
  const answer = on
    ? (t?.options[on.scale]?.[equals] ?? optionLabel(instrument, on, equals) ?? equals)
    : equals;
  return { question: condition.question, equals, position: index + 1, answer };
}

export function showSurvey(
  instrument: InstrumentVersion,
  group: string,
  lang: Language,
): ShownSurvey {
  // The translation of this very version: another version's texts would fit other questions.
  const t: InstrumentTranslation | undefined = instrument.translations[lang];
  const groupLabel = instrument.groups.find((g) => g.id === group)?.label ?? group;
  const questions = questionsOfGroup(instrument, group);
  return {
    groupLabel: t?.groups[group] ?? groupLabel,
    questions: questions.map((q, i) => ({
      id: q.id,
      position: i + 1,
      text: t?.questions[q.id] ?? q.text,
      original: t?.questions[q.id] ? q.text : null,
      local: q.local === true,
      textLang: lang !== 'sv' && !t?.questions[q.id] ? 'sv' : null,
      options: scaleOf(instrument, q).options.map((o) => ({
        value: String(o.code),
        label: t?.options[q.scale]?.[String(o.code)] ?? o.label,
      })),
      askedIf: q.askedIf ? shownCondition(instrument, questions, q.askedIf, t) : null,
    })),
    gender: {
      text: t?.gender.text ?? instrument.gender.text,
      options: instrument.gender.options.map((o) => ({
        value: o.code,
        label: t?.gender.options[o.code] ?? o.label,
      })),
    },
  };
}

/** Form values as posted: `q-DA1` → "5", `kon` → "kvinna". */
export type FormValues = Readonly<Record<string, string>>;

export interface ReadForm {
  /** Null when not given, or not one of the options (then `errors.kon` says so). */
  readonly kon: Gender | null;
  readonly answers: Record<string, AnswerValue>;
  /** Question id (or `kon`) → message. */
  readonly errors: Record<string, string>;
}

const errorText: Record<Language, Record<string, string>> = {
  sv: {
    'out-of-scale': 'Välj ett av svarsalternativen.',
    'invalid-gender': 'Välj ett av alternativen.',
    'unknown-question': 'Okänd fråga.',
    'other-group': 'Frågan hör inte till den här enkäten.',
    'unknown-group': 'Okänd grupp.',
  },
  en: {
    'out-of-scale': 'Choose one of the options.',
    'invalid-gender': 'Choose one of the options.',
    'unknown-question': 'Unknown question.',
    'other-group': 'The question does not belong to this survey.',
    'unknown-group': 'Unknown group.',
  },
};

/** Reads and checks a posted form with the instrument's own rules. */
export function readForm(
  instrument: InstrumentVersion,
  group: string,
  values: FormValues,
  lang: Language,
): ReadForm {
  const raw = new Map<string, unknown>();
  const answers: Record<string, AnswerValue> = {};
  for (const q of questionsOfGroup(instrument, group)) {
    const text = values[`q-${q.id}`];
    if (text === undefined || text === '') continue;
    const value = parseAnswerText(instrument, q, text);
    raw.set(q.id, value ?? text);
    if (value !== undefined && value !== null) answers[q.id] = value;
  }
  const konText = values.kon ?? '';
  const result = validateResponse(instrument, {
    group,
    kon: konText === '' ? null : konText,
    answers: raw,
  });
  const kon = isGender(konText) ? konText : null;
  const errors: Record<string, string> = {};
  if (!result.ok) {
    const shown = showSurvey(instrument, group, lang).questions;
    for (const p of result.problems) {
      const askedIf =
        p.code === 'condition-not-met' && shown.find((q) => q.id === p.field)?.askedIf;
      errors[p.field] = askedIf
        ? messagesFor(lang).conditionNotMet(askedIf.answer, askedIf.position)
        : (errorText[lang][p.code] ?? p.message);
    }
  }
  return { kon, answers, errors };
}

/** Whether a conditional question is asked, given the answers so far. */
export function isAsked(
  question: Pick<Question, 'askedIf'> | ShownQuestion,
  values: FormValues,
): boolean {
  if (!question.askedIf) return true;
  return values[`q-${question.askedIf.question}`] === String(question.askedIf.equals);
}

/** About how long the questionnaire takes: half a minute a question, at least two. */
export function minutesFor(questionCount: number): number {
  return Math.max(2, Math.ceil(questionCount / 2));
}
