import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built renderer in Debian's Chromium (playwright-core). One worker and one file at a
 * time, since every test drives a browser and the machine has two cores; timeouts allow for software rendering.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/support/globalSetup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
