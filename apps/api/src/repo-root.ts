/**
 * @module
 * The repository's root folder (where pnpm-workspace.yaml is), wherever the code runs
 * from (sources, the command's bundle, the web build): for the example files the demo
 * loads and the import's worker thread.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  for (const start of [fileURLToPath(import.meta.url), process.env.INIT_CWD ?? process.cwd()]) {
    let dir = start;
    while (dirname(dir) !== dir) {
      if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
      dir = dirname(dir);
    }
  }
  throw new Error('cannot find the repository root (pnpm-workspace.yaml)');
}
