/**
 * One explorer thread's view of a story: runs the silent copy of the story (see `story-map.ts`)
 * from a saved state to the next choice point, and describes the state it reached by a key
 * that two paths share exactly when nothing that can still happen tells them apart.
 * Plain data in and out, so that the same code runs in the main thread and in workers.
 */
import { createHash } from 'node:crypto';
import { InkList, Story } from 'inkjs';
import { describeRuntimeError } from '../engine/externals.ts';
import { limitSteps } from '../engine/step-budget.ts';
import { lineTags } from '../engine/tags.ts';
import { failedClaims } from './claims.ts';
import { PositionReads, type LiveReads } from './position-reads.ts';
import { knotOf, STOP_MARK } from './story-map.ts';

/** What a walker needs to know about the story, as plain (transferable) data. */
export interface WalkerSetup {
  readonly json: string;
  /** Variables whose final values the report shows. */
  readonly stats: readonly string[];
  readonly addedCounts: readonly string[];
  /** Where each stop mark is (`StoryMap.stops`). */
  readonly stops: readonly string[];
  readonly usesTurns: boolean;
  readonly usesTurnNumber: boolean;
  readonly usesRandom: boolean;
  /** `StoryMap.liveByKnot`: variables that can still be read from each knot, or null. */
  readonly liveByKnot: Readonly<Record<string, readonly string[]>> | null;
  /** `StoryMap.liveCountsByKnot`: visit counts that can still be read from each knot, or null. */
  readonly liveCountsByKnot: Readonly<Record<string, readonly string[]>> | null;
  /**
   * Narrow what can still be read to each exact position on the call stack (see
   * `position-reads.ts`), where it can be followed; the knot's sets stay the fallback.
   */
  readonly liveByPosition: boolean;
  /**
   * The random seed the story starts from: inkjs takes one from the clock, which would make
   * RANDOM and shuffles, and so the report, differ from walk to walk.
   */
  readonly seed: number;
}

export const TerminalKind = { none: 0, ending: 1, deadEnd: 2, error: 3 } as const;
export type TerminalKind = (typeof TerminalKind)[keyof typeof TerminalKind];

/** A stat's value at the end of a run: a number, a LIST's item names, or anything else as text. */
export type StatValue = number | readonly string[] | string | null;

/** The state reached after taking a choice (or at the start). */
export interface Arrival {
  readonly key: string;
  readonly terminal: TerminalKind;
  /** Saved state to expand later; null at a terminal. */
  readonly state: string | null;
  /** `# decision:` id of the text before the choices, else where the choices were offered. */
  readonly decision: string | null;
  readonly ending: string | null;
  /** The runtime error that stopped this path, or for a dead end, where the story stopped. */
  readonly detail: string | null;
  /** Final values of the stats, in `WalkerSetup.stats` order; only at a terminal. */
  readonly stats: readonly StatValue[] | null;
  readonly warnings: readonly string[];
  /** Knots and stitches this walker saw visited for the first time on the way here. */
  readonly visited: readonly string[];
}

export interface Offer {
  readonly text: string;
  readonly history: boolean;
  readonly arrival: Arrival;
}

interface SavedState {
  flows: Record<string, SavedFlow>;
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
  [other: string]: unknown;
}

interface SavedThread {
  threadIndex: number;
  /** inkjs's frames: container path and index, absent where the pointer is null. */
  callstack: { cPath?: string; idx?: number; [other: string]: unknown }[];
  [other: string]: unknown;
}

interface SavedFlow {
  callstack: { threads: SavedThread[]; threadCounter: number };
  outputStream?: unknown[];
  choiceThreads?: Record<string, SavedThread>;
  currentChoices?: { originalThreadIndex: number; [other: string]: unknown }[];
  [other: string]: unknown;
}

/** The same counts with their keys sorted: maps fill in the order paths first met them. */
function sorted(counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(counts).sort()) out[key] = counts[key]!;
  return out;
}

/**
 * Thread numbers count the threads made on the way here, not what can happen next: number
 * them again in order of appearance.
 */
function renumberThreads(flow: SavedFlow): void {
  const numbers = new Map<number, number>();
  const renumber = (n: number) => {
    if (!numbers.has(n)) numbers.set(n, numbers.size);
    return numbers.get(n)!;
  };
  for (const thread of flow.callstack.threads) thread.threadIndex = renumber(thread.threadIndex);
  flow.callstack.threadCounter = 0;
  for (const choice of flow.currentChoices ?? []) {
    choice.originalThreadIndex = renumber(choice.originalThreadIndex);
  }
  if (flow.choiceThreads) {
    const threads: Record<string, SavedThread> = {};
    for (const [n, thread] of Object.entries(flow.choiceThreads)) {
      thread.threadIndex = renumber(Number(n));
      threads[String(thread.threadIndex)] = thread;
    }
    flow.choiceThreads = threads;
  }
}

function statValue(raw: unknown): StatValue {
  if (raw instanceof InkList) return raw.orderedItems.map((e) => e.Key.itemName ?? '');
  if (typeof raw === 'number') return raw;
  if (raw === null || raw === undefined) return null;
  return String(raw);
}

export class Walker {
  private readonly story: Story;
  private readonly setup: WalkerSetup;
  private readonly added: ReadonlySet<string>;
  private readonly statNames: ReadonlySet<string>;
  private readonly live: ReadonlyMap<string, ReadonlySet<string>> | null;
  private readonly liveCounts: ReadonlyMap<string, ReadonlySet<string>> | null;
  private readonly positionReads: PositionReads | null;
  private readonly seenVisits = new Set<string>();
  private readonly errors: string[] = [];
  private readonly warnings: string[] = [];
  /** The state being expanded, to tell which stop a dead end came to. */
  private parent: string | null = null;

  constructor(setup: WalkerSetup) {
    this.setup = setup;
    this.added = new Set(setup.addedCounts);
    this.statNames = new Set(setup.stats);
    this.live = byKnot(setup.liveByKnot);
    this.liveCounts = byKnot(setup.liveCountsByKnot);
    this.story = new Story(setup.json);
    this.positionReads = setup.liveByPosition ? new PositionReads(this.story, setup.json) : null;
    this.story.allowExternalFunctionFallbacks = true;
    limitSteps(this.story);
    this.story.onError = (message, type) => {
      // ErrorType: 0 author, 1 warning, 2 error.
      (type === 2 ? this.errors : this.warnings).push(message);
    };
  }

  /** The state at the start of the story, run to its first choice point. */
  start(): Arrival {
    this.story.ResetState();
    this.story.state.storySeed = this.setup.seed;
    this.parent = null;
    return this.settle();
  }

  /** Takes each choice offered in `state` in turn and describes where it leads. */
  expand(state: string): Offer[] {
    this.story.state.LoadJson(state);
    this.parent = state;
    const offered = this.story.currentChoices.map((c) => ({
      text: c.text,
      history: lineTags(c.tags ?? []).history,
    }));
    return offered.map((choice, index) => {
      if (index > 0) this.story.state.LoadJson(state);
      try {
        this.story.ChooseChoiceIndex(index);
      } catch (error) {
        this.errors.push(error instanceof Error ? error.message : String(error));
      }
      return { ...choice, arrival: this.settle() };
    });
  }

  /** Runs to the next choice point, end or error, and describes the state reached. */
  private settle(): Arrival {
    const story = this.story;
    let ending: string | null = null;
    let decision: string | null = null;
    try {
      while (story.canContinue && this.errors.length === 0) {
        story.ContinueAsync(0); // Continue() without building the (silenced) text
        const tags = story.currentTags;
        if (tags && tags.length > 0) {
          const meta = lineTags(tags);
          if (meta.ending) ending = meta.ending.id;
          if (meta.decision) decision = meta.decision;
          this.errors.push(...failedClaims(tags));
        }
      }
    } catch (error) {
      this.errors.push(error instanceof Error ? error.message : String(error));
    }
    const failed =
      this.errors.length > 0 ? this.errors.splice(0).map(describeRuntimeError).join('; ') : null;
    const warnings = this.warnings.splice(0);
    const choices = failed ? [] : story.currentChoices;
    story.state.ResetOutput();
    const json = story.state.ToJson();
    const saved = JSON.parse(json) as SavedState;
    const visited = this.noteVisits(saved);

    let terminal: TerminalKind = TerminalKind.none;
    let detail: string | null = failed;
    if (failed) terminal = TerminalKind.error;
    else if (choices.length === 0) {
      terminal = ending ? TerminalKind.ending : TerminalKind.deadEnd;
      if (!ending) detail = this.stopReached(saved);
    } else if (!decision) {
      const source = choices[0]!.sourcePath;
      decision = `@${source.slice(0, Math.max(0, source.lastIndexOf('.'))) || source}`;
    }
    const state = terminal === TerminalKind.none ? json : null;
    const key = createHash('sha1')
      .update(this.keyText(saved))
      // Where the story stopped tells dead ends apart, now that their counts are dropped.
      .update(`|${terminal}|${ending ?? ''}|${decision ?? ''}|${detail ?? ''}`)
      .digest('base64');
    return {
      key,
      terminal,
      state,
      decision: terminal === TerminalKind.none ? decision : null,
      ending: terminal === TerminalKind.ending ? ending : null,
      detail,
      stats: terminal === TerminalKind.none ? null : this.readStats(),
      warnings,
      visited,
    };
  }

  /**
   * The part of a saved state that decides the future: everything but the text already output,
   * the turn counter (unless the story reads turns), the random seed (unless it draws numbers),
   * the visit counts the explorer added itself, and thread numbers (renumbered in order).
   * Mutates `saved`.
   */
  private keyText(saved: SavedState): string {
    const positions = storyPositions(saved.flows);
    const reads = positions.map((p) => this.positionReads?.at(p.path, p.index) ?? null);
    this.dropDeadVariables(saved, positions, reads);
    this.dropDeadCounts(saved, positions, reads);
    sortListValues(saved.variablesState);
    for (const flow of Object.values(saved.flows)) {
      delete flow.outputStream;
      renumberThreads(flow);
    }
    if (!this.setup.usesTurns) {
      delete saved.turnIdx;
      delete saved.turnIndices;
    }
    if (!this.setup.usesRandom) {
      delete saved.storySeed;
      delete saved.previousRandom;
    }
    if (saved.visitCounts) {
      for (const path of this.added) delete saved.visitCounts[path];
      for (const path of Object.keys(saved.visitCounts)) {
        if (path.includes(STOP_MARK)) delete saved.visitCounts[path];
      }
      saved.visitCounts = sorted(saved.visitCounts);
    }
    if (saved.turnIndices) saved.turnIndices = sorted(saved.turnIndices);
    if (this.setup.usesTurns && !this.setup.usesTurnNumber) turnsAgo(saved);
    // Everything else inkjs writes in a fixed order: globals in declaration order, choice
    // threads by number (renumbered above), call stacks and choices in sequence.
    return JSON.stringify(saved);
  }

  /**
   * Leaves out of the key the variables nothing ahead can read: not a stat (the report shows
   * stats' final values), and not read in any knot the story can still reach from where it is
   * (every position on every call stack, and every choice's target).
   */
  private dropDeadVariables(
    saved: SavedState,
    positions: readonly Position[],
    reads: readonly (LiveReads | null)[],
  ): void {
    const variables = saved.variablesState as Record<string, unknown> | undefined;
    const live = liveAt(this.live, positions, reads, (r) => r.variables);
    if (!live || !variables) return;
    for (const name of Object.keys(variables)) {
      if (!live.has(name) && !this.statNames.has(name)) delete variables[name];
    }
  }

  /**
   * Leaves out of the key the visit counts and turn indices nothing ahead can read: the
   * once-only choices of a room the story can never come back to, the read counts of gathers
   * no reachable condition looks at.
   */
  private dropDeadCounts(
    saved: SavedState,
    positions: readonly Position[],
    reads: readonly (LiveReads | null)[],
  ): void {
    const live = liveAt(this.liveCounts, positions, reads, (r) => r.counts);
    if (!live) return;
    for (const counts of [saved.visitCounts, saved.turnIndices]) {
      for (const path of Object.keys(counts ?? {})) if (!live.has(path)) delete counts![path];
    }
  }

  private noteVisits(saved: SavedState): string[] {
    const fresh: string[] = [];
    for (const [path, count] of Object.entries(saved.visitCounts ?? {})) {
      if (count > 0 && !this.seenVisits.has(path) && !path.includes(STOP_MARK)) {
        this.seenVisits.add(path);
        fresh.push(path);
      }
    }
    return fresh;
  }

  /** Where the story stopped: the (last) stop mark visited since the expanded state. */
  private stopReached(saved: SavedState): string {
    const before = this.parent ? stopCounts(JSON.parse(this.parent) as SavedState) : new Map();
    let where: string | null = null;
    for (const [stop, count] of stopCounts(saved)) {
      if (count === (before.get(stop) ?? 0)) continue;
      where = this.setup.stops[stop] ?? where;
    }
    return where ?? '(unknown)';
  }

  private readStats(): StatValue[] {
    return this.setup.stats.map((name) => statValue(this.story.variablesState.$(name)));
  }
}

/**
 * TURNS_SINCE only reads how long ago a turn index was: keep that age, not the turn number,
 * which grows on every path and would keep two states that behave alike apart.
 */
function turnsAgo(saved: SavedState): void {
  const now = saved.turnIdx ?? 0;
  for (const path of Object.keys(saved.turnIndices ?? {})) {
    saved.turnIndices![path] = now - saved.turnIndices![path]!;
  }
  delete saved.turnIdx;
}

function byKnot(
  names: Readonly<Record<string, readonly string[]>> | null,
): ReadonlyMap<string, ReadonlySet<string>> | null {
  return names ? new Map(Object.entries(names).map(([knot, list]) => [knot, new Set(list)])) : null;
}

/**
 * What can still be read from `positions`: the union of what can be read from each one
 * (`reads`, the same length), or where that is unknown, of what its knot can reach; null (keep
 * everything) when there is no map or a position the map does not know.
 */
function liveAt(
  map: ReadonlyMap<string, ReadonlySet<string>> | null,
  positions: readonly Position[],
  reads: readonly (LiveReads | null)[],
  pick: (reads: LiveReads) => ReadonlySet<string>,
): Set<string> | null {
  if (!map) return null;
  const live = new Set<string>(); // at an end, nothing more is read
  for (const [i, position] of positions.entries()) {
    const exact = reads[i];
    const names = exact ? pick(exact) : map.get(knotOf(position.path));
    if (!names) return null;
    for (const name of names) live.add(name);
  }
  return live;
}

/**
 * A LIST value is saved with its items in the order they were added; the same items are the
 * same value whatever the order, so sort them.
 */
function sortListValues(variables: unknown): void {
  if (!variables || typeof variables !== 'object') return;
  for (const value of Object.values(variables as Record<string, unknown>)) {
    const list = (value as { list?: unknown } | null)?.list;
    if (list && typeof list === 'object')
      (value as { list: unknown }).list = sorted(list as Record<string, number>);
  }
}

/**
 * A place a saved flow can go on from: `index` in the container at `path`, or with `index`
 * null, the start of what `path` names.
 */
interface Position {
  readonly path: string;
  readonly index: number | null;
}

/**
 * Every place the saved flows can go on from: each call-stack frame of every thread (the top
 * one where it is, every other after the divert that called the next), and each choice's
 * target (`targetPath`).
 */
function storyPositions(flows: Readonly<Record<string, SavedFlow>>): Position[] {
  const positions: Position[] = [];
  for (const flow of Object.values(flows)) {
    const threads = [...flow.callstack.threads, ...Object.values(flow.choiceThreads ?? {})];
    for (const thread of threads) {
      const frames = thread.callstack;
      for (const [i, frame] of frames.entries()) {
        if (typeof frame.cPath !== 'string') continue;
        const resumes = i < frames.length - 1 ? 1 : 0;
        positions.push({ path: frame.cPath, index: (frame.idx ?? 0) + resumes });
      }
    }
    for (const choice of flow.currentChoices ?? []) {
      if (typeof choice.targetPath === 'string')
        positions.push({ path: choice.targetPath, index: null });
    }
  }
  return positions;
}

/** The stop marks in a state's visit counts, by number. */
function stopCounts(saved: SavedState): Map<number, number> {
  const counts = new Map<number, number>();
  for (const [path, count] of Object.entries(saved.visitCounts ?? {})) {
    const at = path.lastIndexOf(STOP_MARK);
    if (at >= 0) counts.set(Number(path.slice(at + STOP_MARK.length)), count);
  }
  return counts;
}
