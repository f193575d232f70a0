import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
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
