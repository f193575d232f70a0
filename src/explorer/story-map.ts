/**
 * Reads the shape of a compiled story: its knots and stitches, which of them are functions, and
 * which runtime features (TURNS_SINCE, RANDOM) decide what part of the state can still matter.
 * It also switches on visit counting for every knot and stitch, so that the explorer can tell
 * which were reached, and remembers which counts it added, so they never split states.
 */

type JsonContainer = unknown[];
type NamedContent = Record<string, unknown> & { '#f'?: number };

export interface StoryMap {
  /** The compiled JSON with visit counting switched on for every knot and stitch. */
  readonly instrumentedJson: string;
  /** `knot` and `knot.stitch` names, functions left out. */
  readonly sections: readonly string[];
  /** Paths whose visit counts the explorer added (not read by the story itself). */
  readonly addedCounts: ReadonlySet<string>;
  readonly usesTurns: boolean;
  readonly usesRandom: boolean;
}

const VISITS_FLAG = 0x1;

function namedContent(container: JsonContainer): NamedContent | null {
  const last = container[container.length - 1];
  return last && typeof last === 'object' && !Array.isArray(last) ? (last as NamedContent) : null;
}

/**
 * The compiled JSON does not mark functions. A function returns (`~ret`), or takes parameters
 * and never diverts, ends or stops; a knot does one of those.
 */
function isFunction(container: JsonContainer): boolean {
  if (container.includes('~ret')) return true;
  const text = JSON.stringify(container);
  const takesParameters = text.startsWith('[{"temp=":');
  return takesParameters && !/"->"|"done"|"end"/.test(text);
}

function isSection(name: string, value: unknown): value is JsonContainer {
  return (
    Array.isArray(value) &&
    !name.startsWith('#') &&
    name !== 'global decl' &&
    !/^[cg]-\d+$/.test(name)
  );
}

/** Makes sure `container` has a named-content object to hold flags, and returns it. */
function ensureNamed(container: JsonContainer): NamedContent {
  const existing = namedContent(container);
  if (existing) return existing;
  const created: NamedContent = {};
  container[container.length - 1] = created;
  return created;
}

function countVisits(container: JsonContainer, path: string, added: Set<string>): void {
  const named = ensureNamed(container);
  const flags = named['#f'] ?? 0;
  if ((flags & VISITS_FLAG) === 0) {
    named['#f'] = flags | VISITS_FLAG;
    added.add(path);
  }
}

export function mapStory(json: string): StoryMap {
  const parsed = JSON.parse(json) as { root: JsonContainer };
  const top = namedContent(parsed.root) ?? {};
  const sections: string[] = [];
  const added = new Set<string>();
  for (const [knot, knotValue] of Object.entries(top)) {
    if (!isSection(knot, knotValue) || isFunction(knotValue)) continue;
    sections.push(knot);
    countVisits(knotValue, knot, added);
    for (const [stitch, stitchValue] of Object.entries(namedContent(knotValue) ?? {})) {
      if (!isSection(stitch, stitchValue) || isFunction(stitchValue)) continue;
      sections.push(`${knot}.${stitch}`);
      countVisits(stitchValue, `${knot}.${stitch}`, added);
    }
  }
  return {
    instrumentedJson: JSON.stringify(parsed),
    sections,
    addedCounts: added,
    // Control commands are bare JSON strings; story text always starts with `^`.
    usesTurns: /"turns?"(?=[,\]])/.test(json),
    usesRandom: /"(rnd|srnd|seq)"(?=[,\]])/.test(json),
  };
}

/** An ending a story declares with a `# ending: ID = Title` tag. */
export interface DeclaredEnding {
  readonly id: string;
  readonly title: string;
}

/**
 * The endings a compiled story declares, read from its `# ending:` tags (tag text is stored as
 * `^ending: …` strings), in the order they appear, each once.
 */
export function declaredEndings(json: string): DeclaredEnding[] {
  const endings = new Map<string, DeclaredEnding>();
  for (const match of json.matchAll(/"\^\s*ending\s*:([^"]*)"/gi)) {
    const [id = '', ...title] = (match[1] ?? '').split('=');
    const key = id.trim();
    if (key && !endings.has(key))
      endings.set(key, { id: key, title: title.join('=').trim() || key });
  }
  return [...endings.values()];
}
