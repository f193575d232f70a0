import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) drives Debian's Chromium against the built site
// in dist/, served by `vite preview` from the global setup.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    // Generous, because the tests must pass with both cores busy: nothing here measures speed.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 20_000 } },
    fileParallelism: false,
  },
});
