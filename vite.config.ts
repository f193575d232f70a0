import { defineConfig } from 'vitest/config';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  base: './',
  publicDir: 'assets',
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests that compile and play the campaign must pass with both cores busy (SPEC 9): the
    // default of 5 s measures the machine, not the code.
    testTimeout: 60_000,
  },
});
