/**
 * Where a story date falls on the story's timeline, between the first and last day its
 * `# timeline:` tag names, and the months the timeline ticks. Dates are read by the engine's
 * `storyDay`, which gives up (null) on what it cannot read.
 */
import { dateSpan, monthName, storyDay, type DateSpan } from '../../engine/story-dates.ts';
import type { TimelineTag } from '../../engine/tags.ts';

export type { DateSpan } from '../../engine/story-dates.ts';

/** The span a `# timeline:` tag names, or null when the story declares none (or a bad one). */
export function timelineSpan(tag: TimelineTag | null): DateSpan | null {
  return tag ? dateSpan(tag.start, tag.end) : null;
}

/** A month the timeline shows, with where it starts (0..1). */
export interface TimelineMonth {
  readonly at: number;
  readonly month: string;
  readonly year: number;
}

/** Where `time` lies between the span's first (0) and last (1) day. */
function along(time: number, span: DateSpan): number {
  return (time - span.start) / (span.end - span.start);
}

/** Every month the span touches, the first from the span's first day. */
export function timelineMonths(span: DateSpan): TimelineMonth[] {
  const months: TimelineMonth[] = [];
  const first = new Date(span.start);
  for (let i = 0; ; i++) {
    const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1);
    if (start > span.end) break;
    const day = new Date(start);
    months.push({
      at: Math.max(0, along(start, span)),
      month: monthName(day.getUTCMonth()),
      year: day.getUTCFullYear(),
    });
  }
  return months;
}

/**
 * Where `date` falls between the span's first day (0) and last day (1), or null when it does
 * not parse or lies outside.
 */
export function timelinePosition(date: string | null | undefined, span: DateSpan): number | null {
  const time = storyDay(date, span);
  if (time === null || time < span.start || time > span.end) return null;
  return along(time, span);
}
