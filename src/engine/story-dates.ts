/**
 * Story dates as readers write them ("12 December 1942", "late November 1942", "January –
 * February 1943", "early Dec"), read into calendar days. The story names the span its dates fall
 * in (`# timeline: START = END`), and a date written without a year takes the year that puts it
 * inside that span. Anything else does not parse (null): a story is free to date its lines in
 * words ("The next morning").
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

/** The first and last day of a story's timeline, as UTC times (inclusive). */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
}

/** A month's name as a reader writes it: `0` -> `January`. */
export function monthName(month: number): string {
  const name = MONTHS[month] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

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

/** The UTC time of a day, the day clamped to the month's length. */
function dayTime(year: number, month: number, day: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(day, lastDay));
}

/** The year that puts `month` (and `day`) inside `span`, or null when none does. */
function yearWithin(month: number, day: number, span: DateSpan): number | null {
  const first = new Date(span.start).getUTCFullYear();
  const last = new Date(span.end).getUTCFullYear();
  for (let year = first; year <= last; year++) {
    const time = dayTime(year, month, day);
    if (time >= span.start && time <= span.end) return year;
  }
  return null;
}

/**
 * The day `date` stands for, as a UTC time, or null when it does not parse. For a range
 * ("January – February 1943") the first date counts; a month alone stands for its first day; a
 * date without a year takes the year that puts it inside `span` (none without a span).
 */
export function storyDay(
  date: string | null | undefined,
  span: DateSpan | null = null,
): number | null {
  if (!date) return null;
  const [first = '', ...others] = date.split(/\s*(?:[–—]|\s-\s|\bto\b|\buntil\b)\s*/i);
  const own = partsOf(first);
  const rest = partsOf(others.join(' '));
  const month = own.month ?? rest.month;
  if (month === null) return null;
  const day = own.day ?? 1;
  let year = own.year ?? rest.year;
  // "December – February 1943": the year after the range belongs to its end, not its start.
  if (own.year === null && rest.year !== null && rest.month !== null && month > rest.month) {
    year = rest.year - 1;
  }
  year ??= span ? yearWithin(month, day, span) : null;
  return year === null ? null : dayTime(year, month, day);
}

/** The span `# timeline: START = END` names, or null unless both ends are full dates in order. */
export function dateSpan(start: string, end: string): DateSpan | null {
  const from = storyDay(start);
  const to = storyDay(end);
  return from !== null && to !== null && from < to ? { start: from, end: to } : null;
}
