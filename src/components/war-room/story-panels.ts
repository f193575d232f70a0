/**
 * What the war room and the summary at the end draw from one moment of a story: the map's
 * holdings and the names of LIST members, worked out from the story's tags and LISTs once per
 * story, not per moment.
 */
import type { StatValue } from '../../engine/stats.ts';
import { memberNames } from '../../engine/story-lists.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { namerFrom, type MemberNamer } from '../stats-panel/stat-format.ts';
import { holdingsFromStats, type MapHoldings } from '../theatre-map/regions.ts';

export interface StoryNames {
  readonly names: ReadonlyMap<string, string>;
  readonly nameOf: MemberNamer;
}

const namesByStory = new WeakMap<GlobalTags, StoryNames>();

/** The names of the story's LIST members (worked out once per story). */
export function storyNames(story: GlobalTags): StoryNames {
  let known = namesByStory.get(story);
  if (!known) {
    const names = memberNames(story.lists, story.names);
    known = { names, nameOf: namerFrom(names) };
    namesByStory.set(story, known);
  }
  return known;
}

/** Who holds which region at a moment with these stats, or null when the story has no map. */
export function mapAt(story: GlobalTags, stats: readonly StatValue[]): MapHoldings | null {
  return holdingsFromStats(story.map, story.lists, stats, storyNames(story).nameOf);
}
