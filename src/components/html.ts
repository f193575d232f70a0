/**
 * Lit's `html` and `svg` tags, less the indentation of the source. Every line break and indent
 * between two tags of a template is a text node in the page, one per copy rendered; after a
 * full run they were some 400 of the page's nodes, drawing nothing. A template's static text is
 * rewritten once, the first time it is used, and Lit caches it from then on as before.
 *
 * White space is dropped only where it holds a line break and stands between a tag and a tag,
 * a binding or the template's edge. Beside text it is kept: `Lost since ${when}:⏎${names}`
 * still reads with its space.
 */
import { html as litHtml, svg as litSvg } from 'lit';

type Tag = typeof litHtml;

/** What stands on one side of a run of white space: a tag's edge, a binding, the edge of the template, or text. */
type Side = 'tag' | 'binding' | 'edge' | 'text';

const trimmed = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** The static parts of a template without the white space that only indents it. */
export function withoutIndentation(strings: TemplateStringsArray): TemplateStringsArray {
  let result = trimmed.get(strings);
  if (!result) {
    const last = strings.length - 1;
    const parts = strings.map((part, i) =>
      part.replace(/\s*\n\s*/g, (space, offset: number) => {
        const before = offset === 0 ? (i === 0 ? 'edge' : 'binding') : side(part[offset - 1]!, '>');
        const end = offset + space.length;
        const after =
          end === part.length ? (i === last ? 'edge' : 'binding') : side(part[end]!, '<');
        return droppable(before, after) ? '' : space;
      }),
    );
    // Lit accepts only a template strings array: an array with its `raw` twin.
    result = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) }));
    trimmed.set(strings, result);
  }
  return result;
}

function side(char: string, tagEdge: string): Side {
  return char === tagEdge ? 'tag' : 'text';
}

/** Text on either side keeps the space (it reads as one); anything else needs none. */
function droppable(before: Side, after: Side): boolean {
  if (before === 'text' || after === 'text') return false;
  // Between two bindings the space may be all that parts two words.
  return !(before === 'binding' && after === 'binding');
}

/** Lit's `html`, without the source's indentation. */
export const html: Tag = (strings, ...values) => litHtml(withoutIndentation(strings), ...values);

/** Lit's `svg`, without the source's indentation. */
export const svg: typeof litSvg = (strings, ...values) =>
  litSvg(withoutIndentation(strings), ...values);
