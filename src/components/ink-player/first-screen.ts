/**
 * The first screen of a story, written into the page at build time: the player's header, the
 * opening text and the first orders, in a declarative shadow root of `<ink-player>` with the
 * player's own styles. The browser paints it straight from the HTML, before any script has
 * loaded; the player takes the shadow root over once its game is on screen (ink-player.ts), and
 * an order given meanwhile is kept by the page's first script (`firstScreenBootSource` in
 * src/build/first-screen-plugin.ts) and taken then. The markup is the player's own render of a
 * new game's first moment, element for element, so nothing moves when the player takes over (a
 * browser test holds both to that).
 *
 * No DOM here: the build runs it in Node. Every piece of story text is escaped.
 */
import type { View } from '../../engine/playthrough.ts';
import type { ChoiceView, Paragraph } from '../../engine/story-session.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { withoutTags } from './inline-markup.ts';
import { readingLayout } from './reading-layout.ts';

/** Marks what the player removes when it takes over: the first screen and its style sheet. */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';
/** Marks the order given on the first screen, before the player was live. */
export const FIRST_ORDER_KEPT_ATTRIBUTE = 'data-kept';
/** The custom property that hides the first screen when set to `none` on the page's root. */
export const FIRST_SCREEN_DISPLAY = '--stavka-first-screen';
/** Marks a first order with its index, for the page's first script to keep a click on it. */
export const FIRST_ORDER_ATTRIBUTE = 'data-first-order';

/**
 * What the page's first script leaves on `window.stavkaFirstScreen`, and the player reads:
 * whether the first screen is shown, and the order given on it, if any.
 */
export interface FirstScreenState {
  readonly shown: boolean;
  order: number | null;
  /** Set by the player once it has taken over: later clicks and keys are its own. */
  done: boolean;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` as HTML text or attribute value: never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** What the first screen shows; all of it known at build time. */
export interface FirstScreen {
  /** A new game's first moment. */
  readonly view: View;
  readonly story: GlobalTags;
  /** The player's style sheets, as text. */
  readonly css: string;
}

/**
 * Whether a story's first moment can be written ahead: it offers orders, and neither ends the
 * story nor starts it again.
 */
export function canWriteAhead(view: View): boolean {
  return view.choices.length > 0 && !view.ended && !view.restart;
}

function words(text: string): string {
  return escapeHtml(text.includes('<') ? withoutTags(text) : text);
}

/** As the player renders a paragraph of new text, with its picture (lazy, as in the player). */
function paragraph(p: Paragraph, at: number): string {
  const cls = escapeHtml(p.meta.classes.join(' '));
  const text = p.text ? `<p tabindex="-1" class="${cls}" data-at="${at}">${words(p.text)}</p>` : '';
  const image = p.meta.image;
  if (!image) return text;
  const caption = image.caption ? escapeHtml(image.caption) : '';
  return `${text}<figure class="${cls}"><img src="${escapeHtml(image.src)}" alt="${caption}" loading="lazy"> ${
    caption ? `<figcaption>${caption}</figcaption>` : ''
  }</figure>`;
}

function heading(p: Paragraph | null): string {
  if (!p?.meta.chapter) return '';
  const date = p.meta.date ? `<span class="date">${escapeHtml(p.meta.date)}</span>` : '';
  return `<h2>${escapeHtml(p.meta.chapter)}${date}</h2>`;
}

function story(view: View): string {
  return readingLayout(view)
    .map(
      (chapter) =>
        `<section class="chapter">${heading(chapter.heading)}${chapter.passages
          .flatMap((passage) => passage.paragraphs.map((p, i) => paragraph(p, passage.start + i)))
          .join('')}</section>`,
    )
    .join('');
}

function choice(c: ChoiceView, i: number): string {
  const cls = escapeHtml(['choice', ...c.meta.classes].join(' '));
  return `<li><button type="button" class="${cls}" ${FIRST_ORDER_ATTRIBUTE}="${i}"><span class="key" aria-hidden="true">${
    i < 9 ? i + 1 : ''
  }</span> <span class="text">${words(c.text)}</span></button></li>`;
}

/**
 * The `<ink-player>` element with its first screen: a declarative shadow root holding the
 * player's styles and a new game's first moment as the player renders it.
 */
export function firstScreenHtml({ view, story: tags, css }: FirstScreen): string {
  const title = escapeHtml(tags.title ?? 'Untitled story');
  const where = [view.scene.chapter, view.scene.date].filter(Boolean).join(' · ');
  const background = view.scene.background
    ? `--story-background: url(${JSON.stringify(view.scene.background)})`
    : '';
  const marked = `${FIRST_SCREEN_ATTRIBUTE}=""`;
  // The page's first script hides the first screen (by this property) for a returning player.
  const own = `.first-screen { display: var(${FIRST_SCREEN_DISPLAY}, contents); }
    [${FIRST_ORDER_KEPT_ATTRIBUTE}] { border-color: var(--accent); background: var(--accent-soft); }`;
  return `<ink-player><template shadowrootmode="open"><style ${marked}>${css}\n${own}</style><div class="first-screen" ${marked}>
<header part="header"><div><h1>${title}</h1>${where ? `<p class="where">${escapeHtml(where)}</p>` : ''}</div>
<p class="save-state" aria-live="polite"></p>
<nav class="tools" aria-label="Game"><button class="tool" type="button">How to play</button> <button class="tool" type="button">History (0)</button> <button class="tool" type="button">Branches</button> <button class="tool" type="button">Saves</button> <button class="tool" type="button" aria-label="Theme: System. Change theme">Theme: System</button></nav>
</header>
<div class="above${tags.timeline ? ' reserved' : ''}"></div>
<div class="layout"><main class="main">
<article class="story" part="story" aria-label="Story" style="${escapeHtml(background)}">${story(view)}</article>
<div class="notices"><div class="notice-list" role="alert"></div><div class="notice-list" role="status"></div></div>
<section class="choices" part="choices" aria-labelledby="choices-title"><div class="choices-head"><h2 id="choices-title">${escapeHtml(
    tags.choicesHeading,
  )}</h2></div><ol>${view.choices.map(choice).join('')}</ol></section>
</main><aside class="aside${tags.stats.length > 0 ? ' reserved' : ''}" aria-label="War room"></aside></div>
</div></template></ink-player>`;
}
