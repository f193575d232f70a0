/**
 * The panels around `<ink-player>`: the timeline above the story, the war room beside it (map
 * and stats) and the run in figures in the ending box. Each is a Lit element in one of the
 * player's slots, given every moment the player shows, so that a rewind, a load or a restart
 * shows exactly that moment; each hides itself when the story declares nothing for it.
 */
import './components/campaign-summary/campaign-summary.ts';
import './components/campaign-timeline/campaign-timeline.ts';
import { InkViewEvent } from './components/events.ts';
import type { InkPlayer } from './components/ink-player/ink-player.ts';
import './components/war-room/war-room.ts';
import type { View } from './engine/playthrough.ts';
import type { GlobalTags } from './engine/tags.ts';

const connected = new WeakSet<InkPlayer>();

/**
 * Puts the panels into `player`'s slots and keeps them in step with every moment it shows,
 * starting with the moment already on screen (a game reloaded at its end included).
 */
export function connectShell(player: InkPlayer, story: GlobalTags | null = null): void {
  if (connected.has(player)) return;
  connected.add(player);
  const timeline = document.createElement('campaign-timeline');
  timeline.slot = 'above';
  const warRoom = document.createElement('war-room');
  warRoom.slot = 'aside';
  const summary = document.createElement('campaign-summary');
  summary.slot = 'ending';
  const show = (view: View | null, tags: GlobalTags | null) => {
    timeline.span = tags?.timeline ?? null;
    timeline.date = view?.scene.date ?? null;
    timeline.marks = view?.history.map((e) => ({ date: e.date, label: e.choiceText })) ?? [];
    for (const panel of [warRoom, summary]) {
      panel.view = view;
      panel.story = tags;
    }
  };
  show(player.view, story);
  player.append(timeline, warRoom, summary);
  // The player sends each moment once its frame is painted: the panels are drawn after the story.
  player.addEventListener(InkViewEvent.eventName, (event) => show(event.view, event.story));
}
