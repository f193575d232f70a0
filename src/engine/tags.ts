/**
 * The tag contract between story and player (SPEC section 7). Keys are case-insensitive;
 * `=` separates a value from its label. Unknown tags are kept but never shown as text.
 */

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
  readonly background: string | null;
}

/** The story's own global tags: title, author and the stats it declares. */
export interface GlobalTags {
  readonly title: string | null;
  readonly author: string | null;
  readonly stats: readonly StatDeclaration[];
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
        background = nonEmpty(tag.value);
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

/** Reads the story's global tags (`title`, `author`, `stat: VAR = Label`). */
export function globalTags(rawTags: readonly string[] | null): GlobalTags {
  let title: string | null = null;
  let author: string | null = null;
  const stats: StatDeclaration[] = [];
  for (const raw of rawTags ?? []) {
    const tag = parseTag(raw);
    if (tag.key === 'title')
      title = nonEmpty(tag.label ? `${tag.value} = ${tag.label}` : tag.value);
    else if (tag.key === 'author') author = nonEmpty(tag.value);
    else if (tag.key === 'stat' && tag.value) {
      if (!stats.some((s) => s.variable === tag.value)) {
        stats.push({ variable: tag.value, label: tag.label ?? tag.value });
      }
    }
  }
  return { title, author, stats };
}

/** True when `raw` is one of the story's global tags (they come back as the first line's tags). */
export function isGlobalTag(raw: string, globals: readonly string[]): boolean {
  return globals.some((g) => g.trim() === raw.trim());
}
