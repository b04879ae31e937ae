/**
 * @module
 * A questionnaire posted as JSON, checked against the round's instrument version with the
 * same rules as files and paper (packages/instrument), every problem named by field.
 */
import { type InstrumentVersion, type ValidResponse, validateResponse } from '@indikera/instrument';
import type { FieldError } from '../problem';

/** A random UUID (version 4): time-ordered ids would carry the moment of answering. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function checkResponse(
  instrument: InstrumentVersion,
  group: string,
  kon: unknown,
  answers: Readonly<Record<string, unknown>>,
): { ok: true; response: ValidResponse } | { ok: false; errors: FieldError[] } {
  // Own keys only, into a Map: `__proto__` and friends are just unknown questions.
  const result = validateResponse(instrument, {
    group,
    kon,
    answers: new Map(Object.entries(answers)),
  });
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.problems.map((p) => ({
      field: p.field === 'kon' || p.field === 'grupp' ? p.field : `answers.${p.field}`,
      message: p.message,
      code: p.code,
    })),
  };
}
