/**
 * @module
 * A problem in an imported file, located the way a spreadsheet shows it: the header is
 * line 1. Printed as `line N: column X: reason` (docs/responses-csv.md).
 */

export interface LineError {
  /** The row as a spreadsheet numbers it (header = 1); 0 for the file as a whole. */
  readonly line: number;
  readonly column?: string;
  /** Swedish, for the person who has to fix the file. */
  readonly message: string;
}

/** @example formatLineError({ line: 4, column: 'DA9', message: 'saknas' }) // 'line 4: column DA9: saknas' */
export function formatLineError(error: LineError): string {
  const where = error.line > 0 ? `line ${error.line}: ` : '';
  const column = error.column !== undefined ? `column ${error.column}: ` : '';
  return `${where}${column}${error.message}`;
}

/** A refused file's errors as lines, and how many more there are when not all are listed. */
export function formatLineErrors(failure: {
  readonly errors: readonly LineError[];
  readonly total?: number;
}): string[] {
  const lines = failure.errors.map(formatLineError);
  const more = (failure.total ?? failure.errors.length) - failure.errors.length;
  if (more > 0) lines.push(`… och ${more.toLocaleString('sv-SE')} fel till`);
  return lines;
}

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly errors: readonly LineError[];
      /** How many errors there are when more than `errors` lists. */
      readonly total?: number;
    };
