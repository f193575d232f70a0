/**
 * Where a story date falls on the campaign's timeline, November 1942 to May 1943. Story dates
 * are written for readers ("12 December 1942", "late November 1942", "January – February
 * 1943"), so the parser reads those forms and gives up (null) on anything else.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The first and last day the timeline shows (UTC), inclusive. */
const START = Date.UTC(1942, 10, 1);
const END = Date.UTC(1943, 4, 31);
const SPAN = END - START;

/** Where in a month a vague date sits: "early" means about the 5th. */
const PART_DAY: Readonly<Record<string, number>> = {
  beginning: 1,
  start: 1,
  early: 5,
  mid: 15,
  middle: 15,
  late: 25,
  end: 28,
};

/** The months the timeline shows, each with where it starts (0..1) and its name. */
export interface TimelineMonth {
  readonly at: number;
  readonly month: string;
  readonly year: number;
}

export const TIMELINE_MONTHS: readonly TimelineMonth[] = Array.from({ length: 7 }, (_, i) => {
  const first = new Date(Date.UTC(1942, 10 + i, 1));
  const name = MONTHS[first.getUTCMonth()] ?? '';
  return {
    at: (first.getTime() - START) / SPAN,
    month: name.charAt(0).toUpperCase() + name.slice(1),
    year: first.getUTCFullYear(),
  };
});

interface DateParts {
  month: number | null;
  day: number | null;
  year: number | null;
}

/** The month a word names (full or three-letter, `Sept` too), or null. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m === w || (w.length <= 4 && m.startsWith(w)));
  return index < 0 ? null : index;
}

/** Reads one side of a date: a day or a part of the month, a month, a year. */
function partsOf(text: string): DateParts {
  const parts: DateParts = { month: null, day: null, year: null };
  for (const word of text
    .toLowerCase()
    .split(/[\s,/-]+/)
    .filter(Boolean)) {
    const month = monthOf(word);
    if (month !== null && parts.month === null) {
      parts.month = month;
      continue;
    }
    if (/^\d{4}$/.test(word) && parts.year === null) {
      parts.year = Number(word);
      continue;
    }
    const number = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
    if (number && parts.day === null) {
      const day = Number(number[1]);
      if (day >= 1 && day <= 31) parts.day = day;
      continue;
    }
    const part = PART_DAY[word];
    if (part !== undefined && parts.day === null) parts.day = part;
  }
  return parts;
}

/** The year a month without one belongs to in this campaign (Nov–Dec 1942, Jan–May 1943). */
function campaignYear(month: number): number | null {
  if (month >= 10) return 1942;
  if (month <= 4) return 1943;
  return null;
}

/**
 * Where `date` falls between 1 November 1942 (0) and 31 May 1943 (1), or null when it does not
 * parse or lies outside. For a range ("January – February 1943") the first date counts; a month
 * alone stands for its first day.
 */
export function timelinePosition(date: string | null | undefined): number | null {
  if (!date) return null;
  const [first = '', ...others] = date.split(/\s*(?:[–—]|\s-\s|\bto\b|\buntil\b)\s*/i);
  const own = partsOf(first);
  const rest = partsOf(others.join(' '));
  const month = own.month ?? rest.month;
  if (month === null) return null;
  let year = own.year ?? rest.year;
  // "December – February 1943": the year after the range belongs to its end, not its start.
  if (own.year === null && rest.year !== null && rest.month !== null && month > rest.month) {
    year = rest.year - 1;
  }
  year ??= campaignYear(month);
  if (year === null) return null;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(own.day ?? 1, lastDay);
  const time = Date.UTC(year, month, day);
  if (time < START || time > END) return null;
  return (time - START) / SPAN;
}
