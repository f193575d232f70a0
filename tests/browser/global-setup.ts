import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type Plugin } from 'vite';
import type { TestProject } from 'vitest/node';
import { compileInk } from '../../src/build/compile-ink.ts';
import { PUBLIC_STORIES, publicStoryPath, type PublicStory } from '../fixtures/public/stories.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/player/${name}.ink`, import.meta.url));

/**
 * Serves compiled fixture stories beside the built site, under /test-stories/, without writing
 * them into dist/. `orders.json` serves version 1 or 2 of a story, switched by the tests with
 * `/test-stories/__use?orders=v2`, so that a save made under one build loads under the next.
 */
function testStories(): Plugin {
  const stories: Record<string, string> = {
    'second-story.json': compileInk(fixture('second-story')).json,
    'provinces.json': compileInk(fixture('provinces')).json,
    'orders-v1.json': compileInk(fixture('orders-v1')).json,
    'orders-v2.json': compileInk(fixture('orders-v2')).json,
    'rough-edges.json': compileInk(fixture('rough-edges')).json,
    'external-unbound.json': compileInk(
      fileURLToPath(new URL('../fixtures/explorer/external-unbound.ink', import.meta.url)),
    ).json,
    'runs-on.json': compileInk(
      fileURLToPath(new URL('../fixtures/explorer/runs-on.ink', import.meta.url)),
    ).json,
    'inky-tags.json': compileInk(
      fileURLToPath(new URL('../fixtures/engine/inky-tags.ink', import.meta.url)),
    ).json,
    // Public stories by other authors, as `public/NAME.json` (tests/fixtures/public/).
    ...Object.fromEntries(
      Object.keys(PUBLIC_STORIES).map((name) => [
        `public/${name}.json`,
        compileInk(publicStoryPath(name as PublicStory)).json,
      ]),
    ),
  };
  let ordersVersion = 'v1';
  return {
    name: 'test-stories',
    configurePreviewServer(server) {
      server.middlewares.use('/test-stories/', (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === '/__use') {
          ordersVersion = url.searchParams.get('orders') === 'v2' ? 'v2' : 'v1';
          res.end(ordersVersion);
          return;
        }
        const name = url.pathname.slice(1);
        const body =
          name === 'orders.json' ? stories[`orders-${ordersVersion}.json`] : stories[name];
        if (!body) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(body);
      });
    },
  };
}

/** Serves the built site (dist/) for the browser tests, on a free port. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  }
  const server = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    plugins: [testStories()],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: 'dist' },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
