/**
 * @module
 * Vitest global setup of the PostgreSQL projects: one server per run, started before
 * the first test file and removed after the last. Each test makes its own database on
 * it (test-database.ts).
 */
import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgresServer } from './test-postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let server: PostgresServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startPostgresServer();
  project.provide('postgresUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
