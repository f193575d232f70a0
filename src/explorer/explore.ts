/**
 * The explorer: walks every path of an ink story, merging paths that reach the same state,
 * and reports endings, dead ends, runtime errors and warnings, knots never reached, and how
 * each option of each decision shifts the endings and the final stats. Works on any story.
 *
 * `exploreStory` walks in the calling thread; `exploreStoryParallel` hands batches of states to
 * worker threads once a story turns out to be large, while the main thread keeps the one graph
 * of states, so that merging, and every count, is exact.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Story } from 'inkjs';
import { checkedGlobalTags } from '../engine/checked-tags.ts';
import { limitSteps } from '../engine/step-budget.ts';
import type { GlobalTags } from '../engine/tags.ts';
import { analyse } from './analyse.ts';
import { DEFAULT_SEED, sampleStory } from './sample.ts';
import type { Batch, BatchResult } from './explore-worker.ts';
import type { ExploreReport } from './report.ts';
import { StateGraph, type NewState } from './state-graph.ts';
import { startTypeScriptWorker } from './typescript-worker.ts';
import { declaredEndings, mapStory, type StoryMap } from './story-map.ts';
import { Walker, type Offer, type WalkerSetup } from './walker.ts';

export type {
  DeadEndReport,
  DecisionReport,
  EndingReport,
  ExploreReport,
  OptionReport,
  ProblemReport,
  StatRange,
} from './report.ts';

export interface ExploreProgress {
  readonly states: number;
  readonly queued: number;
  readonly seconds: number;
  readonly statesPerSecond: number;
  readonly workers: number;
}

export interface ExploreOptions {
  /** Stop after this many distinct states (the report then says it is incomplete). */
  readonly maxStates?: number;
  /**
   * Threads for `exploreStoryParallel` (default: the machine's available parallelism). Small
   * stories are always finished in the calling thread before any worker starts.
   */
  readonly workers?: number;
  /** Called about every `progressIntervalMs` (default 500) while the walk goes on. */
  readonly onProgress?: (progress: ExploreProgress) => void;
  readonly progressIntervalMs?: number;
  /** How long `exploreStoryParallel` walks alone before it starts workers (default 300). */
  readonly soloMs?: number;
  /** Runs of the sample taken when the state bound stops the walk (default 300; 0: none). */
  readonly sampleRuns?: number;
  /** The sample's seed (default: `seed`). */
  readonly sampleSeed?: number;
  /**
   * The random seed the story starts from (default `DEFAULT_SEED`, 1943), so that a story
   * that draws RANDOM numbers or shuffles gives the same report on every walk with the same
   * seed; inkjs alone would take one from the clock.
   */
  readonly seed?: number;
  /**
   * How the state key leaves out what nothing ahead can read (default `position`): by exact
   * position on the call stack, falling back to the knot; by knot only; or not at all (`off`,
   * every variable and count splits states). The report is the same; only the number of
   * distinct states differs.
   */
  readonly liveness?: Liveness;
}

export type Liveness = 'position' | 'knot' | 'off';

const DEFAULT_SAMPLE_RUNS = 300;

const DEFAULT_MAX_STATES = 5_000_000;
/** How long the calling thread walks alone before a story counts as large. */
const SOLO_MS = 300;

interface Prepared {
  readonly map: StoryMap;
  readonly setup: WalkerSetup;
  readonly declared: GlobalTags;
  readonly json: string;
}

function prepare(json: string, liveness: Liveness = 'position', seed = DEFAULT_SEED): Prepared {
  const map = mapStory(json);
  const live = liveness !== 'off';
  const declared = checkedGlobalTags(new Story(json).globalTags ?? []);
  return {
    map,
    declared,
    json,
    setup: {
      json: map.explorationJson,
      stats: declared.stats.map((s) => s.variable),
      addedCounts: [...map.addedCounts],
      stops: map.stops,
      usesTurns: map.usesTurns,
      usesTurnNumber: map.usesTurnNumber,
      usesRandom: map.usesRandom,
      liveByKnot: live ? map.liveByKnot : null,
      liveCountsByKnot: live ? map.liveCountsByKnot : null,
      liveByPosition: liveness === 'position',
      seed,
    },
  };
}

/** The walk so far: the graph, the states still to expand (depth first), the clock. */
class Exploration {
  readonly graph = new StateGraph();
  readonly stack: NewState[] = [];
  readonly root: number;
  readonly started = performance.now();
  readonly maxStates: number;
  private lastProgress = 0;
  workers = 1;

  constructor(
    readonly prepared: Prepared,
    walker: Walker,
    private readonly options: ExploreOptions,
  ) {
    this.maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
    const start = walker.start();
    this.root = this.graph.arrive(start, -1).node;
    if (start.state !== null) this.stack.push({ node: this.root, state: start.state });
  }

  get full(): boolean {
    return this.graph.nodeCount >= this.maxStates;
  }

  /** Files what the choices of `node` led to, queueing the new states. */
  accept(node: number, offers: readonly Offer[]): void {
    const fresh = this.graph.expand(node, offers);
    // Pushed last to first, so that the first choice is walked first.
    for (let i = fresh.length - 1; i >= 0; i--) this.stack.push(fresh[i]!);
  }

  /** Walks in this thread until done, full, or `untilMs` have passed since the start. */
  walk(walker: Walker, untilMs = Infinity): void {
    let count = 0;
    while (this.stack.length > 0 && !this.full) {
      const next = this.stack.pop()!;
      this.accept(next.node, walker.expand(next.state));
      if (++count % 64 === 0) {
        const elapsed = performance.now() - this.started;
        this.progress(elapsed);
        if (elapsed > untilMs) return;
      }
    }
  }

  progress(elapsedMs = performance.now() - this.started): void {
    const every = this.options.progressIntervalMs ?? 500;
    if (!this.options.onProgress || elapsedMs - this.lastProgress < every) return;
    this.lastProgress = elapsedMs;
    const seconds = elapsedMs / 1000;
    this.options.onProgress({
      states: this.graph.nodeCount,
      queued: this.stack.length,
      seconds,
      statesPerSecond: Math.round(this.graph.nodeCount / Math.max(seconds, 1e-3)),
      workers: this.workers,
    });
  }

  report(): ExploreReport {
    const { map, declared, json } = this.prepared;
    const complete = this.stack.length === 0;
    const report = analyse({
      graph: this.graph,
      root: this.root,
      complete,
      seconds: Number(((performance.now() - this.started) / 1000).toFixed(3)),
      workers: this.workers,
      title: declared.title,
      stats: declared.stats,
      listItems: map.listItems,
      declaredEndings: declaredEndings(json),
      sections: map.sections,
      lastText: lastTextReplayer(json, this.prepared.setup.seed),
    });
    // A walk cut short says nothing about what lies beyond; a sample looks there.
    const runs = this.options.sampleRuns ?? DEFAULT_SAMPLE_RUNS;
    const seed = this.options.sampleSeed ?? this.prepared.setup.seed;
    const sample = !complete && runs > 0 ? sampleStory(json, runs, seed) : null;
    return { ...report, externals: map.externals, ...(sample ? { sample } : {}) };
  }
}

/**
 * A replayer of paths (choice texts) with the story's text, from `seed`: gives the last line
 * shown at the end of a path. The story is made on the first call.
 */
function lastTextReplayer(json: string, seed: number): (path: readonly string[]) => string {
  let replay: Story | null = null;
  return (path) => {
    const story = (replay ??= replayStory(json));
    story.ResetState();
    story.state.storySeed = seed;
    let last = '';
    try {
      for (let step = 0; ; step++) {
        while (story.canContinue) {
          const line = (story.Continue() ?? '').trim();
          if (line) last = line;
        }
        if (step >= path.length) break;
        const choice = story.currentChoices.find((c) => c.text === path[step]);
        if (!choice) break;
        story.ChooseChoiceIndex(choice.index);
      }
    } catch {
      // The path is replayed for its text only: what ran so far is the answer.
    }
    return last;
  };
}

function replayStory(json: string): Story {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  story.onError = () => {};
  limitSteps(story);
  return story;
}

/** Explores every path of a compiled story in the calling thread. */
export function exploreStory(json: string, options: ExploreOptions = {}): ExploreReport {
  const prepared = prepare(json, options.liveness, options.seed);
  const walker = new Walker(prepared.setup);
  const exploration = new Exploration(prepared, walker, options);
  exploration.walk(walker);
  return exploration.report();
}

/**
 * Explores every path of a compiled story, on worker threads when it is large: the calling
 * thread walks alone for a moment, and if the story is not done by then, it hands batches of
 * states to `workers` threads and files what they return in its one graph.
 */
export async function exploreStoryParallel(
  json: string,
  options: ExploreOptions = {},
): Promise<ExploreReport> {
  const prepared = prepare(json, options.liveness, options.seed);
  const walker = new Walker(prepared.setup);
  const exploration = new Exploration(prepared, walker, options);
  const threads = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  exploration.walk(walker, threads > 1 ? (options.soloMs ?? SOLO_MS) : Infinity);
  if (exploration.stack.length === 0 || exploration.full) return exploration.report();

  const pool = startWorkers(prepared.setup, threads);
  exploration.workers = threads;
  try {
    await runWorkers(exploration, pool);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return exploration.report();
}

function startWorkers(setup: WalkerSetup, count: number): Worker[] {
  const module = new URL('./explore-worker.ts', import.meta.url);
  return Array.from({ length: count }, () => startTypeScriptWorker(module, { workerData: setup }));
}

/** Keeps every worker busy with two batches until the queue is empty and all have answered. */
function runWorkers(exploration: Exploration, pool: readonly Worker[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let nextId = 0;
    const pending = new Map<number, readonly number[]>(); // batch -> the nodes it expands
    const inFlight = new Map<Worker, number>();
    let finished = false;

    const dispatch = (worker: Worker) => {
      while ((inFlight.get(worker) ?? 0) < 2 && exploration.stack.length > 0 && !exploration.full) {
        const size = Math.min(
          32,
          Math.max(1, Math.ceil(exploration.stack.length / (pool.length * 2))),
        );
        const taken = exploration.stack.splice(-size, size);
        const batch: Batch = { id: nextId++, states: taken.map((t) => t.state) };
        pending.set(
          batch.id,
          taken.map((t) => t.node),
        );
        inFlight.set(worker, (inFlight.get(worker) ?? 0) + 1);
        worker.postMessage(batch);
      }
    };
    const settleIfDone = () => {
      if (finished || pending.size > 0) return;
      if (exploration.stack.length > 0 && !exploration.full) return;
      finished = true;
      resolve();
    };

    for (const worker of pool) {
      worker.on('message', (reply: BatchResult) => {
        const nodes = pending.get(reply.id) ?? [];
        pending.delete(reply.id);
        inFlight.set(worker, (inFlight.get(worker) ?? 1) - 1);
        reply.results.forEach((offers, i) => exploration.accept(nodes[i]!, offers));
        exploration.progress();
        for (const w of pool) dispatch(w);
        settleIfDone();
      });
      worker.on('error', (error) => {
        if (finished) return;
        finished = true;
        reject(error);
      });
    }
    for (const worker of pool) dispatch(worker);
    settleIfDone();
  });
}
