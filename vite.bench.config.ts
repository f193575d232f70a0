import { defineConfig } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

// Builds the benchmark's bare baseline page (bench/bare) to dist-bench/.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [inkPlugin()],
  publicDir: false,
  build: { outDir: '../../dist-bench', emptyOutDir: true, target: 'es2022' },
});
