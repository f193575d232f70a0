/**
 * The sanitiser for inline markup in story text, as stories written for Inky's web export use it:
 * `<b>`, `<i>`, `<em>`, `<strong>`, `<br>` and `<span class=…>` become markup; any other tag is
 * dropped and its words kept as text; a script, an event handler or a URL never reaches the page.
 * The allow-list is enforced by DOMPurify, a sanitiser kept up to date against browsers' parsers,
 * rather than by a hand-written parser that would have to be. A chunk of its own: most stories
 * (the campaign included) have no markup, and their first screen does not wait for it.
 */
import DOMPurify from 'dompurify';

/** The only elements and attributes story text may use (SPEC, section 7). */
export const ALLOWED_TAGS = ['b', 'i', 'em', 'strong', 'br', 'span'] as const;
export const ALLOWED_ATTR = ['class'] as const;

/** Sanitised text by source text: the same lines are rendered again on every frame. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

/** `text` with only the allowed inline markup left, as an HTML string safe to insert. */
export function sanitizeInline(text: string): string {
  let clean = cache.get(text);
  if (clean === undefined) {
    clean = DOMPurify.sanitize(text, {
      ALLOWED_TAGS: [...ALLOWED_TAGS],
      ALLOWED_ATTR: [...ALLOWED_ATTR],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, clean);
  }
  return clean;
}
