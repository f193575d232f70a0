/**
 * Reads the shape of a compiled story: its knots and stitches, which of them are functions, and
 * which runtime features (TURNS_SINCE, RANDOM) decide what part of the state can still matter.
 * It also switches on visit counting for every knot and stitch, so that the explorer can tell
 * which were reached, and remembers which counts it added, so they never split states; and it
 * makes a silent copy of the story for walking, without the text no choice or tag is made of.
 */

import { countReads } from './count-reads.ts';
import { knotOf } from './knots.ts';

export { knotOf };

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
   * from there on. A divert to a variable counts as one to every divert-target value the story
   * writes, since only those can be in a variable.
   */
  readonly liveByKnot: Readonly<Record<string, readonly string[]>>;
  /**
   * For each knot, the counted paths (visit counts and turn indices) that can still be read from
   * there on (see `count-reads.ts`).
   */
  readonly liveCountsByKnot: Readonly<Record<string, readonly string[]>>;
  /** Every item of every LIST, as `List.item`, in definition order. */
  readonly listItems: readonly string[];
  /** `knot` and `knot.stitch` names, functions left out. */
  readonly sections: readonly string[];
  /** The knots that are functions. */
  readonly functions: readonly string[];
  readonly externals: readonly ExternalFunction[];
  /** Paths whose visit counts the explorer added (not read by the story itself). */
  readonly addedCounts: ReadonlySet<string>;
  readonly usesTurns: boolean;
  /** The story reads the turn number itself (`TURNS()`), not only turns since a visit. */
  readonly usesTurnNumber: boolean;
  readonly usesRandom: boolean;
}

/** An EXTERNAL function the story calls; without an ink fallback the host must bind it. */
export interface ExternalFunction {
  readonly name: string;
  readonly fallback: boolean;
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
function silence(
  container: JsonContainer,
  keep: boolean,
  path: string[],
  stops: string[],
  functions: ReadonlySet<string>,
): void {
  let building = 0;
  let inTag = false;
  let evaluating = false;
  for (let i = 0; i < container.length; i++) {
    const item = container[i];
    if (item === 'ev') evaluating = true;
    else if (item === '/ev') evaluating = false;
    else if (item === 'str') building++;
    else if (item === '/str') building--;
    else if (item === '#') inTag = true;
    else if (item === '/#') inTag = false;
    else if (item === 'end' || item === 'done') {
      const where = path.filter((c) => !/^\d+$/.test(c)).join('.') || '(top)';
      container[i] = [item, { '#n': `${STOP_MARK}${stops.push(where) - 1}`, '#f': VISITS_FLAG }];
    } else if (typeof item === 'string') {
      // In evaluation a `^` string is a value (a LIST's name before `listInt`), not output.
      if (keep || building > 0 || inTag || evaluating) continue;
      if (item.startsWith('^') || item === '\n') container[i] = 'nop';
      else if (item === 'out') container[i] = 'pop'; // a printed value: evaluate, then drop
    } else if (Array.isArray(item)) {
      silence(
        item,
        keep || building > 0 || inTag || evaluating,
        [...path, String(i)],
        stops,
        functions,
      );
    } else if (item && typeof item === 'object' && i === container.length - 1) {
      for (const [name, value] of Object.entries(item as NamedContent)) {
        if (!Array.isArray(value)) continue;
        const isFunctionBody = path.length === 0 ? functions.has(name) : isFunction(value);
        silence(value, keep || name === 's' || isFunctionBody, [...path, name], stops, functions);
      }
    }
  }
}

/** What one knot (or the story's opening, under `''`) reads and where it can go. */
interface KnotUse {
  readonly reads: Set<string>;
  /** Counted paths whose visit counts (or turn indices) are read here. */
  readonly counts: Set<string>;
  /** Every other knot it can go to: by divert, tunnel, choice, divert target or call. */
  readonly targets: Set<string>;
  /** Other knots it enters as a flow (divert, tunnel, choice, divert target), not as a call. */
  readonly entered: Set<string>;
  /** Other knots it calls as functions (`f()`, or an EXTERNAL's fallback with `x()`). */
  readonly calls: Set<string>;
  /** Knots it writes as divert-target values (`-> knot` as a value). */
  readonly values: Set<string>;
  /** It diverts, tunnels or calls through a variable. */
  dynamic: boolean;
}

const emptyUse = (): KnotUse => ({
  reads: new Set(),
  counts: new Set(),
  targets: new Set(),
  entered: new Set(),
  calls: new Set(),
  values: new Set(),
  dynamic: false,
});

/** Records what `value`, part of `knot`, reads and where it goes. */
function collectUse(value: unknown, knot: string, use: KnotUse): void {
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) {
      for (const child of item) visit(child);
      return;
    }
    if (!item || typeof item !== 'object') return;
    const object = item as Record<string, unknown>;
    for (const [key, child] of Object.entries(object)) {
      if (key === 'VAR?' || key === '^var') use.reads.add(String(child));
      else if ((key === '->' || key === 'f()' || key === '->t->') && object.var === true) {
        use.reads.add(String(child)); // the divert reads the variable that holds its target
        // `$r…` is the compiler's own return point into a weave, always in the same knot.
        if (!String(child).startsWith('$r')) use.dynamic = true;
      } else if (['->', 'f()', 'x()', '->t->', '*', '^->'].includes(key)) {
        const target = String(child);
        if (target.startsWith('.')) continue;
        if (key === '^->' && !target.includes('.$r')) use.values.add(knotOf(target));
        if (knotOf(target) === knot) continue;
        use.targets.add(knotOf(target));
        (key === 'f()' || key === 'x()' ? use.calls : use.entered).add(knotOf(target));
      } else visit(child);
    }
  };
  visit(value);
}

/**
 * What every knot reads and where it goes. A divert to a variable can only go where some
 * divert-target value points, so such a knot's targets are all of those.
 */
function knotUses(root: JsonContainer): Map<string, KnotUse> {
  const uses = new Map<string, KnotUse>();
  const opening = emptyUse();
  uses.set('', opening);
  for (let i = 0; i < root.length - 1; i++) collectUse(root[i], '', opening);
  for (const [knot, value] of Object.entries(namedContent(root) ?? {})) {
    if (knot === 'global decl' || knot.startsWith('#')) continue;
    const use = emptyUse();
    uses.set(knot, use);
    collectUse(value, knot, use);
  }
  const values = new Set([...uses.values()].flatMap((use) => [...use.values]));
  for (const use of uses.values()) {
    if (use.dynamic) for (const target of values) use.targets.add(target);
  }
  return uses;
}

/**
 * The knots that are functions. The compiled JSON does not mark them: a knot that some other
 * knot calls and none enters as a flow is one; one never named elsewhere is judged by its shape.
 */
function functionNames(root: JsonContainer, uses: ReadonlyMap<string, KnotUse>): Set<string> {
  const called = new Set<string>();
  const entered = new Set<string>();
  for (const use of uses.values()) {
    for (const name of use.calls) called.add(name);
    for (const name of use.entered) entered.add(name);
  }
  const functions = new Set<string>();
  for (const [name, value] of Object.entries(namedContent(root) ?? {})) {
    if (!isSection(name, value)) continue;
    const isCalled = called.has(name) && !entered.has(name);
    if (isCalled || (!called.has(name) && !entered.has(name) && isFunction(value)))
      functions.add(name);
  }
  return functions;
}

/** What can still be read from a knot on: global variables, and counted paths. */
interface LiveReads {
  readonly variables: ReadonlySet<string>;
  readonly counts: ReadonlySet<string>;
}

/** One kind of live reads by knot, as plain (transferable) data. */
function readsByKnot(
  live: ReadonlyMap<string, LiveReads>,
  pick: (reads: LiveReads) => ReadonlySet<string>,
): Record<string, string[]> {
  return Object.fromEntries([...live].map(([knot, reads]) => [knot, [...pick(reads)]]));
}

/**
 * For each knot, what the story may still read once it is there: the global variables and the
 * visit counts read in the knot and in every knot it can divert, tunnel, call or offer a choice
 * into, and so on.
 */
function liveReads(uses: ReadonlyMap<string, KnotUse>): Map<string, LiveReads> {
  const live = new Map<string, LiveReads>();
  for (const knot of uses.keys()) {
    const variables = new Set<string>();
    const counts = new Set<string>();
    const seen = new Set<string>([knot]);
    const stack = [knot];
    while (stack.length > 0) {
      const use = uses.get(stack.pop()!);
      if (!use) continue;
      for (const name of use.reads) variables.add(name);
      for (const path of use.counts) counts.add(path);
      for (const target of use.targets) {
        if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      }
    }
    live.set(knot, { variables, counts });
  }
  return live;
}

export function mapStory(json: string): StoryMap {
  const parsed = JSON.parse(json) as { root: JsonContainer; listDefs?: Record<string, object> };
  const top = namedContent(parsed.root) ?? {};
  const uses = knotUses(parsed.root);
  const functions = functionNames(parsed.root, uses);
  const sections: string[] = [];
  const added = new Set<string>();
  for (const [knot, knotValue] of Object.entries(top)) {
    if (!isSection(knot, knotValue) || functions.has(knot)) continue;
    sections.push(knot);
    countVisits(knotValue, knot, added);
    for (const [stitch, stitchValue] of Object.entries(namedContent(knotValue) ?? {})) {
      if (!isSection(stitch, stitchValue)) continue;
      sections.push(`${knot}.${stitch}`);
      countVisits(stitchValue, `${knot}.${stitch}`, added);
    }
  }
  const instrumentedJson = JSON.stringify(parsed);
  for (const [knot, paths] of countReads(json).byKnot) {
    for (const path of paths) uses.get(knot)?.counts.add(path);
  }
  const live = liveReads(uses);
  const stops: string[] = [];
  silence(parsed.root, false, [], stops, functions);
  const listItems = Object.entries(parsed.listDefs ?? {}).flatMap(([list, items]) =>
    Object.keys(items).map((item) => `${list}.${item}`),
  );
  return {
    instrumentedJson,
    explorationJson: JSON.stringify(parsed),
    stops,
    listItems,
    liveByKnot: readsByKnot(live, (reads) => reads.variables),
    liveCountsByKnot: readsByKnot(live, (reads) => reads.counts),
    sections,
    functions: [...functions],
    externals: externalsOf(parsed.root),
    addedCounts: added,
    // Control commands are bare JSON strings; story text always starts with `^`.
    usesTurns: /"turns?"(?=[,\]])/.test(json),
    usesTurnNumber: /"turn"(?=[,\]])/.test(json),
    usesRandom: /"(rnd|srnd|seq)"(?=[,\]])/.test(json),
  };
}

/** The EXTERNAL functions the story calls, each with whether it has an ink fallback. */
function externalsOf(root: JsonContainer): ExternalFunction[] {
  const names = new Set<string>();
  for (const match of JSON.stringify(root).matchAll(/"x\(\)":"((?:[^"\\]|\\.)*)"/g)) {
    names.add(JSON.parse(`"${match[1] ?? ''}"`) as string);
  }
  const top = namedContent(root) ?? {};
  return [...names].map((name) => ({ name, fallback: Array.isArray(top[name]) }));
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
