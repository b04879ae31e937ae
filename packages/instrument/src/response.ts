/**
 * @module
 * The validity of one questionnaire, the same for the API, paper entry and file import:
 * unknown question, another group's question, out of scale, condition not met, bad kön.
 */
import { isGender, isInScale, scaleCodes } from './answer';
import { shortText, shownValue } from './shown';
import type { AnswerValue, Gender, InstrumentVersion } from './types';
import { findGroup, findQuestion } from './versions';

export interface ResponseInput {
  readonly group: string;
  readonly kon: unknown;
  /** Question id → value; a question left out was not answered. */
  readonly answers: ReadonlyMap<string, unknown>;
}

export interface ValidResponse {
  readonly group: string;
  readonly kon: Gender | null;
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

export type ProblemCode =
  | 'unknown-group'
  | 'invalid-gender'
  | 'unknown-question'
  | 'other-group'
  | 'out-of-scale'
  | 'condition-not-met';

/** One thing wrong with a response, tied to its field (`grupp`, `kon` or a question id). */
export interface Problem {
  readonly field: string;
  readonly code: ProblemCode;
  /** Swedish, for the person who has to fix it. */
  readonly message: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly response: ValidResponse }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Checks a response against an instrument version and returns every problem found.
 * @example
 * validateResponse(nns2021, { group: 'deltagare-avslut', kon: null,
 *   answers: new Map([['DA9', 5]]) }) // DA9 without DA8 = ja: condition-not-met
 */
export function validateResponse(
  instrument: InstrumentVersion,
  input: ResponseInput,
): ValidationResult {
  const problems: Problem[] = [];
  const group = findGroup(instrument, input.group);
  if (!group) {
    problems.push({
      field: 'grupp',
      code: 'unknown-group',
      message: `okänd respondentgrupp ${shownValue(input.group)} (giltiga: ${instrument.groups.map((g) => g.id).join(', ')})`,
    });
  }
  if (input.kon !== null && !isGender(input.kon)) {
    problems.push({
      field: 'kon',
      code: 'invalid-gender',
      message: `ogiltigt kön ${shownValue(input.kon)} (giltiga: kvinna, man, annat eller tomt)`,
    });
  }
  for (const [id, value] of input.answers) {
    const question = findQuestion(instrument, id);
    if (!question) {
      problems.push({ field: shortText(id), code: 'unknown-question', message: 'okänd fråga' });
    } else if (group && question.group !== group.id) {
      problems.push({
        field: id,
        code: 'other-group',
        message: `frågan hör till gruppen ${question.group}, inte ${group.id}`,
      });
    } else if (!isInScale(instrument, question, value)) {
      const codes = scaleCodes(instrument, question);
      problems.push({
        field: id,
        code: 'out-of-scale',
        message: `${shownValue(value)} finns inte på skalan (giltiga: ${codes.join(', ')})`,
      });
    } else if (
      question.askedIf &&
      input.answers.get(question.askedIf.question) !== question.askedIf.equals
    ) {
      problems.push({
        field: id,
        code: 'condition-not-met',
        message: `besvaras bara när ${question.askedIf.question} är ${String(question.askedIf.equals)}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    response: {
      group: input.group,
      kon: (input.kon as Gender | null) ?? null,
      answers: input.answers as ReadonlyMap<string, AnswerValue>,
    },
  };
}
