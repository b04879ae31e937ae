#!/usr/bin/env node
// Starts Indikera: the built web app, which serves the pages and the API in one process.
// Builds first when any source is newer than the last build (a fresh clone, an edit), so
// `pnpm start` is one command. A lock keeps two starts from building at the same time.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '../..');
const stampFile = join(web, 'build/.source-stamp');
const lock = join(web, '.build-lock');
const sources = [
  join(web, 'src'),
  join(web, 'static'),
  join(web, 'svelte.config.js'),
  join(web, 'vite.config.ts'),
  join(root, 'packages'),
  join(root, 'db/src'),
  join(root, 'apps/api/src'),
];

function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'build') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function builtStamp() {
  try {
    return statSync(stampFile).mtimeMs;
  } catch {
    return -1;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function lockHolderAlive() {
  let pid;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Just created, pid not written yet: count it as alive.
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function ensureBuilt() {
  for (
    let waited = 0;
    builtStamp() < newest(sources[0]) || builtStamp() < Math.max(...sources.map(newest));
    waited++
  ) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
    } catch {
      // Another start is building: wait for it, then look again. A lock whose builder is
      // gone (killed mid-build) is taken over rather than waited on.
      if (!lockHolderAlive()) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (waited > 600)
        throw new Error(`a build lock has been held for five minutes: remove ${lock}`);
      await sleep(500);
      continue;
    }
    try {
      if (builtStamp() >= Math.max(...sources.map(newest))) return;
      console.log('Bygger webbappen (första gången eller efter en ändring) …');
      const vite = join(web, 'node_modules/vite/bin/vite.js');
      const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
        cwd: web,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (result.status !== 0) throw new Error('the web build failed');
      writeFileSync(stampFile, `${new Date().toISOString()}\n`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
}

await ensureBuilt();
// Imports up to 20 MB; the API refuses more itself.
process.env.BODY_SIZE_LIMIT ??= '25M';
// adapter-node takes a request's scheme from this header, and assumes https without it.
// This server speaks plain http; behind a TLS proxy, ORIGIN names the public address.
process.env.PROTOCOL_HEADER = 'x-indikera-proto';
const port = Number(process.env.PORT ?? '3000');
const host = process.env.HOST ?? '0.0.0.0';
const { handler } = await import(pathToFileURL(join(web, 'build/handler.js')).href);
// The short path: SvelteKit's start (above) made the API and left its Node listener here
// (apps/web/src/lib/server/platform.ts); /api requests go straight to it. The hook in
// hooks.server.ts still forwards any /api request that reaches SvelteKit.
const api = globalThis[Symbol.for('indikera.api-short-path')];
if (!api) throw new Error('the web build did not start the API');
const server = createServer((req, res) => {
  // Set here, never taken from the client.
  req.headers['x-indikera-proto'] = 'http';
  if (api.isApiPath(req.url)) api.listener(req, res);
  else handler(req, res);
});
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold the close; a few seconds is enough for a request.
    setTimeout(() => process.exit(0), 5000).unref();
    server.closeIdleConnections?.();
  });
}
