import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectConfiguration } from 'vitest/config';

// One project per workspace folder, so a newcomer can run a single package's tests
// with `pnpm vitest --project <name>`; the end-to-end tests drive Chromium against the
// production server (`pnpm vitest --project e2e`).
/** Tests of SQLite's own machinery: its file, pragmas, backup and restore, statement cache. */
const SQLITE_ONLY = [
  'db/src/connection.test.ts',
  'db/src/migrate.test.ts',
  'db/src/migrations/answer-codes.test.ts',
  'db/src/restore.test.ts',
  'db/src/schema.test.ts',
  'db/src/statement-cache.test.ts',
];

/**
 * Robustness tests of a server process on a SQLite file: the file intact after a kill, the
 * login throttle per client address (which keeps nothing in the database).
 */
const SERVER_PROCESSES = [
  'test/robustness/crash-safety.test.ts',
  'test/robustness/login-client.test.ts',
];

/**
 * A suite again against a real PostgreSQL server the run starts itself
 * (db/src/test-postgres-setup.ts), each test on a database of its own.
 */
function onPostgres(
  name: string,
  include: string[],
  exclude: string[] = [],
): TestProjectConfiguration {
  return {
    test: {
      name: `${name} (PostgreSQL)`,
      include,
      exclude: [...configDefaults.exclude, ...exclude],
      env: { INDIKERA_TEST_DATABASE: 'postgres' },
      globalSetup: ['db/src/test-postgres-setup.ts'],
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/cli',
      'apps/api',
      // The web app's helpers and services (against the API in-process); its pages are
      // tested end to end.
      {
        resolve: { alias: { $lib: fileURLToPath(new URL('apps/web/src/lib', import.meta.url)) } },
        test: { name: '@indikera/web', include: ['apps/web/src/**/*.test.ts'] },
      },
      'db',
      // Robustness tests of the whole (test/robustness); benchmarks run with `pnpm bench`.
      'test',
      // The database, API and robustness suites on PostgreSQL too; what only SQLite has
      // (its file, pragmas, backup) is tested on SQLite alone.
      onPostgres('db', ['db/src/**/*.test.ts'], SQLITE_ONLY),
      onPostgres('api', ['apps/api/src/**/*.test.ts']),
      onPostgres('robustness', ['test/robustness/**/*.test.ts'], SERVER_PROCESSES),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores and the server needs one.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 400_000,
        },
      },
    ],
  },
});
