/**
 * The story column as plain DOM: chapters, their headings, passages and the orders between
 * them, each node kept from one moment to the next while what it shows is the same. A click
 * adds the new passage and the order that closed the one before; nothing else is built again.
 * (As Lit lists, every chapter and passage cost two comment markers and every binding in them
 * one: a fifth of the page's nodes after a full run.)
 *
 * Text goes in as text; a paragraph with inline markup takes the sanitised path of
 * passage-dom.ts.
 */
import type { View } from '../../engine/playthrough.ts';
import type { Paragraph } from '../../engine/story-session.ts';
import { el, KeptNodes, placeChildren, type Child } from '../dom.ts';
import { markupReady } from './inline-markup.ts';
import { passageFragment, type PassageDomOptions } from './passage-dom.ts';
import {
  chapterSummary,
  readingLayout,
  type Chapter,
  type OrderMark,
  type Passage,
} from './reading-layout.ts';

export interface StoryColumnOptions extends PassageDomOptions {
  /** Whether the reader opened this chapter (one before the current one is folded otherwise). */
  readonly isOpened: (chapter: Chapter) => boolean;
  /** Called when the reader opens or folds a chapter. */
  readonly onToggle: (chapter: Chapter, open: boolean) => void;
}

/** What names a chapter while the run goes on: its heading, else its first paragraph. */
export function chapterKey(chapter: Chapter): object | null {
  return chapter.heading ?? chapter.passages[0]?.paragraphs[0] ?? null;
}

/** A number for each object, for signatures that must change when the object does. */
const ids = new WeakMap<object, number>();
let lastId = 0;
function idOf(value: object | null | undefined): number {
  if (!value) return 0;
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

export class StoryColumn {
  /** The column itself: rendered once by the player, then kept up to date here. */
  readonly element = el('article', { class: 'story', part: 'story', 'aria-label': 'Story' });

  private chapters = new KeptNodes<HTMLElement>();
  private headings = new KeptNodes<Node | null>();
  private passages = new KeptNodes<readonly Node[]>();
  private orders = new KeptNodes<HTMLElement>();

  constructor(private readonly options: StoryColumnOptions) {}

  /** Shows `view`'s transcript (nothing without a view), with `background` as the style. */
  update(view: View | null, background: string): HTMLElement {
    if (this.element.getAttribute('style') !== background) {
      this.element.setAttribute('style', background);
    }
    const layout = (view ? readingLayout(view) : []).map((chapter) => ({
      chapter,
      open: chapter.current || this.options.isOpened(chapter),
    }));
    const opened = layout.flatMap(({ chapter, open }) => (open ? [chapter] : []));
    const sections = this.chapters.update(
      layout,
      ({ chapter }) => String(chapter.start),
      ({ chapter, open }) =>
        open ? 'open' : `folded ${idOf(chapterKey(chapter))} ${chapterSummary(chapter)}`,
      ({ chapter, open }) =>
        open ? el('section', { class: 'chapter' }) : this.foldedChapter(chapter),
    );
    // The open chapters' contents, which change as the run goes on.
    const headings = this.headings.update(
      opened,
      (chapter) => String(chapter.start),
      (chapter) => `${idOf(chapterKey(chapter))} ${chapter.current}`,
      (chapter) => this.heading(chapter),
    );
    const passages = this.passages.update(
      opened.flatMap((chapter) => chapter.passages),
      (passage) => String(passage.start),
      (passage) => this.passageSignature(passage),
      (passage) => [...passageFragment(passage.paragraphs, passage.start, this.options).childNodes],
    );
    const orders = this.orders.update(
      opened.flatMap((chapter) => chapter.passages.flatMap((p) => p.order ?? [])),
      (order) => String(order.at),
      (order) => JSON.stringify([order.text, order.date]),
      orderElement,
    );
    let heading = 0;
    let passage = 0;
    let order = 0;
    layout.forEach(({ chapter, open }, i) => {
      if (!open) return;
      const nodes: Node[] = [];
      const head = headings[heading++];
      if (head) nodes.push(head);
      for (const p of chapter.passages) {
        nodes.push(...passages[passage++]!);
        if (p.order) nodes.push(orders[order++]!);
      }
      placeChildren(sections[i]!, nodes);
    });
    placeChildren(this.element, sections);
    return this.element;
  }

  /**
   * What a passage's paragraphs show: they are built again when it grows, when a rewind puts
   * other text at its place, when one of its pictures fails, or once markup can be shown.
   */
  private passageSignature(passage: Passage): string {
    // Pictures are known as missing by the URL they were loaded from, as passage-dom.ts shows them.
    const missing = passage.paragraphs.flatMap((p) => {
      const src = p.meta.image ? this.options.resolve(p.meta.image.src) : null;
      return src && this.options.isMissing(src) ? [src] : [];
    });
    return JSON.stringify([
      idOf(passage.paragraphs[0]),
      passage.paragraphs.length,
      missing,
      markupReady(),
    ]);
  }

  /** A chapter before the current one, folded into one line. */
  private foldedChapter(chapter: Chapter): HTMLElement {
    const date = chapter.heading?.meta.date;
    const button = el(
      'button',
      { class: 'fold', type: 'button', 'aria-expanded': 'false' },
      el('span', { class: 'fold-title' }, chapter.heading?.meta.chapter ?? 'The beginning'),
      date && el('span', { class: 'date' }, date),
      el('span', { class: 'fold-summary' }, `${chapterSummary(chapter)} · show`),
    );
    button.addEventListener('click', () => this.options.onToggle(chapter, true));
    return el('section', { class: 'chapter folded' }, el('h2', {}, button));
  }

  /**
   * An open chapter's heading; before the current chapter it is also the button that folds it
   * (for the text before the first heading, a button alone).
   */
  private heading(chapter: Chapter): Node | null {
    const fold = (cls: string, ...children: Child[]) => {
      const button = el(
        'button',
        { class: cls, type: 'button', 'aria-expanded': 'true' },
        ...children,
      );
      button.addEventListener('click', () => this.options.onToggle(chapter, false));
      return button;
    };
    const heading = chapter.heading;
    if (!heading?.meta.chapter) {
      return chapter.current || !chapterKey(chapter)
        ? null
        : fold('fold bare', 'Fold the beginning');
    }
    if (chapter.current) return el('h2', {}, ...headingText(heading));
    return el(
      'h2',
      {},
      fold(
        'fold',
        el('span', { class: 'fold-title' }, ...headingText(heading)),
        el('span', { class: 'fold-summary' }, 'fold'),
      ),
    );
  }
}

/** A chapter's name, and its date beside it. */
function headingText(heading: Paragraph): Child[] {
  const date = heading.meta.date;
  return [heading.meta.chapter ?? '', date && el('span', { class: 'date' }, date)];
}

/** Where the player gave an order: its text and date, between the text before and after. */
function orderElement(order: OrderMark): HTMLElement {
  return el(
    'div',
    { class: 'order', 'data-order': String(order.at) },
    el('span', { class: 'order-label' }, 'You chose'),
    el('span', { class: 'order-text' }, order.text),
    order.date && el('span', { class: 'order-date' }, order.date),
  );
}
