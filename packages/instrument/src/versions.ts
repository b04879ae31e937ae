/**
 * @module
 * The instrument versions built into the program, and lookups within a version. An
 * installation adds further versions as files (`indikera instrument add`), kept in its
 * registry; the platform asks the registry (apps/api's instruments.service), never this
 * list. Question ids stay stable across versions.
 */
import type {
  AnswerValue,
  InstrumentVersion,
  KeyFigureDefinition,
  Question,
  RespondentGroup,
  Scale,
} from './types';
import { nns2021 } from './versions/nns-2021';

/** The versions built into the program, for pure code and tests. */
export const instrumentVersions: readonly InstrumentVersion[] = [nns2021];

/** The newest built-in version, for pure code and tests (rounds take theirs from the registry). */
export const currentVersion: InstrumentVersion = nns2021;

export class UnknownInstrumentVersionError extends Error {
  constructor(readonly version: string) {
    super(`unknown instrument version: ${version}`);
    this.name = 'UnknownInstrumentVersionError';
  }
}

/** @example getInstrument('2021').questions.length // 41 */
export function getInstrument(version: string): InstrumentVersion {
  const found = instrumentVersions.find((v) => v.version === version);
  if (!found) throw new UnknownInstrumentVersionError(version);
  return found;
}

const questionIndex = new WeakMap<InstrumentVersion, ReadonlyMap<string, Question>>();

/** Looks a question up by id; a Map, so keys such as `__proto__` are just unknown. */
export function findQuestion(instrument: InstrumentVersion, id: string): Question | undefined {
  let index = questionIndex.get(instrument);
  if (!index) {
    index = new Map(instrument.questions.map((q) => [q.id, q]));
    questionIndex.set(instrument, index);
  }
  return index.get(id);
}

export function findGroup(instrument: InstrumentVersion, id: string): RespondentGroup | undefined {
  return instrument.groups.find((g) => g.id === id);
}

/** The questions of one respondent group's questionnaire, in questionnaire order. */
export function questionsOfGroup(instrument: InstrumentVersion, group: string): Question[] {
  return instrument.questions.filter((q) => q.group === group);
}

export function questionsOfIndicator(instrument: InstrumentVersion, indicator: number): Question[] {
  return instrument.questions.filter((q) => q.indicator === indicator);
}

/**
 * The question of an earlier version that `question` continues: the same id, or the id
 * its `sameAs` names. One step only: a chain across versions is matched version by version.
 */
export function continuedQuestion(
  earlier: InstrumentVersion,
  question: Question,
): Question | undefined {
  const same = findQuestion(earlier, question.id);
  if (same) return same;
  return question.sameAs === undefined ? undefined : findQuestion(earlier, question.sameAs);
}

/** The scale a question is answered on (a parsed version always has it). */
export function scaleOf(instrument: InstrumentVersion, question: Question): Scale {
  const scale = instrument.scales[question.scale];
  if (!scale) throw new Error(`${question.id}: the version has no scale ${question.scale}`);
  return scale;
}

/** The key figure of a question (a parsed version always has it). */
export function keyFigureOf(
  instrument: InstrumentVersion,
  question: Question,
): KeyFigureDefinition {
  const figure = instrument.keyFigures[question.keyFigure];
  if (!figure)
    throw new Error(`${question.id}: the version has no key figure ${question.keyFigure}`);
  return figure;
}

/** The Swedish name of a key figure as printed in the reports, e.g. `Klart positiva svar`. */
export function keyFigureLabel(instrument: InstrumentVersion, keyFigure: string): string {
  return instrument.keyFigures[keyFigure]?.label ?? keyFigure;
}

/** The option codes that count as positive for the question's key figure on its scale. */
export function positiveCodes(
  instrument: InstrumentVersion,
  question: Question,
): readonly AnswerValue[] {
  return keyFigureOf(instrument, question).positive[question.scale] ?? [];
}
