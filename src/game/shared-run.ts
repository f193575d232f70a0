/**
 * A shared run (a `?run=` link) replayed into the playthrough, and what to tell the player
 * about it. A chunk of its own, with the link's decoder: only a page opened from a link needs it.
 */
import { decodeRun, matchShared, sameBuild, type SharedRun } from '../branches/share-link.ts';
import type { Playthrough, View } from '../engine/playthrough.ts';
import { replayOrders } from '../engine/replay.ts';
import type { Notice } from './game-controller.ts';

export type SharedReplay =
  | { readonly refused: string }
  | {
      readonly view: View;
      /** What happened, given the name the run is kept under. */
      readonly notice: (runName: string) => Pick<Notice, 'tone' | 'text'>;
    };

/**
 * Decodes `code` and, when it reads, calls `leaving` and replays its orders in `playthrough` as
 * far as they fit this build of the story (`storyHash`). A damaged or foreign link is refused
 * with a message, and the playthrough is not touched.
 */
export function replayShared(
  playthrough: Playthrough,
  code: string,
  storyHash: string,
  leaving: () => void,
): SharedReplay {
  let shared: SharedRun;
  try {
    shared = decodeRun(code);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { refused: `${why} Nothing was changed: your own runs are as they were.` };
  }
  leaving();
  const { view, applied } = replayOrders(playthrough, shared.orders, matchShared);
  const total = shared.orders.length;
  if (applied >= total) {
    return {
      view,
      notice: (name) => ({
        tone: 'info',
        text: `You are following a shared run: all ${total} of its orders were replayed. It is kept as ${name} in your branch map; your own runs are untouched.`,
      }),
    };
  }
  const version = sameBuild(shared, storyHash)
    ? ''
    : 'It was made with another version of the story. ';
  const where = view.decision ? `at decision “${view.decision}”` : `at order ${applied + 1}`;
  const why =
    view.choices.length === 0
      ? 'the story now ends before it'
      : 'the order it signed there is no longer offered';
  return {
    view,
    notice: (name) => ({
      tone: 'warn',
      text: `${version}${applied} of the shared run's ${total} orders were replayed; ${where} ${why}. You can play on from here, as ${name}; your own runs are untouched.`,
    }),
  };
}
