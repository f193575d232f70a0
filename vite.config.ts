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
  },
});
