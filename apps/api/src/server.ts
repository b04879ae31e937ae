/**
 * @module
 * Runs the API alone on a port: migrates the database first, then serves. `indikera
 * serve` (and so `pnpm start`) calls `startServer`; `tsx apps/api/src/server.ts` runs it.
 */
import { serve } from '@hono/node-server';
import {
  type Database,
  type DatabaseConnection,
  hasUsers,
  migrateToLatest,
  openDatabase,
} from '@indikera/db';
import type { Kysely } from 'kysely';
import { createApp } from './app';
import { LoginThrottle } from './auth/throttle';
import { type AppConfig, configFromEnv } from './config';

export const DEFAULT_DATABASE_URL = 'file:./data/indikera.sqlite';

export interface ServerOptions {
  readonly port: number;
  readonly hostname?: string;
  readonly databaseUrl: string;
  readonly config: AppConfig;
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly connection: DatabaseConnection;
  readonly url: string;
  close(): Promise<void>;
}

export class InvalidPortError extends Error {
  override name = 'InvalidPortError';
}

/** Reads PORT (default 3000); throws naming the variable when it is not a port. */
export function portFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const text = env.PORT ?? '3000';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535)
    throw new InvalidPortError(`PORT must be 1–65535, not "${text}"`);
  return port;
}

/**
 * Reads HOST, the address to listen on: every interface by default; `127.0.0.1` keeps the
 * server off the network (behind a proxy on the same machine, in tests and benchmarks).
 */
export function hostnameFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return env.HOST?.trim() || '0.0.0.0';
}

/** What to print at start: where Indikera runs, and how to create the first admin. */
export async function welcomeLines(db: Kysely<Database>, url: string): Promise<string[]> {
  const lines = [`Indikera kör på ${url} (API-beskrivning: ${url}/api/openapi.json)`];
  if (!(await hasUsers(db))) {
    lines.push(
      '',
      'Installationen har inga användare än. Skapa den första administratören:',
      '  pnpm --silent indikera user add --email du@forbund.se --name "Ditt namn" \\',
      '    --forbund "Samordningsförbundet X" --role admin --installation-admin',
      `eller anropa POST ${url}/api/setup (se README).`,
    );
  }
  return lines;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const connection = openDatabase(options.databaseUrl);
  const applied = await migrateToLatest(connection.db);
  if (applied.length > 0) log(`Databasen uppdaterad: ${applied.join(', ')}`);
  const app = createApp({
    db: connection.db,
    config: options.config,
    clock: () => new Date(),
    throttle: new LoginThrottle(),
  });
  const hostname = options.hostname ?? '0.0.0.0';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const url = options.config.origin ?? `http://localhost:${options.port}`;
  for (const line of await welcomeLines(connection.db, url)) log(line);
  return {
    connection,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
    },
  };
}

// Run alone: `tsx apps/api/src/server.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startServer({
    port: portFromEnv(process.env),
    hostname: hostnameFromEnv(process.env),
    databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    config: configFromEnv(process.env),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void running.close());
}
