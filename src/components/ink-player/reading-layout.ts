/**
 * How a run reads on the page: its transcript cut into chapters, each chapter into passages, and
 * after each passage the order the player gave there. Derived from the view alone, so a rewind,
 * a reload or a restored moment shows exactly the orders of that moment.
 */
import type { HistoryEntry, View } from '../../engine/playthrough.ts';
import type { Paragraph } from '../../engine/story-session.ts';

/** An order as it stands in the text: where it was given, what it said, and when. */
export interface OrderMark {
  /** Its place in the run's history (0 for the first decision). */
  readonly at: number;
  readonly text: string;
  readonly date: string | null;
}

/** Paragraphs read in one go, then (unless it is the newest) the order that ended them. */
export interface Passage {
  /** Index in the transcript of its first paragraph. */
  readonly start: number;
  readonly paragraphs: readonly Paragraph[];
  readonly order: OrderMark | null;
}

export interface Chapter {
  /** Index in the transcript where it starts (stable while the run goes on). */
  readonly start: number;
  /** The paragraph carrying its `# chapter:` tag (null for the text before the first one). */
  readonly heading: Paragraph | null;
  readonly passages: readonly Passage[];
  /**
   * The chapter being read: the last one, or one that holds the latest order or text that came
   * after it (an order's consequences may end one chapter before the next begins). The others
   * are folded unless the reader opens them; derived from the view, so a moment reads the same
   * when played, rewound to or reloaded.
   */
  readonly current: boolean;
}

/**
 * Where each order of the history stands in the transcript on screen: the index of the
 * paragraph it came before. A snapshot's `transcriptLength` counts the page it was taken on;
 * after Inky's CLEAR the page starts again, so orders given on a cleared page have no place and
 * are left out. (A CLEAR is seen where a later order stands before an earlier one, or where the
 * newest frame itself cleared; a cleared page that grew past the old one again is not told apart.)
 */
export function orderPositions(view: View): Map<number, OrderMark[]> {
  const placed = new Map<number, OrderMark[]>();
  const history: readonly HistoryEntry[] = view.history;
  if (view.cleared) return placed;
  let ceiling = view.transcript.length;
  for (let at = history.length - 1; at >= 0; at--) {
    const entry = history[at]!;
    const position = entry.snapshot.transcriptLength;
    if (position > ceiling) break;
    ceiling = position;
    const mark: OrderMark = { at, text: entry.choiceText, date: entry.date };
    placed.set(position, [mark, ...(placed.get(position) ?? [])]);
  }
  return placed;
}

/** The transcript as chapters of passages, each order after the passage it ended. */
export function readingLayout(view: View): Chapter[] {
  const orders = orderPositions(view);
  const chapters: { start: number; heading: Paragraph | null; passages: Passage[] }[] = [];
  let chapter: (typeof chapters)[number] | null = null;
  let passageStart = 0;
  let paragraphs: Paragraph[] = [];

  const closePassage = (order: OrderMark | null, next: number) => {
    if (!chapter) {
      chapter = { start: passageStart, heading: null, passages: [] };
      chapters.push(chapter);
    }
    chapter.passages.push({ start: passageStart, paragraphs, order });
    paragraphs = [];
    passageStart = next;
  };

  const transcript = view.transcript;
  for (let at = 0; at <= transcript.length; at++) {
    // Orders given here close the passage before them, in the chapter they were given in.
    for (const order of orders.get(at) ?? []) closePassage(order, at);
    const p = transcript[at];
    if (!p) break;
    if (p.meta.chapter) {
      if (paragraphs.length > 0) closePassage(null, at);
      chapter = { start: at, heading: p, passages: [] };
      chapters.push(chapter);
      passageStart = at;
    }
    paragraphs.push(p);
  }
  if (paragraphs.length > 0 || !chapter) closePassage(null, transcript.length);
  const latest = view.history.length - 1;
  let since = transcript.length;
  for (const [position, marks] of orders) if (marks.some((m) => m.at === latest)) since = position;
  return chapters.map((c, i) => {
    const last = c.passages.at(-1);
    const end = last ? last.start + last.paragraphs.length : c.start;
    const holdsLatest = c.passages.some((p) => p.order?.at === latest);
    return { ...c, current: i === chapters.length - 1 || holdsLatest || end > since };
  });
}

/** A folded chapter's one line: how much is in it. */
export function chapterSummary(chapter: Chapter): string {
  let paragraphs = 0;
  let orders = 0;
  for (const passage of chapter.passages) {
    paragraphs += passage.paragraphs.filter((p) => p.text).length;
    if (passage.order) orders++;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(paragraphs, 'paragraph')} · ${plural(orders, 'choice')}`;
}
