import { defineConfig } from 'vitest/config';

// One project per workspace folder, so a newcomer can run a single package's tests
// with `pnpm vitest --project <name>`; the end-to-end tests drive Chromium against the
// production server (`pnpm vitest --project e2e`).
/** Tests of SQLite's own machinery: its file, pragmas, backup and restore, statement cache. */
const SQLITE_ONLY = [
  'db/src/connection.test.ts',
  'db/src/migrate.test.ts',
  'db/src/restore.test.ts',
  'db/src/schema.test.ts',
  'db/src/statement-cache.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'apps/cli',
      'apps/api',
      // The web app's pure helpers; its pages are tested end to end.
      { test: { name: '@indikera/web', include: ['apps/web/src/**/*.test.ts'] } },
      'db',
      // Robustness tests of the whole (test/robustness); benchmarks run with `pnpm bench`.
      'test',
      // The same database suite against a real PostgreSQL server the run starts itself
      // (db/src/test-postgres-setup.ts); what only SQLite has is tested on SQLite alone.
      {
        test: {
          name: 'db (PostgreSQL)',
          include: ['db/src/**/*.test.ts'],
          exclude: SQLITE_ONLY,
          env: { INDIKERA_TEST_DATABASE: 'postgres' },
          globalSetup: ['db/src/test-postgres-setup.ts'],
        },
      },
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
