/**
 * @module
 * Starts the web server (pages and API in one process) in this process: the same as
 * `pnpm start`, with the database chosen here.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@indikera/api';

export async function startWebServer(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  // Resolved at run time, never bundled: the launcher builds the web app when needed.
  const launcher = pathToFileURL(join(repoRoot(), 'apps/web/bin/start.mjs')).href;
  await import(launcher);
}
