/** Events the player's elements send up the tree. */
import type { View } from '../engine/playthrough.ts';
import type { GlobalTags } from '../engine/tags.ts';

/** The page now shows a new moment of the run (after a choice, rewind, load or restart). */
export class InkViewEvent extends Event {
  static readonly eventName = 'ink-view' as const;
  constructor(
    readonly view: View,
    readonly story: GlobalTags,
  ) {
    super(InkViewEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The player asked to take choice `index`. */
export class ChoiceSelectEvent extends Event {
  static readonly eventName = 'choice-select' as const;
  constructor(readonly index: number) {
    super(ChoiceSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The player asked to go back to just before decision `at` of the history. */
export class RewindEvent extends Event {
  static readonly eventName = 'history-rewind' as const;
  constructor(readonly at: number) {
    super(RewindEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [InkViewEvent.eventName]: InkViewEvent;
    [ChoiceSelectEvent.eventName]: ChoiceSelectEvent;
    [RewindEvent.eventName]: RewindEvent;
  }
}
