/**
 * Seeded random playthroughs of a story, each saved at a random moment, written as a save
 * record, read back through the schema, restored into a second playthrough and played on: the
 * text must be exactly what the uninterrupted run showed. Used by the unit tests (10,000 runs
 * of the campaign) and by `npm run bench` (any number).
 *
 * Ten thousand runs of the campaign, each played in full twice, would take minutes. Roads in
 * the campaign meet again, so each step is played for real once per distinct moment (the ink
 * state and the scene before it, and the order taken) and remembered; a run's uninterrupted
 * text is put together from those remembered steps. The restored half of every run is played
 * for real up to the next decision, and from there on must be in exactly the remembered
 * state, so the rest of its text is the remembered text by construction.
 */
import { Playthrough, type PlaythroughData, type HistoryEntry } from '../engine/playthrough.ts';
import type { StatValue } from '../engine/stats.ts';
import {
  StorySession,
  type Frame,
  type ReplayStep,
  type Scene,
  type Snapshot,
} from '../engine/story-session.ts';
import { seededRandom } from '../explorer/sample.ts';
import { makeSaveRecord } from '../persistence/record.ts';
import { parseRecord } from '../persistence/schema.ts';
import { sameData } from '../persistence/same-data.ts';

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
  readonly seconds: number;
  /** CPU time of this thread: on a busy machine, what the runs cost rather than how long. */
  readonly cpuSeconds: number;
  /** Steps played for real to fill the memory (distinct moment and order). */
  readonly stepsPlayed: number;
  /** Steps of all runs together. */
  readonly stepsTotal: number;
  /** Each ending's id and the number of runs that reached it. */
  readonly endings: Readonly<Record<string, number>>;
  /** Runs whose restored text differed, or that ended without an ending, with why. */
  readonly failures: readonly string[];
}

/**
 * The moment the session stands at, the one object already known for it if roads met there.
 * Keyed once per step played for real; runs then find their steps through the moments
 * themselves, without building a key from the ink state at every order.
 */
function momentOf(known: Map<string, Moment>, session: StorySession, frame: Frame): Moment {
  const snapshot = session.snapshot();
  const key = `${snapshot.inkState}\u0000${JSON.stringify(snapshot.scene)}`;
  let moment = known.get(key);
  if (!moment) {
    moment = {
      inkState: snapshot.inkState,
      scene: snapshot.scene,
      decision: snapshot.decision,
      seed: snapshot.seed,
      stats: frame.stats,
      choices: frame.choices.length,
      ended: frame.ended,
      next: [],
    };
    known.set(key, moment);
  }
  return moment;
}

/**
 * Plays `runs` seeded random runs of the compiled story `json` with a save-and-restore round
 * trip in each (see the module comment). Failures are collected, not thrown, so that one
 * report says everything.
 */
export function roundTripRuns(json: string, runs: number, seed = 1943): RoundTripReport {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const session = new StorySession(json);
  const first = session.start();
  const knownMoments = new Map<string, Moment>();
  const opening: Step = {
    paragraphs: first.paragraphs.map(({ text, tags }) => ({ text, tags })),
    cleared: first.cleared,
    logStep: { index: -1, text: '', path: '', decision: null },
    choiceText: '',
    after: momentOf(knownMoments, session, first),
  };
  let stepsPlayed = 0;
  const restored = new Playthrough(json);
  const next = seededRandom(seed);
  const endings: Record<string, number> = {};
  const failures: string[] = [];
  let stepsTotal = 0;
  /** Where the session stands, so that a run of new steps is played on without a restore. */
  let sessionAt: Moment | null = opening.after;

  /** The step `choice` from `moment`, played for real the first time. */
  const stepFrom = (moment: Moment, choice: number): Step => {
    const known = moment.next[choice];
    if (known) return known;
    if (sessionAt !== moment) session.restore(snapshotOf(moment, [], 0));
    const choiceText = session.currentChoices()[choice]?.text ?? '';
    const frame = session.choose(choice);
    const step: Step = {
      paragraphs: frame.paragraphs.map(({ text, tags }) => ({ text, tags })),
      cleared: frame.cleared,
      logStep: session.replayLog.at(-1)!,
      choiceText,
      after: momentOf(knownMoments, session, frame),
    };
    sessionAt = step.after;
    moment.next[choice] = step;
    stepsPlayed++;
    return step;
  };

  for (let run = 0; run < runs; run++) {
    // The uninterrupted run: its moments and the steps between them.
    const moments: Moment[] = [opening.after];
    const steps: Step[] = [opening];
    const choices: number[] = [];
    let moment = opening.after;
    while (!moment.ended && moment.choices > 0) {
      const choice = Math.floor(next() * moment.choices);
      const step = stepFrom(moment, choice);
      choices.push(choice);
      steps.push(step);
      moment = step.after;
      moments.push(moment);
    }
    stepsTotal += choices.length;
    const ending = moment.scene.ending;
    if (!moment.ended || !ending) {
      failures.push(`run ${run}: ends without an ending after ${choices.length} orders`);
      continue;
    }
    endings[ending.id] = (endings[ending.id] ?? 0) + 1;

    // Saved at a random moment, through a save record and the schema, and played on.
    const at = Math.floor(next() * (choices.length + 1));
    const problem = replayFrom(
      restored,
      dataAt(moments, steps, at),
      choices[at],
      at < choices.length ? dataAt(moments, steps, at + 1) : null,
    );
    if (problem) failures.push(`run ${run}, saved after ${at} orders: ${problem}`);
  }
  return {
    runs,
    seed,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    cpuSeconds: Number(cpuSecondsSince(cpuStarted).toFixed(2)),
    stepsPlayed,
    stepsTotal,
    endings,
    failures,
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
  if (!sameData(after.transcript, expected.transcript)) {
    return 'the text after the next order differs from the uninterrupted run';
  }
  if (!sameData(after, expected)) return 'the state after the next order differs';
  return null;
}
