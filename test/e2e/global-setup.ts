/**
 * @module
 * Before the end-to-end tests: a fresh demo database, and the production server (the
 * built web app, which serves the API too) on 127.0.0.1, exactly as `pnpm demo` runs it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = new URL('../../', import.meta.url).pathname;
/** A port nothing listens on, so that runs side by side never share a server. */
function freePort(): Promise<string> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(String(typeof address === 'object' && address ? address.port : 0)));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseFile: string;
    links: Record<string, string>;
  }
}

let server: ChildProcess | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const PORT = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'indikera-e2e-'));
  const databaseFile = join(dir, 'demo.sqlite');
  const demo = spawnSync(
    process.execPath,
    [
      join(root, 'apps/cli/bin/indikera.mjs'),
      'demo',
      '--no-serve',
      '--database',
      `file:${databaseFile}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, PORT } },
  );
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
  const links: Record<string, string> = {};
  for (const match of demo.stdout.matchAll(
    /^\s+([a-z-]+)\s+http:\/\/localhost:\d+\/s\/([a-z0-9]+)/gm,
  )) {
    if (match[1] && match[2]) links[match[1]] = match[2];
  }

  server = spawn(process.execPath, [join(root, 'apps/web/bin/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT, HOST: '127.0.0.1', DATABASE_URL: `file:${databaseFile}` },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // The first start after a change builds the web app (about half a minute).
  const started = Date.now();
  while (!output.includes('Listening on')) {
    if (Date.now() - started > 380_000 || server.exitCode !== null)
      throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide('baseUrl', `http://127.0.0.1:${PORT}`);
  project.provide('databaseFile', databaseFile);
  project.provide('links', links);
}

export async function teardown(): Promise<void> {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
