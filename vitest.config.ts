import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test`:
 * - unit: plain TypeScript modules in src/lib (no browser, no build);
 * - content-build: builds fixture content to prove broken entries fail the build with a clear message;
 * - browser: the built site, served for real and driven by Debian's Chromium (crawl, axe, search, keyboard).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Storage and leefwereldtoets tests: SQLite always, PostgreSQL as well when TEST_DATABASE_URL is set.
        test: {
          name: 'storage',
          include: ['tests/storage/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'content-build',
          include: ['tests/content-build/**/*.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          // The crawl loads every page in its beforeAll; on a busy 2-core machine that outgrew 60 s.
          hookTimeout: 180_000,
          // Pagefind loads its index and WebAssembly on demand; on a busy shared machine that takes seconds.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
