/**
 * @module
 * The instrument versions the product knows. Adding a version (2017, or 2022 with
 * remittenter) is adding a data module here: ids stay stable across versions.
 */
import type { InstrumentVersion, Question, RespondentGroup } from './types';
import { nns2021 } from './versions/nns-2021';

export const instrumentVersions: readonly InstrumentVersion[] = [nns2021];

/** The version new rounds are created on. */
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
