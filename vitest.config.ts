import { defineConfig } from 'vitest/config';

// `npm test` stays quick: slow checks live in *.long.test.ts, which `npm run test:long` runs
// (vitest.long.config.ts) and .ci/run calls after `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.long.test.ts'],
    globalSetup: ['test/support/temp-folder.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
