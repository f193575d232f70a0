import { describe, expect, it } from 'vitest';
import {
  chapterSummary,
  readingLayout,
  type Chapter,
} from '../../src/components/ink-player/reading-layout.ts';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { compileFixture } from './compile-fixture.ts';

const orders = compileFixture('player/orders-v1.ink');
const inky = compileFixture('engine/inky-tags.ink');

/** Each chapter as its title, then its passages' texts with `> order (date)` after each. */
function outline(chapters: readonly Chapter[]): string[][] {
  return chapters.map((c) => [
    c.heading?.meta.chapter ?? '(none)',
    ...c.passages.flatMap((p) => [
      ...p.paragraphs.map((q) => q.text),
      ...(p.order ? [`> ${p.order.text} (${p.order.date})`] : []),
    ]),
  ]);
}

describe('the reading layout of a run', () => {
  it('puts each order after the text it answered, in the chapter it was given in', () => {
    const p = new Playthrough(orders);
    p.start();
    p.choose(1);
    const view = p.choose(0);
    expect(outline(readingLayout(view))).toEqual([
      ['First', 'The first order waits.', '> Go right (1 March 1943)', 'Right it is.'],
      ['Second', 'The second order waits.', '> Dig in (2 March 1943)', 'You dig in.'],
      ['Third', 'The third order waits.'],
    ]);
    // Orders name their place in the history.
    const [first, second] = readingLayout(view);
    expect(first!.passages[0]!.order?.at).toBe(0);
    expect(second!.passages[0]!.order?.at).toBe(1);
  });

  it('shows the same orders after a rewind and after a reload as at that moment first', () => {
    const p = new Playthrough(orders);
    p.start();
    const atSecond = readingLayout(p.choose(0));
    p.choose(1);
    p.choose(0);
    expect(outline(readingLayout(p.rewindTo(1)))).toEqual(outline(atSecond));

    const later = p.choose(1);
    const reloaded = new Playthrough(orders);
    expect(outline(readingLayout(reloaded.load(JSON.parse(JSON.stringify(p.data())))))).toEqual(
      outline(readingLayout(later)),
    );
  });

  it('keeps open the chapters being read: the last, and the one holding the latest order', () => {
    const p = new Playthrough(orders);
    p.start();
    p.choose(1);
    const current = (view: Parameters<typeof readingLayout>[0]) =>
      readingLayout(view).map((c) => `${c.heading?.meta.chapter}: ${c.current}`);
    const played = current(p.choose(0));
    expect(played).toEqual(['First: false', 'Second: true', 'Third: true']);
    p.choose(0);
    expect(current(p.rewindTo(2))).toEqual(played);
  });

  it('leaves out orders given on a page that Inky’s CLEAR wiped', () => {
    const p = new Playthrough(inky);
    p.start();
    const view = p.choose(0);
    expect(outline(readingLayout(view))).toEqual([['(none)', 'Second page.']]);
  });

  it('sums up a chapter in one line', () => {
    const p = new Playthrough(orders);
    p.start();
    const view = p.choose(1);
    expect(chapterSummary(readingLayout(view)[0]!)).toBe('2 paragraphs · 1 choice');
  });
});
