/**
 * The story's global tags as the build and the explorer read them: besides what `globalTags`
 * checks, each `# timeline:` must name two dates that can be read, the first day first. The
 * player reads the tags without this (its timeline hides a span it cannot read), which keeps
 * the date reader off the first screen.
 */
import { dateSpan } from './story-dates.ts';
import type { ListShape } from './story-lists.ts';
import { globalTags, parseTag, TIMELINE_ADVICE, unreadable, type GlobalTags } from './tags.ts';

export function checkedGlobalTags(
  rawTags: readonly string[] | null,
  lists: readonly ListShape[] = [],
): GlobalTags {
  const tags = globalTags(rawTags, lists);
  const problems = [...tags.problems];
  let timeline: GlobalTags['timeline'] = null;
  for (const raw of rawTags ?? []) {
    const tag = parseTag(raw);
    if (tag.key !== 'timeline' || !tag.value || !tag.label) continue;
    // As with every global tag, the last readable one wins.
    if (dateSpan(tag.value, tag.label)) timeline = { start: tag.value, end: tag.label };
    else problems.push(unreadable(tag.raw, TIMELINE_ADVICE));
  }
  return { ...tags, timeline, problems };
}
