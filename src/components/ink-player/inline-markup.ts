/**
 * Story text for a Lit template. Text without a tag (the usual case) is plain text; text with
 * inline markup goes through the sanitiser's allow-list (sanitize-inline.ts), a chunk loaded the
 * first time such text is shown. Until it is there, that text shows as its words alone, so its
 * tags never flash by as raw text and nothing below it moves when the markup arrives; the
 * caller is told when to render it again.
 */
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

type Sanitiser = typeof import('./sanitize-inline.ts');

let sanitiser: Sanitiser | null = null;
let loading: Promise<unknown> | null = null;
/** The sanitiser could not be loaded: text with markup is shown without its tags. */
let unavailable = false;

/** Whether text with markup shows as it will stay (false only while the sanitiser loads). */
export function markupReady(): boolean {
  return sanitiser !== null || unavailable;
}

function loadSanitiser(): Promise<unknown> {
  loading ??= import('./sanitize-inline.ts').then(
    (module) => (sanitiser = module),
    () => (unavailable = true),
  );
  return loading;
}

/** Whether the compiled story `json` has text with a tag in it (an ink text string is "^…"). */
export function storyHasMarkup(json: string): boolean {
  return /"\^[^"]*<\/?[a-z]/i.test(json);
}

/**
 * Starts loading the sanitiser when the story has text with markup, so that such text has its
 * markup when it is first shown rather than a moment after. Called once the first frame is up.
 */
export function preloadMarkup(json: string): void {
  if (!sanitiser && !unavailable && storyHasMarkup(json)) void loadSanitiser();
}

/** The words of `text` without its tags (and without what a script or style holds). */
export function withoutTags(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '');
}

/**
 * `text` for a template: as plain text when it holds no tag, else its sanitised markup. While the
 * sanitiser loads, its words without their tags, so that the text already takes its place on
 * the page; `whenReady` is called once the markup can be shown.
 */
export function inlineMarkup(text: string, whenReady?: () => void) {
  if (!text.includes('<')) return text;
  if (sanitiser) return unsafeHTML(sanitiser.sanitizeInline(text));
  if (!unavailable) void loadSanitiser().then(whenReady);
  return withoutTags(text);
}
