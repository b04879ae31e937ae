/**
 * @module
 * The file errors of an import as the import page shows them, by line and column.
 */

/** One problem in the file, named by line (the header is line 1) and column. */
export interface FileError {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}
