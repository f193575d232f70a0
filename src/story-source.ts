/**
 * Which story the page plays: the campaign compiled into the bundle, or the compiled story
 * named by `?story=URL` (same origin only), fetched at run time.
 */
import type { StoryAnalysis } from './analysis-types.ts';

export interface StorySource {
  readonly json: string;
  readonly id: string;
  readonly hash: string;
  /** Where the story's `# image:` paths are resolved from. */
  readonly assetBase: string;
  /**
   * Loads what the build found out about the story (a chunk of its own, for the views that
   * need it); null for a story fetched at run time, which the build never saw.
   */
  readonly analysis: (() => Promise<StoryAnalysis>) | null;
  /** A title for a story that declares none: from its file name (null for the campaign). */
  readonly name: string | null;
}

/** Thrown with a message the player can read when `?story=` cannot be played. */
export class StorySourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorySourceError';
  }
}

const MAX_STORY_BYTES = 20 * 1024 * 1024;

/** A short hex SHA-256 of the text, the same digest the build uses for the campaign. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .slice(0, 8)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** Resolves `?story=` against the page; null when the page plays the campaign. */
export function requestedStoryUrl(location: Location): URL | null {
  const param = new URLSearchParams(location.search).get('story');
  if (!param) return null;
  let url: URL;
  try {
    url = new URL(param, location.href);
  } catch {
    throw new StorySourceError(`“${param}” is not a valid story address.`);
  }
  if (url.origin !== location.origin) {
    throw new StorySourceError(
      `Stories can only be loaded from this site (${location.origin}); “${param}” is elsewhere.`,
    );
  }
  return url;
}

/** Fetches a compiled story from `url`. */
export async function fetchStory(url: URL): Promise<StorySource> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new StorySourceError(`The story at ${url.pathname} could not be fetched.`);
  }
  if (!response.ok) {
    throw new StorySourceError(
      `The story at ${url.pathname} could not be loaded (HTTP ${response.status}).`,
    );
  }
  const json = await response.text();
  if (json.length > MAX_STORY_BYTES) {
    throw new StorySourceError(`The story at ${url.pathname} is too large to play.`);
  }
  return {
    json,
    id: `url:${url.pathname}`,
    hash: await hashText(json),
    assetBase: url.href,
    analysis: null,
    name: nameFromPath(url.pathname),
  };
}

/** `/stories/the_wine-cellar.json` -> `The wine cellar`: a title made of a file's name. */
export function nameFromPath(pathname: string): string | null {
  const last = pathname.split('/').pop() ?? '';
  let file = last;
  try {
    file = decodeURIComponent(last);
  } catch {
    // A malformed escape: the name as it was written will do.
  }
  const words = file
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : null;
}
