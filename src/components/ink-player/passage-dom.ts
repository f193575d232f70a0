/**
 * A passage's paragraphs and pictures as DOM nodes, built directly rather than from a Lit
 * template each: a click adds a passage of ten or more paragraphs, and cloning a template,
 * finding its parts and committing them for each paragraph cost more than the page's own work
 * of laying them out. The player renders the fragment once per passage (guarded), so these
 * nodes are made once and then stay.
 *
 * Text goes in as text (`textContent`); text with inline markup goes through the same
 * sanitised path as everywhere else (inline-markup.ts), rendered into its paragraph by Lit.
 */
import { render } from 'lit';
import type { Paragraph } from '../../engine/story-session.ts';
import { inlineMarkup } from './inline-markup.ts';

export interface PassageDomOptions {
  /** The URL a picture's path is taken from, or null when it may not be shown. */
  readonly resolve: (src: string) => string | null;
  /** Whether a picture failed to load: it is shown as its placeholder. */
  readonly isMissing: (src: string) => boolean;
  /** Called when a picture fails to load. */
  readonly onMissing: (src: string) => void;
  /** Called once text with markup can be shown with it (see inlineMarkup). */
  readonly onMarkupReady: () => void;
}

/** The paragraphs of a passage, the first at transcript index `start`, as one fragment. */
export function passageFragment(
  paragraphs: readonly Paragraph[],
  start: number,
  options: PassageDomOptions,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  paragraphs.forEach((p, i) => {
    const cls = p.meta.classes.join(' ');
    if (p.text) fragment.append(paragraphElement(p.text, cls, start + i, options));
    const image = p.meta.image;
    const src = image ? options.resolve(image.src) : null;
    if (image && src) fragment.append(figureElement(src, image.caption, cls, options));
  });
  return fragment;
}

function paragraphElement(
  text: string,
  cls: string,
  at: number,
  options: PassageDomOptions,
): HTMLElement {
  const p = document.createElement('p');
  p.className = cls;
  p.dataset.at = String(at);
  p.tabIndex = -1;
  const words = inlineMarkup(text, options.onMarkupReady);
  if (typeof words === 'string') p.textContent = words;
  else render(words, p);
  return p;
}

function figureElement(
  src: string,
  caption: string | null,
  cls: string,
  options: PassageDomOptions,
): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = cls;
  if (options.isMissing(src)) {
    const placeholder = document.createElement('div');
    placeholder.className = 'image-missing';
    placeholder.setAttribute('role', 'img');
    placeholder.setAttribute('aria-label', caption ?? 'A picture that could not be loaded');
    figure.append(placeholder);
  } else {
    const img = document.createElement('img');
    img.src = src;
    img.alt = caption ?? '';
    img.loading = 'lazy';
    img.addEventListener('error', () => options.onMissing(src), { once: true });
    figure.append(img);
  }
  if (caption) {
    const figcaption = document.createElement('figcaption');
    figcaption.textContent = caption;
    figure.append(figcaption);
  }
  return figure;
}
