/**
 * @module
 * Errors as RFC 9457 problem details (`application/problem+json`), with every invalid
 * field named. One error shape for the whole API; never a stack trace or a secret.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ConflictError,
  type DomainError,
  GoneError,
  InvalidFieldsError,
  InvalidFileError,
  NotFoundError,
} from './services/domain-errors';

export interface FieldError {
  /** Where: a JSON path (`answers.DA9`), a query parameter, or `line 4: DA9` for files. */
  readonly field: string;
  readonly message: string;
  readonly line?: number;
  readonly code?: string;
}

/** The `field` of a file error about a whole row (a wrong number of fields, a duplicate). */
export const ROW_FIELD = '(rad)';

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
}

const titles: Readonly<Record<number, string>> = {
  400: 'Ogiltig begäran',
  401: 'Inte inloggad',
  403: 'Saknar behörighet',
  404: 'Finns inte',
  409: 'Konflikt',
  410: 'Inte längre öppen',
  413: 'För stor begäran',
  415: 'Fel innehållstyp',
  422: 'Filen innehåller fel',
  429: 'För många försök',
  500: 'Internt fel',
};

/** Thrown anywhere in a request; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(detail ?? titles[status] ?? 'Fel');
  }
}

export function problemOf(
  status: number,
  detail?: string,
  errors?: readonly FieldError[],
): Problem {
  return {
    type: 'about:blank',
    title: titles[status] ?? 'Fel',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail?: string,
  errors?: readonly FieldError[],
  headers: Readonly<Record<string, string>> = {},
): Response {
  return c.body(JSON.stringify(problemOf(status, detail, errors)), status, {
    ...headers,
    'Content-Type': 'application/problem+json',
  });
}

/** The one mapping of the services' refusals to HTTP. */
export function problemOfDomainError(error: DomainError): ProblemError {
  const status: ContentfulStatusCode =
    error instanceof NotFoundError
      ? 404
      : error instanceof ConflictError
        ? 409
        : error instanceof GoneError
          ? 410
          : error instanceof InvalidFieldsError
            ? 400
            : error instanceof InvalidFileError
              ? 422
              : 500;
  return new ProblemError(status, error.message, error.errors);
}

export const notFound = (what = 'Finns inte.') => new ProblemError(404, what);
export const badRequest = (errors: readonly FieldError[], detail = 'Begäran innehåller fel.') =>
  new ProblemError(400, detail, errors);
