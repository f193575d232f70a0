/**
 * The tag contract between story and player (SPEC section 7). Keys are case-insensitive;
 * `=` separates a value from its label. Unknown tags are kept but never shown as text.
 */

import { namedLists, type ListDefinition, type ListShape } from './story-lists.ts';

/** One tag, split into its parts: `# image: a.svg = Caption` -> key `image`, value, label. */
export interface Tag {
  readonly key: string;
  readonly value: string;
  readonly label: string | null;
  readonly raw: string;
}

export interface ImageTag {
  readonly src: string;
  readonly caption: string | null;
}

export interface EndingTag {
  readonly id: string;
  readonly title: string;
}

export interface StatDeclaration {
  readonly variable: string;
  readonly label: string;
}

/** Everything a line or choice's tags say, in the player's terms. */
export interface LineTags {
  readonly chapter: string | null;
  readonly date: string | null;
  readonly image: ImageTag | null;
  readonly classes: readonly string[];
  readonly decision: string | null;
  readonly ending: EndingTag | null;
  /** Inky's CLEAR: wipe the text shown so far. */
  readonly clear: boolean;
  /** Inky's RESTART: start the story again. */
  readonly restart: boolean;
  /** On a choice: the order the seed's history took. */
  readonly history: boolean;
  readonly audio: string | null;
  readonly audioLoop: string | null;
  /** A picture behind the text; `''` takes it away (`BACKGROUND: false`), null leaves it. */
  readonly background: string | null;
}

/** Which way a stat moving is good for the player (`# good: VAR = up`). */
export type GoodDirection = 'up' | 'down';

/** The span of the story's timeline, as written (`# timeline: 1 November 1942 = 31 May 1943`). */
export const TIMELINE_ADVICE =
  'write it as `# timeline: 1 November 1942 = 31 May 1943`, first day first';

export interface TimelineTag {
  readonly start: string;
  readonly end: string;
}

/** A side on the map: the LIST variable holding the regions it holds, and its name. */
export interface MapSide {
  readonly variable: string;
  readonly name: string;
}

/**
 * The map the story declares: `# map: LIST = Neutral name` names the LIST whose members are
 * the regions (and what a region nobody holds is called); `# side: VAR = Name`, one per side.
 */
export interface MapTags {
  readonly list: string | null;
  readonly neutral: string;
  readonly sides: readonly MapSide[];
}

/** The heading over the choices when the story names none (`# choices: Your orders`). */
export const DEFAULT_CHOICES_HEADING = 'Choices';

/** The story's own global tags: what it says about itself for the player to show. */
export interface GlobalTags {
  readonly title: string | null;
  readonly author: string | null;
  readonly stats: readonly StatDeclaration[];
  /** Which way is good for the player, by stat variable; a stat not named here is neutral. */
  readonly good: Readonly<Record<string, GoodDirection>>;
  /**
   * Human names of LIST members (`# name: List.member = Name`), keyed as written: by
   * `List.member`, or by the bare member name for every list that has it.
   */
  readonly names: Readonly<Record<string, string>>;
  /** The timeline's span; null when the story declares none (no timeline is shown). */
  readonly timeline: TimelineTag | null;
  /** The map; null when the story declares no side (no map is shown). */
  readonly map: MapTags | null;
  /** The heading over the choices: "Choices" unless the story names it. */
  readonly choicesHeading: string;
  /**
   * The LISTs the compiled story defines, each member with its name from `names`: not a tag,
   * but read with them so that the player has one account of what the story declares.
   */
  readonly lists: readonly ListDefinition[];
  /** What is wrong with the contract tags the player could not read, for the author. */
  readonly problems: readonly string[];
}

/** Splits one raw tag. A tag with no `:` has the whole text as its key (`CLEAR`, `history`). */
export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const key = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  const eq = rest.indexOf('=');
  const value = (eq < 0 ? rest : rest.slice(0, eq)).trim();
  const label = eq < 0 ? null : rest.slice(eq + 1).trim() || null;
  return { key, value, label, raw: text };
}

function nonEmpty(value: string): string | null {
  return value === '' ? null : value;
}

/** Reads the tags of one line or one choice. Later tags of the same key win. */
export function lineTags(rawTags: readonly string[]): LineTags {
  let chapter: string | null = null;
  let date: string | null = null;
  let image: ImageTag | null = null;
  const classes: string[] = [];
  let decision: string | null = null;
  let ending: EndingTag | null = null;
  let clear = false;
  let restart = false;
  let history = false;
  let audio: string | null = null;
  let audioLoop: string | null = null;
  let background: string | null = null;
  for (const raw of rawTags) {
    const tag = parseTag(raw);
    switch (tag.key) {
      case 'chapter':
        chapter = nonEmpty(tag.label ? `${tag.value} = ${tag.label}` : tag.value);
        break;
      case 'date':
        date = nonEmpty(tag.value);
        break;
      case 'image':
        if (tag.value) image = { src: tag.value, caption: tag.label };
        break;
      case 'class':
        classes.push(...tag.value.split(/\s+/).filter(Boolean));
        break;
      case 'decision':
        decision = nonEmpty(tag.value);
        break;
      case 'ending':
        if (tag.value) ending = { id: tag.value, title: tag.label ?? tag.value };
        break;
      case 'clear':
        clear = true;
        break;
      case 'restart':
        restart = true;
        break;
      case 'history':
        history = true;
        break;
      case 'audio':
        audio = nonEmpty(tag.value);
        break;
      case 'audioloop':
        audioLoop = nonEmpty(tag.value);
        break;
      case 'background':
        // Inky's `BACKGROUND: false` (or `none`) takes the picture away: '' clears, null keeps.
        background = /^(false|none)$/i.test(tag.value) ? '' : nonEmpty(tag.value);
        break;
      default:
        break;
    }
  }
  return {
    chapter,
    date,
    image,
    classes,
    decision,
    ending,
    clear,
    restart,
    history,
    audio,
    audioLoop,
    background,
  };
}

const GOOD_WORDS: Readonly<Record<string, GoodDirection>> = {
  up: 'up',
  higher: 'up',
  down: 'down',
  lower: 'down',
};

/** Collects the global tags one by one; `result()` gives the finished `GlobalTags`. */
class GlobalTagReader {
  private title: string | null = null;
  private author: string | null = null;
  private readonly stats: StatDeclaration[] = [];
  private readonly good: Record<string, GoodDirection> = {};
  private readonly names: Record<string, string> = {};
  private timeline: TimelineTag | null = null;
  private mapList: string | null = null;
  private neutral = 'Neutral';
  private readonly sides: MapSide[] = [];
  private choicesHeading = DEFAULT_CHOICES_HEADING;
  private readonly problems: string[] = [];

  read(tag: Tag): void {
    switch (tag.key) {
      case 'title':
        this.title = nonEmpty(tag.label ? `${tag.value} = ${tag.label}` : tag.value);
        break;
      case 'author':
        this.author = nonEmpty(tag.value);
        break;
      case 'stat':
        if (tag.value && !this.stats.some((s) => s.variable === tag.value)) {
          this.stats.push({ variable: tag.value, label: tag.label ?? tag.value });
        }
        break;
      case 'good':
        this.readGood(tag);
        break;
      case 'name':
        if (tag.value && tag.label) this.names[tag.value] = tag.label;
        else this.problem(tag, 'write it as `# name: LIST.member = Name`');
        break;
      case 'timeline':
        // Whether the two dates can be read is checked by the build (`checkedGlobalTags`);
        // the player's timeline hides a span it cannot read.
        if (tag.value && tag.label) this.timeline = { start: tag.value, end: tag.label };
        else this.problem(tag, TIMELINE_ADVICE);
        break;
      case 'map':
        this.mapList = nonEmpty(tag.value);
        if (tag.label) this.neutral = tag.label;
        break;
      case 'side':
        if (tag.value && !this.sides.some((s) => s.variable === tag.value)) {
          this.sides.push({ variable: tag.value, name: tag.label ?? tag.value });
        }
        break;
      case 'choices':
        this.choicesHeading = nonEmpty(tag.value) ?? DEFAULT_CHOICES_HEADING;
        break;
      default:
        break;
    }
  }

  private readGood(tag: Tag): void {
    const direction = GOOD_WORDS[(tag.label ?? '').toLowerCase()];
    if (tag.value && direction) this.good[tag.value] = direction;
    else this.problem(tag, 'write it as `# good: VAR = up` or `# good: VAR = down`');
  }

  private problem(tag: Tag, advice: string): void {
    this.problems.push(unreadable(tag.raw, advice));
  }

  result(lists: readonly ListShape[]): GlobalTags {
    const sides = this.sides;
    return {
      title: this.title,
      author: this.author,
      stats: this.stats,
      good: this.good,
      names: this.names,
      timeline: this.timeline,
      map: sides.length === 0 ? null : { list: this.mapList, neutral: this.neutral, sides },
      choicesHeading: this.choicesHeading,
      lists: namedLists(lists, this.names),
      problems: this.problems,
    };
  }
}

/** What a problem with a global tag says. */
export function unreadable(raw: string, advice: string): string {
  return `the global tag “# ${raw}” cannot be read: ${advice}`;
}

/**
 * Reads the story's global tags: `title`, `author`, `stat: VAR = Label`, `good: VAR = up|down`,
 * `name: LIST.member = Name`, `timeline: FIRST = LAST`, `map: LIST = Neutral`, `side: VAR =
 * Name` and `choices: Heading`. Later tags of the same key win; a tag that cannot be read is
 * left out and named in `problems`. `lists` are the compiled story's LISTs (see `listShapes`).
 */
export function globalTags(
  rawTags: readonly string[] | null,
  lists: readonly ListShape[] = [],
): GlobalTags {
  const reader = new GlobalTagReader();
  for (const raw of rawTags ?? []) reader.read(parseTag(raw));
  return reader.result(lists);
}

/** True when `raw` is one of the story's global tags (they come back as the first line's tags). */
export function isGlobalTag(raw: string, globals: readonly string[]): boolean {
  return globals.some((g) => g.trim() === raw.trim());
}
