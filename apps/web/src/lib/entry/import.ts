/**
 * @module
 * The shapes of an import's answer, shared by the import page's server and its markup.
 */

export interface ImportResult {
  readonly dryRun: boolean;
  readonly responses: number;
  readonly byGroup: Record<string, number>;
  readonly created?: number;
  readonly duplicate?: number;
}

/** One problem in the file, named by line (the header is line 1) and column. */
export interface FileError {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}
