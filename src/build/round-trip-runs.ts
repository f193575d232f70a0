/**
 * Seeded random playthroughs of a story, each saved at a random moment, written as a save
 * record, read back through the schema, restored into a second playthrough and played on: the
 * text must be exactly what the uninterrupted run showed. Used by the unit tests (10,000 runs
 * of the campaign) and by `npm run bench` (any number).
 *
 * Ten thousand runs of the campaign, each played in full twice, would take minutes. Roads in
 * the campaign meet again, so each step is played for real once per distinct moment (the ink
 * state, the scene and the decision before it, and the order taken) and remembered; a run's
 * uninterrupted text is put together from those remembered steps. The restored half of every
 * run is played for real up to the next decision, and from there on must be in exactly the
 * remembered state, so the rest of its text is the remembered text by construction.
 *
 * Each run draws its orders from a generator of its own (the seed and the run's number), so
 * the runs can be shared among worker threads, each with its own memory, and give the same
 * report whichever thread plays which run (`roundTripRunsParallel`).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { Playthrough, type PlaythroughData, type HistoryEntry } from '../engine/playthrough.ts';
import type { StatValue } from '../engine/stats.ts';
import {
  StorySession,
  type Frame,
  type ReplayStep,
  type Scene,
  type Snapshot,
} from '../engine/story-session.ts';
import { hash53 } from '../branches/run-tree.ts';
import { seededRandom } from '../explorer/sample.ts';
import { startTypeScriptWorker } from '../explorer/typescript-worker.ts';
import { makeSaveRecord } from '../persistence/record.ts';
import { parseRecord } from '../persistence/schema.ts';
import { sameData } from '../persistence/same-data.ts';
import type { RoundTripReply, RoundTripSetup } from './round-trip-worker.ts';

/**
 * A moment before a decision, as far as what follows depends on it (the ink state and the
 * scene): one object per distinct moment, which remembers the steps taken from it.
 */
interface Moment {
  readonly inkState: string;
  readonly scene: Scene;
  readonly decision: string | null;
  readonly seed: number;
  readonly stats: readonly StatValue[];
  readonly choices: number;
  readonly ended: boolean;
  /** The step each order leads to, once played. */
  readonly next: (Step | undefined)[];
}

/** One order taken at one moment: what it showed and where it led. */
interface Step {
  readonly paragraphs: readonly { readonly text: string; readonly tags: readonly string[] }[];
  readonly cleared: boolean;
  readonly logStep: ReplayStep;
  readonly choiceText: string;
  readonly after: Moment;
}

export interface RoundTripReport {
  readonly runs: number;
  readonly seed: number;
  /** The threads that played the runs (1: the calling thread alone). */
  readonly workers: number;
  readonly seconds: number;
  /**
   * CPU time of the process, all its threads together: on a busy machine, what the runs cost
   * rather than how long they took.
   */
  readonly cpuSeconds: number;
  /** Steps played for real to fill the memories (distinct moment and order, per thread). */
  readonly stepsPlayed: number;
  /** The same, for each thread: where threads' roads meet, a step is played in each. */
  readonly stepsPlayedByWorker: readonly number[];
  /** Steps of all runs together. */
  readonly stepsTotal: number;
  /** Each ending's id and the number of runs that reached it. */
  readonly endings: Readonly<Record<string, number>>;
  /** Runs whose restored text differed, or that ended without an ending, with why. */
  readonly failures: readonly string[];
  /**
   * A hash of every run's ending, length and save point, in run order: two reports with the
   * same digest played the same runs, not only runs that add up the same.
   */
  readonly runsDigest: string;
}

/** One run as a thread played it: how many orders, and its ending or what went wrong. */
export interface RunOutcome {
  readonly orders: number;
  readonly ending: string | null;
  /** The orders taken before the save, once the run has reached an ending. */
  readonly savedAfter: number | null;
  readonly failure: string | null;
}

/**
 * Run `run`'s own generator, drawn from `seed` and the run's number alone: a run's orders do
 * not depend on which runs were played before it, or on which thread plays it.
 */
function runRandom(seed: number, run: number): () => number {
  const mixed = seededRandom((seed ^ Math.imul(run + 1, 0x9e3779b9)) >>> 0)();
  return seededRandom(Math.floor(mixed * 2 ** 32));
}

/**
 * One thread's memory of moments, and the runs it plays with it. The memory is exact: a
 * moment is keyed by everything its next step depends on, so a remembered step is the step a
 * fresh session would play, whichever run met the moment first.
 */
export class RoundTrips {
  /** Steps played for real to fill the memory (distinct moment and order). */
  stepsPlayed = 0;
  private readonly session: StorySession;
  private readonly restored: Playthrough;
  private readonly known = new Map<string, Moment[]>();
  private readonly opening: Step;
  /** Where the session stands, so that a run of new steps is played on without a restore. */
  private sessionAt: Moment;

  constructor(json: string) {
    this.session = new StorySession(json);
    this.restored = new Playthrough(json);
    const first = this.session.start();
    this.opening = {
      paragraphs: first.paragraphs.map(({ text, tags }) => ({ text, tags })),
      cleared: first.cleared,
      logStep: { index: -1, text: '', path: '', decision: null },
      choiceText: '',
      after: this.momentOf(first),
    };
    this.sessionAt = this.opening.after;
  }

  /** The first `depth` orders of run `run` (fewer if it ends sooner): the road it starts on. */
  road(seed: number, run: number, depth: number): number[] {
    const next = runRandom(seed, run);
    const orders: number[] = [];
    let moment = this.opening.after;
    while (orders.length < depth && !moment.ended && moment.choices > 0) {
      const choice = Math.floor(next() * moment.choices);
      orders.push(choice);
      moment = this.stepFrom(moment, choice).after;
    }
    return orders;
  }

  /**
   * Plays run `run` of `seed`: the uninterrupted run from the memory, then the round trip at
   * a random moment of it, played for real.
   */
  play(seed: number, run: number): RunOutcome {
    const next = runRandom(seed, run);
    const moments: Moment[] = [this.opening.after];
    const steps: Step[] = [this.opening];
    const choices: number[] = [];
    let moment = this.opening.after;
    while (!moment.ended && moment.choices > 0) {
      const choice = Math.floor(next() * moment.choices);
      const step = this.stepFrom(moment, choice);
      choices.push(choice);
      steps.push(step);
      moment = step.after;
      moments.push(moment);
    }
    const orders = choices.length;
    const ending = moment.scene.ending;
    if (!moment.ended || !ending) {
      return {
        orders,
        ending: null,
        savedAfter: null,
        failure: `ends without an ending after ${orders} orders`,
      };
    }
    // Saved at a random moment, through a save record and the schema, and played on.
    const at = Math.floor(next() * (orders + 1));
    const problem = replayFrom(
      this.restored,
      dataAt(moments, steps, at),
      choices[at],
      at < orders ? dataAt(moments, steps, at + 1) : null,
    );
    return {
      orders,
      ending: ending.id,
      savedAfter: at,
      failure: problem && `saved after ${at} orders: ${problem}`,
    };
  }

  /** The step `choice` from `moment`, played for real the first time. */
  private stepFrom(moment: Moment, choice: number): Step {
    const known = moment.next[choice];
    if (known) return known;
    if (this.sessionAt !== moment) this.session.restore(snapshotOf(moment, [], 0));
    const choiceText = this.session.currentChoices()[choice]?.text ?? '';
    const frame = this.session.choose(choice);
    const step: Step = {
      paragraphs: frame.paragraphs.map(({ text, tags }) => ({ text, tags })),
      cleared: frame.cleared,
      logStep: this.session.replayLog.at(-1)!,
      choiceText,
      after: this.momentOf(frame),
    };
    this.sessionAt = step.after;
    moment.next[choice] = step;
    this.stepsPlayed++;
    return step;
  }

  /**
   * The moment the session stands at, the one object already known for it if roads met there.
   * Looked up once per step played for real; runs then find their steps through the moments
   * themselves, without a look-up at every order. Moments are filed under their ink state (the
   * string they keep anyway, rather than a second key as long) and told apart by scene and
   * decision: the next step's replay log names the decision, and the ink state need not.
   */
  private momentOf(frame: Frame): Moment {
    const { inkState, scene, decision, seed } = this.session.snapshot();
    const filed = this.known.get(inkState);
    const found = filed?.find((m) => m.decision === decision && sameData(m.scene, scene));
    if (found) return found;
    const moment: Moment = {
      inkState,
      scene,
      decision,
      seed,
      stats: frame.stats,
      choices: frame.choices.length,
      ended: frame.ended,
      next: [],
    };
    if (filed) filed.push(moment);
    else this.known.set(inkState, [moment]);
    return moment;
  }
}

/**
 * Plays `runs` seeded random runs of the compiled story `json` with a save-and-restore round
 * trip in each (see the module comment), in this thread. Failures are collected, not thrown,
 * so that one report says everything.
 */
export function roundTripRuns(json: string, runs: number, seed = 1943): RoundTripReport {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const trips = new RoundTrips(json);
  const outcomes = Array.from({ length: runs }, (_, run) => trips.play(seed, run));
  return tally(outcomes, seed, [trips.stepsPlayed], started, cpuStarted);
}

/**
 * Threads to use when none are asked for. Each keeps a memory of its own, so memory grows
 * with them (10,000 runs of the campaign took about 1.5 GB on two threads, as on one).
 */
const MAX_WORKERS = 4;

/**
 * How many orders a run's road is told by when runs are shared out among threads. Roads that
 * part at the first orders of the campaign seldom meet again, so runs that share their first
 * three orders go to one thread and each step is played in one thread only, nearly always;
 * three orders give some thirty roads, enough to give every thread as many runs.
 */
const ROAD_DEPTH = 3;

/**
 * A worker's young generation, larger than V8's default: every remembered moment outlives a
 * few collections of it, and with the default size the worker spent twice as long copying them.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

export interface ParallelOptions {
  readonly seed?: number;
  /** Threads to play the runs on (default: the cores, at most four; 1 plays them here). */
  readonly workers?: number;
}

/**
 * `roundTripRuns` on worker threads. The report is the same for any number of threads (each
 * run's orders come from the seed and its own number), but for the steps each thread played.
 */
export async function roundTripRunsParallel(
  json: string,
  runs: number,
  options: ParallelOptions = {},
): Promise<RoundTripReport> {
  const seed = options.seed ?? 1943;
  const asked = options.workers ?? Math.min(MAX_WORKERS, availableParallelism());
  const threads = Math.max(1, Math.min(Math.floor(asked), runs));
  if (threads === 1) return roundTripRuns(json, runs, seed);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const module = new URL('./round-trip-worker.ts', import.meta.url);
  const setup: RoundTripSetup = { json, seed };
  const pool = Array.from({ length: threads }, () =>
    startTypeScriptWorker(module, { workerData: setup, resourceLimits: WORKER_LIMITS }),
  );
  try {
    const shares = shareOutRuns(json, runs, seed, threads);
    const replies = await Promise.all(pool.map((worker, k) => playOn(worker, shares[k]!)));
    const outcomes: RunOutcome[] = new Array<RunOutcome>(runs);
    shares.forEach((share, k) => {
      share.forEach((run, i) => (outcomes[run] = replies[k]!.outcomes[i]!));
    });
    return tally(
      outcomes,
      seed,
      replies.map((r) => r.stepsPlayed),
      started,
      cpuStarted,
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * Runs 0 to `runs - 1` shared among `threads`: runs on the same road (first `ROAD_DEPTH`
 * orders) go to the same thread, the largest roads first, each to the thread with the fewest
 * runs so far.
 */
function shareOutRuns(json: string, runs: number, seed: number, threads: number): number[][] {
  const trips = new RoundTrips(json);
  const roads = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    const road = trips.road(seed, run, ROAD_DEPTH).join(',');
    const together = roads.get(road);
    if (together) together.push(run);
    else roads.set(road, [run]);
  }
  const shares = Array.from({ length: threads }, (): number[] => []);
  const bySize = [...roads.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  for (const together of bySize) {
    const fewest = shares.reduce((best, share) => (share.length < best.length ? share : best));
    fewest.push(...together);
  }
  return shares;
}

/** Sends `runs` to `worker` and waits for their outcomes. */
function playOn(worker: Worker, runs: readonly number[]): Promise<RoundTripReply> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`A round-trip worker stopped (exit code ${code}) before it answered.`)),
    );
    worker.postMessage(runs);
  });
}

/** The report of `outcomes` (one per run, in run order), whichever threads played them. */
function tally(
  outcomes: readonly RunOutcome[],
  seed: number,
  stepsPlayedByWorker: readonly number[],
  started: number,
  cpuStarted: NodeJS.CpuUsage,
): RoundTripReport {
  const endings: Record<string, number> = {};
  const failures: string[] = [];
  let stepsTotal = 0;
  outcomes.forEach(({ orders, ending, failure }, run) => {
    stepsTotal += orders;
    if (ending) endings[ending] = (endings[ending] ?? 0) + 1;
    if (failure) failures.push(`run ${run}: ${failure}`);
  });
  return {
    runs: outcomes.length,
    seed,
    workers: stepsPlayedByWorker.length,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    cpuSeconds: Number(cpuSecondsSince(cpuStarted).toFixed(2)),
    stepsPlayed: stepsPlayedByWorker.reduce((a, b) => a + b, 0),
    stepsPlayedByWorker,
    stepsTotal,
    endings,
    failures,
    runsDigest: hash53(
      outcomes.map((o) => `${o.ending ?? ''}:${o.orders}:${o.savedAfter ?? ''}`).join(';'),
    ).toString(36),
  };
}

/**
 * The run's data after `k` orders, as the Playthrough would hold it: the text since the last
 * CLEAR, and each decision with the moment just before it.
 */
function dataAt(moments: readonly Moment[], steps: readonly Step[], k: number): PlaythroughData {
  const transcript: { text: string; tags: readonly string[] }[] = [];
  const history: HistoryEntry[] = [];
  const log: ReplayStep[] = [];
  for (let i = 0; i <= k; i++) {
    const step = steps[i]!;
    if (i > 0) {
      const before = moments[i - 1]!;
      history.push({
        decision: before.decision,
        choiceText: step.choiceText,
        chapter: before.scene.chapter,
        date: before.scene.date,
        stats: before.stats,
        snapshot: snapshotOf(before, [...log], transcript.length),
      });
      log.push(step.logStep);
    }
    if (step.cleared) transcript.length = 0;
    transcript.push(...step.paragraphs);
  }
  return { current: snapshotOf(moments[k]!, log, transcript.length), transcript, history };
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

function snapshotOf(
  moment: Moment,
  log: readonly ReplayStep[],
  transcriptLength: number,
): Snapshot {
  return {
    inkState: moment.inkState,
    scene: moment.scene,
    decision: moment.decision,
    log,
    seed: moment.seed,
    transcriptLength,
  };
}

/**
 * Writes `data` as a save record, reads it back through JSON and the schema, loads it into
 * `playthrough`, and takes the order `choice` for real: the result must be `expected` (the
 * uninterrupted run's data one order later). Returns what went wrong, or null.
 */
function replayFrom(
  playthrough: Playthrough,
  data: PlaythroughData,
  choice: number | undefined,
  expected: PlaythroughData | null,
): string | null {
  const record = makeSaveRecord({
    id: 'autosave',
    kind: 'autosave',
    name: 'Autosave',
    storyId: 'round-trip',
    storyHash: 'round-trip',
    data,
    tabId: 'round-trip',
    revision: 1,
  });
  const parsed = parseRecord(JSON.parse(JSON.stringify(record)));
  if ('problem' in parsed) return `the save record does not read back: ${parsed.problem}`;
  const view = playthrough.load(parsed.record.data);
  if (!sameData(playthrough.data(), data)) return 'the restored run differs from the saved one';
  if (
    !sameData(
      view.transcript.map(({ text, tags }) => ({ text, tags })),
      data.transcript,
    )
  ) {
    return 'the restored text differs';
  }
  if (choice === undefined || !expected)
    return view.ended ? null : 'the restored run has not ended';
  playthrough.choose(choice);
  const after = playthrough.data();
  if (sameData(after, expected)) return null;
  // Which part differs is worked out only for the message: the whole data holds the text.
  return sameData(after.transcript, expected.transcript)
    ? 'the state after the next order differs'
    : 'the text after the next order differs from the uninterrupted run';
}
