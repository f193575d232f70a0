/**
 * A bound on how long a story may run between two choices. inkjs runs `Continue()` until a line
 * of text is done, so a story that loops without text (`== loop == ~ x++ -> loop`) never
 * returns from it, and one that loops with text never stops offering lines: either would hang
 * the player's tab or the explorer. The bounds count what inkjs does (steps, lines, pieces of
 * output), so they stop the same story at the same place on every machine, however busy; a
 * time limit would not.
 */
import type { Story } from 'inkjs';

/**
 * How far a story may run without offering a choice. The longest stretches in the campaign
 * and the public stories (measured on seeded random runs) take some 28,000 steps for one line
 * (Swindlestones), 140 lines between choices (The Keeper of Gannet Rock), and a line built of
 * 94 pieces (the campaign); inkjs runs a million steps in about a second.
 */
export const RUN_ON_LIMITS = {
  /** Steps with no line of text finished. */
  steps: 1_000_000,
  /** Lines of text since the last choice. */
  lines: 10_000,
  /**
   * Pieces of output in one unfinished line. inkjs looks through them all on every step, so a
   * loop that adds to a line that never ends slows down with every piece it adds: it must be
   * stopped long before the step limit (nbush's roguelike adds one piece every 100 steps or so,
   * and would take minutes to reach it).
   */
  pieces: 1_000,
} as const;

/** The bounds a story is held to; `total`, when given, bounds every step since the last choice. */
export interface RunOnLimits {
  readonly steps: number;
  readonly lines: number;
  readonly pieces: number;
  readonly total?: number;
}

type Limit = keyof RunOnLimits;

const WHAT: Record<Limit, (count: string) => string> = {
  steps: (n) => `${n} steps with no text or choice`,
  lines: (n) => `${n} lines with no choice`,
  pieces: (n) => `a line of ${n} pieces that never ends`,
  total: (n) => `${n} steps with no choice`,
};

/** The message for a story stopped at `where` by the `limit`. */
function runsOnMessage(where: string, limit: Limit, limits: RunOnLimits): string {
  return `runs on without stopping at ${where} (${WHAT[limit]((limits[limit] ?? 0).toLocaleString('en-GB'))})`;
}

/** The knot (and stitch) of an inkjs path: `loop.0.3` → `loop`, `room.look.0.c-1` → `room.look`. */
function sectionOf(path: string): string {
  const named: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) || /^[cg]-\d+$/.test(part)) break;
    named.push(part);
  }
  return named.join('.') || path || '(the top of the story)';
}

/**
 * Watches `story` run and stops it, past any of the `limits` it is held to then (read at each
 * step, so a session can be given others) since the last choice taken
 * (`ChooseChoiceIndex`) or `ResetState()`, with an ink runtime error (`runsOnMessage`) that
 * reaches `story.onError` like any other. The story stays stopped (every further step fails at
 * once) until one of those. The count starts again by itself, so no caller has to remember to.
 */
export function limitSteps(story: Story, limitsNow: () => RunOnLimits = () => RUN_ON_LIMITS): void {
  let steps = 0;
  let lines = 0;
  let total = 0;
  const stop = (limit: Limit, limits: RunOnLimits): never => {
    const where = sectionOf(story.state.currentPointer.path?.componentsString ?? '');
    // A newline may have left inkjs holding the state before it, to look ahead; an error
    // leaves it there, and the next Continue() would go back to it: let it go first.
    story.DiscardSnapshot();
    // Story.Error throws inkjs's own StoryException, which Continue() turns into an error
    // reported through onError, as for any fault of the story.
    return story.Error(runsOnMessage(where, limit, limits));
  };
  const step = story.ContinueSingleStep.bind(story);
  story.ContinueSingleStep = () => {
    const limits = limitsNow();
    if (++steps > limits.steps) stop('steps', limits);
    if (limits.total !== undefined && ++total > limits.total) stop('total', limits);
    if (lines >= limits.lines) stop('lines', limits);
    if (story.state.outputStream.length > limits.pieces) stop('pieces', limits);
    // True when a line of text is done: Continue() returns it.
    const lineDone = step();
    if (lineDone) {
      steps = 0;
      lines++;
    }
    return lineDone;
  };
  // A choice taken starts the count again; so does ResetState(), whose global declarations
  // are steps of a new run.
  const choose = story.ChooseChoiceIndex.bind(story);
  story.ChooseChoiceIndex = (index: number) => {
    steps = 0;
    lines = 0;
    total = 0;
    choose(index);
  };
  const resetState = story.ResetState.bind(story);
  story.ResetState = () => {
    steps = 0;
    lines = 0;
    total = 0;
    resetState();
  };
}
