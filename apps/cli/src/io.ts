/**
 * @module
 * What a command may touch, passed in so commands run the same in tests and in a shell.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file named on the command line, relative to where the user stands. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

/** The terminal's I/O. pnpm runs scripts from the repository root; INIT_CWD is the user's. */
export function processIo(): CliIo {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFile(resolve(cwd, path)),
  };
}

/** A usage or input problem: printed on stderr, exit code given. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
