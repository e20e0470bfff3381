import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test` stays quick: slow checks live in *.long.test.ts, which `npm run test:long` runs
// (vitest.long.config.ts) and .ci/run calls after `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/**/*.long.test.ts'],
    globalSetup: ['test/support/temp-folder.ts'],
    setupFiles: ['test/support/remove-after-file.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: on a 2-core machine, one test file at a
    // time, the second core idle whenever that file is not running a deptsim process of its own.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's loaded modules (zod, yargs, the model, vega) instead of loading
    // them again for each of the 46 files: about a third less CPU for the in-process files
    // (measured on 25 of them: 40 s -> 26 s). A helper module's state is therefore shared too: hooks
    // that must run for every file belong in a setup file (test/support/remove-after-file.ts).
    isolate: false,
  },
});
