import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One project per workspace folder, so a newcomer can run a single package's tests
// with `pnpm vitest --project <name>`; the end-to-end tests drive Chromium against the
// production server (`pnpm vitest --project e2e`).
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
