/**
 * Replays a run's log under a story, matching each step by its choice text and target path
 * rather than by index, so a save survives an author adding or reordering choices.
 */
import type { Playthrough, View } from './playthrough.ts';
import type { ChoiceView, ReplayStep } from './story-session.ts';

/** Where a log stopped fitting the story. */
export interface Divergence {
  /** 0-based index of the step that no longer fits. */
  readonly step: number;
  readonly decision: string | null;
  /** The order the log had signed there. */
  readonly missing: string;
  /** What the story offers there now. */
  readonly offered: readonly string[];
  /** True when the story ended before the log did. */
  readonly storyEnded: boolean;
}

export interface ReplayResult {
  readonly view: View;
  /** How many steps of the log were replayed. */
  readonly applied: number;
  readonly divergence: Divergence | null;
}

/**
 * Finds the choice a step took: the same text at the same target, else the same text alone.
 * A target path alone is never enough: ink names choice targets by position (`c-0`, `c-1`), so
 * after an author inserts a choice the same path can lead somewhere else.
 */
export function matchStep(step: ReplayStep, choices: readonly ChoiceView[]): ChoiceView | null {
  const exact = choices.find((c) => c.text === step.text && c.targetPath === step.path);
  if (exact) return exact;
  const sameText = choices.filter((c) => c.text === step.text);
  return sameText.length === 1 ? (sameText[0] ?? null) : null;
}

/**
 * Starts `playthrough` over, whatever it was playing, and signs `orders` for as long as `match`
 * finds each among the choices on offer; returns the view where it stopped and how many fitted.
 */
export function replayOrders<T>(
  playthrough: Playthrough,
  orders: readonly T[],
  match: (order: T, choices: readonly ChoiceView[]) => ChoiceView | null,
): { readonly view: View; readonly applied: number } {
  let view = playthrough.restart();
  for (const [i, order] of orders.entries()) {
    const choice = match(order, view.choices);
    if (!choice) return { view, applied: i };
    view = playthrough.choose(choice.index);
  }
  return { view, applied: orders.length };
}

/** Starts `playthrough` over and takes the log's choices for as long as they fit. */
export function replayLog(playthrough: Playthrough, log: readonly ReplayStep[]): ReplayResult {
  const { view, applied } = replayOrders(playthrough, log, matchStep);
  const step = log[applied];
  if (!step) return { view, applied, divergence: null };
  return {
    view,
    applied,
    divergence: {
      step: applied,
      decision: view.decision ?? step.decision,
      missing: step.text,
      offered: view.choices.map((c) => c.text),
      storyEnded: view.choices.length === 0,
    },
  };
}
