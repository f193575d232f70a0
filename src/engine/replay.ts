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

/** Starts `playthrough` over and takes the log's choices for as long as they fit. */
export function replayLog(playthrough: Playthrough, log: readonly ReplayStep[]): ReplayResult {
  let view = playthrough.start();
  for (const [i, step] of log.entries()) {
    const choice = matchStep(step, view.choices);
    if (!choice) {
      return {
        view,
        applied: i,
        divergence: {
          step: i,
          decision: view.decision ?? step.decision,
          missing: step.text,
          offered: view.choices.map((c) => c.text),
          storyEnded: view.choices.length === 0,
        },
      };
    }
    view = playthrough.choose(choice.index);
  }
  return { view, applied: log.length, divergence: null };
}
