/**
 * @module
 * The server as a separate process on 127.0.0.1, for benchmarks and fault tests: either
 * what `pnpm start` runs (`indikera serve`: pages and API, built first when sources have
 * changed) or the API alone (`apps/api/src/server.ts`, no web build). Each leads its own
 * process group, so that a kill reaches every process of it and none outlives the run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;

export type ServerKind = 'serve' | 'api' | 'floor';

const commands: Readonly<Record<ServerKind, readonly string[]>> = {
  serve: [join(root, 'apps/cli/bin/indikera.mjs'), 'serve'],
  api: ['--import', 'tsx', join(root, 'apps/api/src/server.ts')],
  // Benchmarks only: the bare node:http floor (test/load/floor-server.ts).
  floor: ['--import', 'tsx', join(root, 'test/load/floor-server.ts')],
};

export interface ServerProcess {
  readonly url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** CPU seconds the server process has used so far (Linux; NaN elsewhere). */
  cpuSeconds(): number;
  /** The server process's memory now and at its peak, in MiB (Linux; NaN elsewhere). */
  memoryMiB(): { readonly now: number; readonly peak: number };
  /** Signals the whole process group and waits (bounded) until the server has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  // Once the leader has been reaped its id may be reused: never signal a stranger.
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// A last resort when a run is cut short: never leave a server listening behind.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The first port from `from` on that nothing listens on at 127.0.0.1 (within 50). */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 49}`);
}

/** utime + stime of a process from /proc, in seconds (clock ticks are 1/100 s on Linux). */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, closed by the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** VmRSS and VmHWM (the peak) of a process from /proc, in MiB. */
function memoryMiBOf(pid: number | undefined): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { now: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return { now: Number.NaN, peak: Number.NaN };
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Starts a server on a database file and resolves once `/api/health` answers. `serve`
 * builds the web app first when its sources are newer than the build: allow minutes.
 */
export async function startServerProcess(options: {
  readonly kind: ServerKind;
  /** A SQLite file, or a database url (`postgres://…`). */
  readonly database: string;
  readonly port: number;
  readonly timeoutMs?: number;
  /** More environment for the server, e.g. the trusted-proxy settings. */
  readonly env?: Readonly<Record<string, string>>;
}): Promise<ServerProcess> {
  const databaseUrl = /^[a-z]+:/.test(options.database)
    ? options.database
    : `file:${options.database}`;
  // No ORIGIN: requests come from 127.0.0.1 itself (the web server refuses an empty one).
  const { ORIGIN: _origin, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [...commands[options.kind], ...(options.kind === 'serve' ? ['--database', databaseUrl] : [])],
    {
      cwd: root,
      env: {
        ...inherited,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        // Benchmarks and fault tests post thousands of answers to one link from one address.
        SURVEY_RATE_LIMIT: 'off',
        ...options.env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${options.port}`;
  const server: ServerProcess = {
    url,
    output: () => output,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    memoryMiB: () => memoryMiBOf(child.pid),
    async stop(signal = 'SIGTERM') {
      killGroup(child, signal);
      if (!(await exited(child, 10_000))) {
        killGroup(child, 'SIGKILL');
        await exited(child, 5_000);
      }
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (!(await healthy(url))) {
    if (child.pid === undefined || child.exitCode !== null || Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(
        `the server (${options.kind}) did not start on port ${options.port}:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return server;
}
