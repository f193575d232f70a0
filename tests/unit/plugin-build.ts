/** Builds a small project through the ink Vite plugin, in memory, for the plugin's tests. */
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';

/** Bundles `entry.js` under `root` with the ink plugin; returns the bundle's code. */
export async function bundleWithInkPlugin(root: string): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output[0];
  return chunk && chunk.type === 'chunk' ? chunk.code : '';
}
