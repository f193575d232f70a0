/**
 * The built page without the indentation between its tags: every line break and indent
 * between two tags of index.html is a text node in the page that draws nothing. White space
 * beside text, and anything inside a script or a style, is kept.
 */
import type { Plugin } from 'vite';

/** `html` less the white space, holding a line break, that stands between two tags. */
export function withoutTagIndentation(html: string): string {
  return html
    .replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(?<=>)\s*\n\s*(?=<)/gi, (match, kept?: string) =>
      kept ? match : '',
    )
    .trim();
}

export function compactPagePlugin(): Plugin {
  return {
    name: 'stavka-compact-page',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withoutTagIndentation(html) },
  };
}
