/**
 * Works out stories' analyses off the main thread and keeps them on disk by story hash, so the
 * Vite plugin can start a walk as soon as a story compiles, never wait for it while serving the
 * story itself, and hand the result to `story.ink?analysis` when (and only when) that is asked.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { StoryAnalysis } from '../analysis-types.ts';
import { startTypeScriptWorker } from '../explorer/typescript-worker.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-worker.ts';
import type { AnalyseOptions } from './story-analysis.ts';

const spanSchema = z.object({ min: z.number(), max: z.number() });

/** The shape of a cached analysis: a file on disk is checked before it is served. */
const analysisSchema = z.object({
  storyHash: z.string(),
  complete: z.boolean(),
  sampled: z.boolean(),
  endings: z.array(z.object({ id: z.string(), title: z.string(), reached: z.boolean() })),
  stats: z.array(z.object({ variable: z.string(), label: z.string() })),
  decisions: z.array(
    z.object({
      id: z.string(),
      chapter: z.string().nullable(),
      date: z.string().nullable(),
      orders: z.array(
        z.object({
          text: z.string(),
          history: z.boolean(),
          endings: z.array(z.string()),
          stats: z.record(z.string(), spanSchema),
        }),
      ),
    }),
  ),
}) satisfies z.ZodType<StoryAnalysis>;

/** The code that decides what an analysis says: a change to any of it makes a new key. */
const TOOL_SOURCES = ['../explorer/', '../engine/', './story-analysis.ts'].map(
  (p) => new URL(p, import.meta.url),
);

/** The `.ts` files at `source`: the file itself, or those in the folder. */
function sourceFiles(source: URL): URL[] {
  if (!source.pathname.endsWith('/')) return [source];
  try {
    return readdirSync(fileURLToPath(source))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => new URL(name, source));
  } catch {
    return [];
  }
}

/**
 * A short digest of the analyser's own source, so that a cached analysis made by an older
 * explorer is never served after the explorer changes.
 */
function toolDigest(): string {
  const hash = createHash('sha256');
  for (const file of TOOL_SOURCES.flatMap(sourceFiles)) {
    try {
      hash
        .update(file.pathname.split('/').slice(-2).join('/'))
        .update(readFileSync(fileURLToPath(file)));
    } catch {
      // A file that cannot be read leaves the key to the rest.
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** Where analyses are kept for the project at `root`, unless the plugin is told otherwise. */
export function defaultAnalysisCacheDir(root: string): string {
  return join(root, 'node_modules', '.cache', 'stavka-analysis');
}

/** How many analyses are kept: each edit of a story makes a new one. */
const KEPT = 24;

/** Analyses on disk, one JSON file per story hash (and analyser version and options). */
export class AnalysisCache {
  private readonly salt: string;

  constructor(
    readonly dir: string,
    options: AnalyseOptions,
  ) {
    // The number of threads changes how fast, not what: it is left out of the key.
    const shaping = { ...options, workers: undefined };
    this.salt = createHash('sha256')
      .update(toolDigest())
      .update(JSON.stringify(shaping))
      .digest('hex')
      .slice(0, 12);
  }

  fileFor(storyHash: string): string {
    return join(this.dir, `${storyHash}-${this.salt}.json`);
  }

  /** The cached analysis of `storyHash`, or null when there is none (or it is damaged). */
  read(storyHash: string): StoryAnalysis | null {
    let text: string;
    try {
      text = readFileSync(this.fileFor(storyHash), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = analysisSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.storyHash === storyHash ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Deletes all but the newest `KEPT` analyses. */
  private prune(): void {
    const files = readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ path: join(this.dir, name), time: statSync(join(this.dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of files.slice(KEPT)) rmSync(old.path, { force: true });
  }

  /** Stores `analysis`; written whole or not at all, so a reader never sees half a file. */
  write(analysis: StoryAnalysis): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = this.fileFor(analysis.storyHash);
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, JSON.stringify(analysis));
      renameSync(part, file);
      this.prune();
    } catch {
      // A read-only or full disk costs the next start a walk, nothing more.
    }
  }
}

/** Thrown when a walk fails or is cancelled: says which story and why. */
export class AnalysisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}

interface Job {
  readonly promise: Promise<StoryAnalysis>;
  readonly worker: Worker;
  awaited: boolean;
}

/** Runs `analyseStory` in a worker thread; the promise settles with its reply. */
function startWalk(request: AnalysisRequest): { worker: Worker; promise: Promise<StoryAnalysis> } {
  const worker = startTypeScriptWorker(new URL('./analysis-worker.ts', import.meta.url), {
    workerData: request,
  });
  // A walk nobody waits for must not keep a build or a test run alive.
  worker.unref();
  const promise = new Promise<StoryAnalysis>((resolve, reject) => {
    worker.once('message', (reply: AnalysisReply) => {
      if ('analysis' in reply) resolve(reply.analysis);
      else reject(new AnalysisError(`the story could not be analysed: ${reply.error}`));
    });
    worker.once('error', (error) =>
      reject(new AnalysisError(`the story could not be analysed: ${error.message}`)),
    );
    worker.once('exit', () =>
      reject(new AnalysisError('the analysis was stopped before it finished')),
    );
  });
  promise.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  );
  return { worker, promise };
}

/** The walks under way and done, by story hash; the cache on disk behind them. */
export class AnalysisJobs {
  private readonly jobs = new Map<string, Job>();
  /** The hash each entry story compiled to last: a walk of an older one is no longer wanted. */
  private readonly latest = new Map<string, string>();
  readonly cache: AnalysisCache;

  constructor(
    cacheDir: string,
    private readonly options: AnalyseOptions,
  ) {
    this.cache = new AnalysisCache(cacheDir, options);
  }

  /**
   * Starts walking the story `entry` compiled to, unless its analysis is cached or under way.
   * A walk of an earlier version of `entry` that nobody waits for is stopped.
   */
  prepare(entry: string, storyHash: string, json: string): void {
    const previous = this.latest.get(entry);
    this.latest.set(entry, storyHash);
    if (previous !== undefined && previous !== storyHash) this.stop(previous);
    if (this.jobs.has(storyHash) || this.cache.read(storyHash)) return;
    this.start(storyHash, json);
  }

  /** The analysis of this version of the story: from the cache, the walk under way, or a new one. */
  analysis(entry: string, storyHash: string, json: string): Promise<StoryAnalysis> {
    this.prepare(entry, storyHash, json);
    const job = this.jobs.get(storyHash);
    if (job) {
      job.awaited = true;
      return job.promise;
    }
    const cached = this.cache.read(storyHash);
    if (cached) return Promise.resolve(cached);
    const started = this.start(storyHash, json);
    started.awaited = true;
    return started.promise;
  }

  /** Stops every walk nobody waits for (the build is over; nothing will ask for them). */
  stopUnwanted(): void {
    for (const [hash, job] of this.jobs) if (!job.awaited) this.stop(hash);
  }

  /** Stops every walk. */
  close(): void {
    for (const hash of [...this.jobs.keys()]) this.stop(hash, true);
  }

  private start(storyHash: string, json: string): Job {
    const { worker, promise } = startWalk({ json, storyHash, options: this.options });
    const job: Job = { worker, promise, awaited: false };
    this.jobs.set(storyHash, job);
    promise.then(
      (analysis) => {
        this.cache.write(analysis);
        if (this.jobs.get(storyHash) === job) this.jobs.delete(storyHash);
      },
      () => {
        if (this.jobs.get(storyHash) === job) this.jobs.delete(storyHash);
      },
    );
    return job;
  }

  private stop(storyHash: string, evenIfAwaited = false): void {
    const job = this.jobs.get(storyHash);
    if (!job || (job.awaited && !evenIfAwaited)) return;
    this.jobs.delete(storyHash);
    void job.worker.terminate();
  }
}
