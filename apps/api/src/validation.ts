/**
 * @module
 * Turns a failed request validation (zod) into a 400 problem naming every field.
 */
import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { type FieldError, problemResponse } from './problem';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
}

export function fieldErrors(issues: readonly Issue[], prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    field: prefix + (issue.path.map(String).join('.') || '(body)'),
    message: issue.message,
    ...(issue.code ? { code: issue.code } : {}),
  }));
}

// biome-ignore lint/suspicious/noExplicitAny: the hook serves every route's input type
export const validationHook: Hook<any, AppEnv, any, any> = (result, c) =>
  result.success
    ? undefined
    : problemResponse(
        c,
        400,
        'Begäran innehåller fel.',
        fieldErrors(result.error.issues, result.target === 'json' ? '' : `${result.target}.`),
      );
