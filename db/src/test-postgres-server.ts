/**
 * @module
 * A real PostgreSQL server for tests and benchmarks, from Debian's `postgresql` package:
 * a fresh cluster (initdb) in a temporary folder, listening on a free port of 127.0.0.1
 * and on a unix socket in that folder, removed whole when stopped. Nothing is mocked.
 *
 * PostgreSQL refuses to run as root; as root (a CI container) the cluster belongs to the
 * package's `postgres` system user and the server runs as that user.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** A url of the server's own `postgres` database, as the superuser `indikera`. */
  readonly url: string;
  /** The url of another database on the same server. */
  urlOf(database: string): string;
  stop(): Promise<void>;
}

export class PostgresServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostgresServerError';
  }
}

const USER = 'indikera';

/** Runs one statement over a connection of its own (CREATE and DROP DATABASE). */
export async function runOnServer(url: string, statement: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The newest installed version's programs, or those in `PG_BIN`. */
export function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new PostgresServerError(
      `PostgreSQL is not installed (no ${base}/<version>/bin/initdb): apt-get install -y postgresql, or set PG_BIN to the folder of initdb and postgres`,
    );
  }
  return join(base, newest, 'bin');
}

/** Who runs the server: ourselves, or as root the package's `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  let entry: string;
  try {
    entry = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' });
  } catch {
    throw new PostgresServerError(
      'running as root, and PostgreSQL refuses to: there is no postgres system user to run it as (apt-get install -y postgresql creates one)',
    );
  }
  const [, , uid, gid] = entry.trim().split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resolves when the server says it accepts connections; rejects when it exits first. */
function ready(server: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (output().includes('database system is ready to accept connections')) {
        server.stderr?.off('data', onData);
        server.off('exit', onExit);
        resolve();
      }
    };
    const onExit = () =>
      reject(new PostgresServerError(`PostgreSQL did not start:\n${output().slice(-4000)}`));
    server.stderr?.on('data', onData);
    server.once('exit', onExit);
  });
}

/**
 * Starts a server in a new temporary folder. Tuned for tests (no fsync): a crash of the
 * machine loses it, which a throwaway cluster does not mind.
 * @example const server = await startPostgresServer(); … await server.stop();
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBin();
  const owner = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'indikera-pg-'));
  const data = join(dir, 'data');
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o755);
  }
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  try {
    execFileSync(
      join(bin, 'initdb'),
      ['-D', data, '-U', USER, '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync'],
      { cwd: dir, stdio: 'pipe', ...as },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new PostgresServerError(`initdb failed: ${stderr}`);
  }
  const port = await freePort();
  const server = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], ...as },
  );
  let output = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 100_000) output = output.slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    await ready(server, () => output);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const urlOf = (database: string) => `postgres://${USER}@127.0.0.1:${port}/${database}`;
  return {
    url: urlOf('postgres'),
    urlOf,
    async stop() {
      // SIGINT: fast shutdown, ending open sessions.
      if (server.exitCode === null) {
        server.kill('SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
