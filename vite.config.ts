import { defineConfig } from 'vitest/config';
import { CAMPAIGN_ID } from './src/campaign-id.ts';
import { compactPagePlugin } from './src/build/compact-page.ts';
import { contentSecurityPolicyPlugin } from './src/build/content-security-policy.ts';
import { firstScreenPlugin } from './src/build/first-screen-plugin.ts';
import { serviceWorkerPlugin } from './src/build/service-worker.ts';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [
    inkPlugin(),
    // The campaign's first screen is in index.html: painted before any script has loaded.
    firstScreenPlugin({ story: 'story/main.ink', storyId: CAMPAIGN_ID }),
    contentSecurityPolicyPlugin(),
    serviceWorkerPlugin(),
    // Last, so that it sees the tags the others add.
    compactPagePlugin(),
  ],
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers that run es2022 preload modules themselves: no polyfill on the first screen.
    modulePreload: { polyfill: false },
  },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The machine may be busy with other work: a test is failed by what it asserts, never by
    // how long the machine took. The long walks also give their own, larger, budget.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
