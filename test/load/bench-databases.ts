/**
 * @module
 * A fresh database for a benchmark, on either database: a SQLite file in a temporary
 * folder, or a database of its own on one PostgreSQL server that the run starts (from
 * Debian's package, as the tests do) the first time one is asked for, and stops at the end.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialect } from '@indikera/db';
import {
  type PostgresServer,
  runOnServer,
  startPostgresServer,
} from '@indikera/db/test-postgres-server';

export interface BenchDatabase {
  /** A SQLite file's path or a `postgres://` url: what `DATABASE_URL` and `openDatabase` take. */
  readonly database: string;
  drop(): Promise<void>;
}

let server: Promise<PostgresServer> | undefined;

export async function benchDatabase(dialect: Dialect, name: string): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `indikera-bench-${name}-`));
    return {
      database: join(dir, `${name}.sqlite`),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  server ??= startPostgresServer();
  const { url, urlOf } = await server;
  const database = `bench_${name.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await runOnServer(url, `CREATE DATABASE ${database}`);
  return {
    database: urlOf(database),
    drop: () => runOnServer(url, `DROP DATABASE ${database} WITH (FORCE)`),
  };
}

/** Stops the PostgreSQL server, if a benchmark started it. */
export async function stopBenchPostgres(): Promise<void> {
  const started = server;
  server = undefined;
  if (started) await (await started).stop();
}
