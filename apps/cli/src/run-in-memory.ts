/**
 * @module
 * For tests: runs `indikera` in this process, the files it reads held in memory (or read
 * from the repository), its output collected.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './run';

const root = new URL('../../../', import.meta.url).pathname;
/** The "2027" test instrument, written only as a file. */
export const test2027 = join(root, 'packages/instrument/test-fixtures/nns-2027-test.json');
const files = new Map<string, string>();

/** Holds a file for the commands to read under `name`; returns the name. */
export function file(name: string, text: string): string {
  files.set(name, text);
  return name;
}

/** Runs `indikera` with `args` and returns its exit code and output. */
export async function indikera(...args: string[]) {
  const out = { code: 0, stdout: '', stderr: '' };
  out.code = await run(args, {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readFile: async (path) => {
      const text = files.get(path);
      return text === undefined ? readFile(path) : new TextEncoder().encode(text);
    },
  });
  return out;
}
