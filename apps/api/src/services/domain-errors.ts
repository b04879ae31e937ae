/**
 * @module
 * What a service refuses, as classes that know nothing of HTTP: the app's error handler
 * (`problemOfDomainError` in problem.ts) is the one place that turns them into
 * problem+json. The message is Swedish, for the person who made the request.
 */
import type { FieldError } from '../problem';

export abstract class DomainError extends Error {
  /** The fields (or file lines) at fault, when there are any. */
  readonly errors?: readonly FieldError[];
}

/** Something the request names does not exist (or is not the caller's to see). */
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
}

/** The request is well formed, but the state of the data does not allow it. */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
}

/** Something that was open for this is no longer (a closed round, a revoked link). */
export class GoneError extends DomainError {
  override name = 'GoneError';
}

/** Fields that passed the schema but break a rule; nothing was changed. */
export class InvalidFieldsError extends DomainError {
  override name = 'InvalidFieldsError';
  constructor(
    override readonly errors: readonly FieldError[],
    message = 'Begäran innehåller fel.',
  ) {
    super(message);
  }
}

/** An uploaded file with errors by line and column; nothing of it was stored. */
export class InvalidFileError extends DomainError {
  override name = 'InvalidFileError';
  constructor(override readonly errors: readonly FieldError[]) {
    super('Filen innehåller fel. Inget har lästs in.');
  }
}
