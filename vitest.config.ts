import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-rule-tester.ts'],
    // The corpus and end-to-end tests spawn ESLint and cloc on hundreds of files.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The JSON report lets .ci/run print the runner's own pass/fail counts.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
