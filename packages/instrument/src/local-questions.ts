/**
 * @module
 * A förbund's own questions beside the NNS ones (local questions): per round and group,
 * on a scale of the round's version, with the options that count as positive. They are
 * questions like any other once combined with the version (`withLocalQuestions`): asked
 * after their group's NNS questions, answered, validated, counted and reported the same
 * way, only marked `local` and without an indicator or riksnitt. No free text (anonymity),
 * and the NNS questions are never reworded or removed: a local question only adds.
 */
import type {
  AnswerValue,
  InstrumentVersion,
  KeyFigure,
  KeyFigureDefinition,
  Question,
  Scale,
  ScaleId,
  ScaleOption,
} from './types';
import { findQuestion } from './versions';

/** At most this many local questions per group and round. */
export const MAX_LOCAL_QUESTIONS_PER_GROUP = 10;
/** The longest text of a local question, in characters. */
export const MAX_LOCAL_QUESTION_TEXT = 300;
/** Every local question's id begins with this, before its group's prefix: `LDA1`. */
export const LOCAL_ID_PREFIX = 'L';

/**
 * Which answers count as positive: on an ordered scale a key figure of the version that
 * covers the scale; on a yes/no scale the one answer that is positive (`nej` for "have you
 * been discriminated against?").
 */
export type LocalPositive = { readonly keyFigure: KeyFigure } | { readonly answer: AnswerValue };

export interface LocalQuestion {
  readonly group: string;
  /** 1, 2, … within the group's local questions; part of the stable id. */
  readonly number: number;
  /** The exact Swedish wording, as the respondent reads it. */
  readonly text: string;
  readonly scale: ScaleId;
  readonly positive: LocalPositive;
}

/**
 * The id of a group's local question number `number`: `L`, the group's prefix, the number
 * (`LDA1`). It is a valid column name of the responses file; an NNS id is a group prefix
 * and a number, so it never collides unless a version had a group prefix `L` + another
 * group's prefix, which `withLocalQuestions` refuses.
 */
export function localQuestionId(
  instrument: InstrumentVersion,
  group: string,
  number: number,
): string {
  const prefix = instrument.groups.find((g) => g.id === group)?.prefix;
  if (prefix === undefined) throw new Error(`the version has no group ${group}`);
  return `${LOCAL_ID_PREFIX}${prefix}${number}`;
}

export interface LocalQuestionError {
  readonly field: 'group' | 'text' | 'scale' | 'positive' | 'number';
  readonly message: string;
}

// Line breaks, tabs and other control characters: a question is one line of plain text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * The option of a scale an answer names. Codes are compared as text: a stored answer is
 * text, while a version's codes may be numbers.
 */
function optionOf(scale: Scale, answer: AnswerValue): ScaleOption | undefined {
  return scale.options.find((o) => String(o.code) === String(answer));
}

/** What is wrong with a local question on `instrument`, each error naming its field (Swedish). */
export function localQuestionErrors(
  instrument: InstrumentVersion,
  question: LocalQuestion,
): LocalQuestionError[] {
  const errors: LocalQuestionError[] = [];
  if (!instrument.groups.some((g) => g.id === question.group)) {
    errors.push({ field: 'group', message: 'ingen sådan grupp i mätningens enkät' });
  }
  if (!Number.isSafeInteger(question.number) || question.number < 1) {
    errors.push({ field: 'number', message: 'måste vara ett heltal från 1' });
  } else {
    const group = instrument.groups.find((g) => g.id === question.group);
    const id = group ? `${LOCAL_ID_PREFIX}${group.prefix}${question.number}` : undefined;
    // A version's own ids are free-form: one may already be what this local id would be.
    if (id !== undefined && findQuestion(instrument, id)) {
      errors.push({
        field: 'number',
        message: `enkätens version har redan en fråga ${id}; en lokal fråga kan inte få det id:t`,
      });
    }
  }
  const text = question.text.trim();
  if (text.length === 0) errors.push({ field: 'text', message: 'frågan behöver en text' });
  else if (question.text.length > MAX_LOCAL_QUESTION_TEXT) {
    errors.push({ field: 'text', message: `högst ${MAX_LOCAL_QUESTION_TEXT} tecken` });
  } else if (CONTROL.test(question.text)) {
    errors.push({ field: 'text', message: 'en rad text utan radbrytningar eller styrtecken' });
  }
  const scale = instrument.scales[question.scale];
  if (!scale) {
    errors.push({ field: 'scale', message: 'ingen sådan svarsskala i mätningens enkät' });
    return errors;
  }
  const { positive } = question;
  if (scale.kind === 'yesno') {
    if (!('answer' in positive) || optionOf(scale, positive.answer) === undefined) {
      errors.push({ field: 'positive', message: 'välj vilket svar, ja eller nej, som räknas' });
    }
  } else if (
    !('keyFigure' in positive) ||
    instrument.keyFigures[positive.keyFigure]?.positive[scale.id] === undefined
  ) {
    errors.push({ field: 'positive', message: 'inget sådant nyckeltal för svarsskalan' });
  }
  return errors;
}

/** One way to answer a local question and count it, as the staff page offers it. */
export interface LocalAnswerKind {
  readonly scale: ScaleId;
  readonly positive: LocalPositive;
  /** Swedish, e.g. "Aldrig … Alltid; räknas: För det mesta, Alltid (Klart positiva svar)". */
  readonly label: string;
}

/** Every scale of the version with each way it can be counted. */
export function localAnswerKinds(instrument: InstrumentVersion): LocalAnswerKind[] {
  const kinds: LocalAnswerKind[] = [];
  for (const scale of Object.values(instrument.scales)) {
    const labelOf = (code: AnswerValue) =>
      scale.options.find((o) => o.code === code)?.label ?? String(code);
    const range = `${scale.options[0]?.label ?? ''} … ${scale.options.at(-1)?.label ?? ''}`;
    if (scale.kind === 'yesno') {
      for (const option of scale.options) {
        kinds.push({
          scale: scale.id,
          positive: { answer: option.code },
          label: `${scale.options.map((o) => o.label).join(' eller ')}; räknas: ${option.label}`,
        });
      }
      continue;
    }
    for (const figure of Object.values(instrument.keyFigures)) {
      const codes = figure.positive[scale.id];
      if (codes === undefined) continue;
      kinds.push({
        scale: scale.id,
        positive: { keyFigure: figure.id },
        label: `${range}; räknas: ${codes.map(labelOf).join(', ')} (${figure.label})`,
      });
    }
  }
  return kinds;
}

/** The key figure of a yes/no answer: the version's own where it has one, else a local one. */
function yesNoKeyFigure(
  instrument: InstrumentVersion,
  scale: ScaleId,
  answer: AnswerValue,
): KeyFigureDefinition {
  const own = Object.values(instrument.keyFigures).find((f) => {
    const codes = f.positive[scale];
    return codes?.length === 1 && codes[0] === answer;
  });
  if (own) return own;
  const label = instrument.scales[scale]?.options.find((o) => o.code === answer)?.label;
  return {
    id: `lokal-${scale}-${String(answer)}`,
    label: `Svar ${(label ?? String(answer)).toLowerCase()}`,
    positive: { [scale]: [answer] },
  };
}

/** The question with its counted yes/no answer as the scale's own code (a number stays a number). */
function withScaleCode(instrument: InstrumentVersion, local: LocalQuestion): LocalQuestion {
  const scale = instrument.scales[local.scale];
  if (!scale || !('answer' in local.positive)) return local;
  const option = optionOf(scale, local.positive.answer);
  return option ? { ...local, positive: { answer: option.code } } : local;
}

/**
 * The instrument a round is answered on: the version with the round's local questions
 * after the NNS questions of their group, in number order, each marked `local`, with no
 * indicator. A yes/no question counted on `nej` gets a key figure of its own ("Svar nej").
 * Throws on a question `localQuestionErrors` refuses or an id the version already has:
 * stored questions were checked when they were written.
 */
export function withLocalQuestions(
  version: InstrumentVersion,
  locals: readonly LocalQuestion[],
): InstrumentVersion {
  if (locals.length === 0) return version;
  const keyFigures: Record<KeyFigure, KeyFigureDefinition> = { ...version.keyFigures };
  const ids = new Set(version.questions.map((q) => q.id));
  for (const local of locals) {
    const errors = localQuestionErrors(version, local);
    if (errors.length > 0) {
      throw new Error(`local question: ${errors.map((e) => `${e.field}: ${e.message}`)}`);
    }
  }
  const asQuestion = (stored: LocalQuestion): Question => {
    const local = withScaleCode(version, stored);
    const id = localQuestionId(version, local.group, local.number);
    if (ids.has(id)) throw new Error(`local question ${id}: the version already has that id`);
    ids.add(id);
    let keyFigure: KeyFigure;
    if ('answer' in local.positive) {
      const figure = yesNoKeyFigure(version, local.scale, local.positive.answer);
      keyFigures[figure.id] = figure;
      keyFigure = figure.id;
    } else keyFigure = local.positive.keyFigure;
    return {
      id,
      group: local.group,
      number: local.number,
      text: local.text.trim(),
      scale: local.scale,
      keyFigure,
      local: true,
    };
  };
  const questions = version.groups.flatMap((group) => [
    ...version.questions.filter((q) => q.group === group.id),
    ...locals
      .filter((l) => l.group === group.id)
      .sort((a, b) => a.number - b.number)
      .map(asQuestion),
  ]);
  return { ...version, keyFigures, questions };
}

/** Whether a question is one of the förbund's own rather than the NNS instrument's. */
export function isLocalQuestion(question: Question): boolean {
  return question.local === true;
}
