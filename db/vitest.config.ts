import { configDefaults, defineProject } from 'vitest/config';

// On SQLite; the root config runs this folder's tests on PostgreSQL too, and the
// `*.postgres.test.ts` files (writers really side by side) on PostgreSQL alone.
export default defineProject({
  test: {
    name: '@indikera/db',
    exclude: [...configDefaults.exclude, 'src/**/*.postgres.test.ts'],
  },
});
