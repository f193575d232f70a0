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
    // Now and then headless Chromium stops producing frames for a page: its script and DOM answer,
    // but requestAnimationFrame never fires, and Playwright's wait for an element to be stable
    // (two frames alike) never ends. Only that failure runs the test once more, in a fresh
    // profile: a click that timed out before any check of the element came back, or a choice
    // whose page was found painting no frame (see pageState in player-page.ts). Anything else
    // fails at once, and a retried test is reported as such.
    retry: {
      count: 1,
      condition:
        /waiting for element to be visible, enabled and stable\S*\s*$|answers but paints no frame/,
    },
  },
});
