/**
 * Reads the shape of a compiled story: its knots and stitches, which of them are functions, and
 * which runtime features (TURNS_SINCE, RANDOM) decide what part of the state can still matter.
 * It also switches on visit counting for every knot and stitch, so that the explorer can tell
 * which were reached, and remembers which counts it added, so they never split states; and it
 * makes a silent copy of the story for walking, without the text no choice or tag is made of.
 */

type JsonContainer = unknown[];
type NamedContent = Record<string, unknown> & { '#f'?: number };

export interface StoryMap {
  /** The compiled JSON with visit counting switched on for every knot and stitch. */
  readonly instrumentedJson: string;
  /**
   * `instrumentedJson` without its output text and line breaks (see `silence`): the same
   * choices, tags, variables and diverts, several times faster to run.
   */
  readonly explorationJson: string;
  /** Where each `end` and `done` of `explorationJson` is, by the number in its mark. */
  readonly stops: readonly string[];
  /**
   * For each knot (`''` for the story's opening), the global variables that can still be read
   * from there on; null when the story diverts to variable targets and nothing can be dropped.
   */
  readonly liveByKnot: Readonly<Record<string, readonly string[]>> | null;
  /** Every item of every LIST, as `List.item`, in definition order. */
  readonly listItems: readonly string[];
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

/** Name prefix of the containers that mark where a story stops (see `silence`). */
export const STOP_MARK = '__explorer_stop_';

/**
 * Replaces output text, line breaks and printed values with no-ops, in place, keeping the array
 * indices that paths point at. Kept: string building (`str` … `/str`, which makes choice text),
 * tags (`#` … `/#`), choices' start content (containers named `s`, diverted to from choice
 * text) and functions (whose output may become choice text). Text never steers ink: the
 * choices, tags, variables and diverts stay the same, and without line breaks one Continue runs
 * to the next choice, skipping inkjs's look-ahead after every line.
 *
 * Each `end` and `done` is also wrapped in a visit-counted container named `STOP_MARK` + its
 * number in `stops`, which holds where it is: END clears the call stack, so the saved state of
 * a story that stopped can only say where through the visit counts.
 */
function silence(container: JsonContainer, keep: boolean, path: string[], stops: string[]): void {
  let building = 0;
  let inTag = false;
  for (let i = 0; i < container.length; i++) {
    const item = container[i];
    if (item === 'str') building++;
    else if (item === '/str') building--;
    else if (item === '#') inTag = true;
    else if (item === '/#') inTag = false;
    else if (item === 'end' || item === 'done') {
      const where = path.filter((c) => !/^\d+$/.test(c)).join('.') || '(top)';
      container[i] = [item, { '#n': `${STOP_MARK}${stops.push(where) - 1}`, '#f': VISITS_FLAG }];
    } else if (typeof item === 'string') {
      if (keep || building > 0 || inTag) continue;
      if (item.startsWith('^') || item === '\n') container[i] = 'nop';
      else if (item === 'out') container[i] = 'pop'; // a printed value: evaluate, then drop
    } else if (Array.isArray(item)) {
      silence(item, keep || building > 0 || inTag, [...path, String(i)], stops);
    } else if (item && typeof item === 'object' && i === container.length - 1) {
      for (const [name, value] of Object.entries(item as NamedContent)) {
        if (!Array.isArray(value)) continue;
        silence(value, keep || name === 's' || isFunction(value), [...path, name], stops);
      }
    }
  }
}

/** What one knot (or the story's opening, under `''`) reads and where it can go. */
interface KnotUse {
  readonly reads: Set<string>;
  readonly targets: Set<string>;
}

/** The knot a runtime path is in: its first component; root-level content is `''`. */
export function knotOf(path: string): string {
  const first = path.split('.')[0] ?? '';
  return /^\d+$/.test(first) ? '' : first;
}

function collectUse(value: unknown, use: KnotUse): { dynamic: boolean } {
  let dynamic = false;
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const child of item) visit(child);
      return;
    }
    if (!item || typeof item !== 'object') return;
    const object = item as Record<string, unknown>;
    for (const [key, child] of Object.entries(object)) {
      if (key === 'VAR?' || key === '^var') use.reads.add(String(child));
      else if (key === '->' && object.var === true) dynamic = true;
      else if (key === '->' || key === 'f()' || key === '->t->' || key === '*' || key === '^->') {
        const target = String(child);
        if (!target.startsWith('.')) use.targets.add(knotOf(target));
      } else visit(child);
    }
  };
  visit(value);
  return { dynamic };
}

/**
 * For each knot, the global variables the story may still read once it is there: those read
 * in the knot and in every knot it can divert, tunnel, call or offer a choice into, and so on.
 * Null when the story diverts to a variable target, whose destination cannot be known here.
 */
function liveVariables(root: JsonContainer): Map<string, ReadonlySet<string>> | null {
  const uses = new Map<string, KnotUse>();
  const opening: KnotUse = { reads: new Set(), targets: new Set() };
  uses.set('', opening);
  let dynamic = false;
  for (let i = 0; i < root.length - 1; i++)
    dynamic = collectUse(root[i], opening).dynamic || dynamic;
  for (const [knot, value] of Object.entries(namedContent(root) ?? {})) {
    if (knot === 'global decl') continue;
    const use: KnotUse = { reads: new Set(), targets: new Set() };
    uses.set(knot, use);
    dynamic = collectUse(value, use).dynamic || dynamic;
  }
  if (dynamic) return null;
  const live = new Map<string, ReadonlySet<string>>();
  for (const knot of uses.keys()) {
    const reads = new Set<string>();
    const seen = new Set<string>([knot]);
    const stack = [knot];
    while (stack.length > 0) {
      const use = uses.get(stack.pop()!);
      if (!use) continue;
      for (const name of use.reads) reads.add(name);
      for (const target of use.targets) {
        if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      }
    }
    live.set(knot, reads);
  }
  return live;
}

export function mapStory(json: string): StoryMap {
  const parsed = JSON.parse(json) as { root: JsonContainer; listDefs?: Record<string, object> };
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
  const instrumentedJson = JSON.stringify(parsed);
  const live = liveVariables(parsed.root);
  const stops: string[] = [];
  silence(parsed.root, false, [], stops);
  const listItems = Object.entries(parsed.listDefs ?? {}).flatMap(([list, items]) =>
    Object.keys(items).map((item) => `${list}.${item}`),
  );
  return {
    instrumentedJson,
    explorationJson: JSON.stringify(parsed),
    stops,
    listItems,
    liveByKnot: live ? Object.fromEntries([...live].map(([k, v]) => [k, [...v]])) : null,
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
