import { defineConfig } from 'vitest/config';

// One project per workspace folder, so a newcomer can run a single package's tests
// with `pnpm vitest --project <name>`.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/cli', 'apps/api', 'db'],
  },
});
