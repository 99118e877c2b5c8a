import {defineConfig} from 'vitest/config';

// The e2e suite drives the built extension (dist/) in Debian's Chromium, one file at a time:
// two cores and one browser profile per file is what this machine affords.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
