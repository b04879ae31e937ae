/**
 * @module
 * The platform inside the web server: one SQLite connection, migrated at start, and the
 * HTTP API that the pages and the tablets use. One process serves both.
 */
import {
  type App,
  apiShortPath,
  configFromEnv,
  createApp,
  DEFAULT_DATABASE_URL,
  LoginThrottle,
  SHORT_PATH,
  welcomeLines,
} from '@indikera/api';
import { type DatabaseConnection, migrateToLatest, openDatabase } from '@indikera/db';

export interface Platform {
  readonly connection: DatabaseConnection;
  readonly api: App;
}

let platform: Platform | undefined;

export async function startPlatform(
  env: Readonly<Record<string, string | undefined>>,
): Promise<Platform> {
  if (platform) return platform;
  const config = configFromEnv(env);
  const connection = openDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const applied = await migrateToLatest(connection.db);
  if (applied.length > 0) console.log(`Databasen uppdaterad: ${applied.join(', ')}`);
  const api = createApp({
    db: connection.db,
    config,
    clock: () => new Date(),
    throttle: new LoginThrottle(),
  });
  const origin = config.origin ?? `http://localhost:${env.PORT ?? '3000'}`;
  for (const line of await welcomeLines(connection.db, origin)) console.log(line);
  platform = { connection, api };
  // For the web server's short path: /api requests go to this listener, not through
  // SvelteKit's handler (apps/web/bin/start.mjs).
  Object.defineProperty(globalThis, SHORT_PATH, {
    value: apiShortPath(api, env),
    configurable: true,
  });
  return platform;
}

export function getPlatform(): Platform {
  if (!platform) throw new Error('the platform has not started');
  return platform;
}
