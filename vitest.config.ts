import {defineConfig} from 'vitest/config';
import preact from './scripts/vitest-preact.ts';

// Kept apart from vite.config.ts: the crx plugin belongs to the extension build, not to unit tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'demo/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
