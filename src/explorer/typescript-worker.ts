/**
 * Worker threads that run a TypeScript module. A worker does not inherit the calling thread's
 * TypeScript loader (tsx under the CLIs and tests, none under Vite's bundled config), so each
 * one registers tsx's loader itself before it imports its module.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

function workerSource(module: URL): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
}

/** Starts a worker thread running the TypeScript module at `module`. */
export function startTypeScriptWorker(
  module: URL,
  options: Omit<WorkerOptions, 'eval'> = {},
): Worker {
  return new Worker(workerSource(module), { execArgv: [], ...options, eval: true });
}
