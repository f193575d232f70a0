/**
 * Which visit counts a story reads, and from which knot: a once-only choice reads the count of
 * its own target (to hide itself once taken), `{knot}` and `READ_COUNT(-> x)` read x's count,
 * `TURNS_SINCE(-> x)` reads x's turn index, and a sequence reads its own container's count.
 * Found on the loaded runtime objects, so that every relative path (`.^.c-0`) is resolved
 * exactly as inkjs resolves it, to the key inkjs saves the count under.
 */
import { Story } from 'inkjs';
import { knotOf } from './knots.ts';

/** The ink runtime's objects, by the members this module reads (the classes are not exported). */
export interface RuntimeObject {
  readonly parent: RuntimeObject | null;
  readonly path: { toString(): string };
}
export interface RuntimeContainer extends RuntimeObject {
  readonly content: readonly RuntimeObject[];
  readonly namedContent: ReadonlyMap<string, RuntimeObject>;
  ContentAtPath(path: unknown): {
    readonly container: RuntimeContainer | null;
    readonly obj: RuntimeObject | null;
    readonly approximate: boolean;
  };
}

// inkjs's ControlCommand.CommandType values.
const TURNS_SINCE = 12;
const READ_COUNT = 13;
const VISIT_INDEX = 16;

export interface CountReads {
  /** For each knot (`''` for the story's opening), the counted paths read from inside it. */
  readonly byKnot: ReadonlyMap<string, ReadonlySet<string>>;
}

export function isContainer(o: RuntimeObject): o is RuntimeContainer {
  return Array.isArray((o as Partial<RuntimeContainer>).content);
}

/** Every object under `root`, each once (named containers may also be in `content`). */
export function* objectsUnder(root: RuntimeContainer): Generator<RuntimeObject> {
  const seen = new Set<RuntimeObject>();
  const stack: RuntimeObject[] = [root];
  while (stack.length > 0) {
    const o = stack.pop()!;
    if (seen.has(o)) continue;
    seen.add(o);
    yield o;
    if (isContainer(o)) stack.push(...o.content, ...o.namedContent.values());
  }
}

/** The counted path an object reads, `null` when it reads none, `undefined` when unknowable. */
export function countReadBy(o: RuntimeObject, root: RuntimeContainer): string | null | undefined {
  const choice = o as { onceOnly?: boolean; choiceTarget?: RuntimeContainer | null };
  if ('pathOnChoice' in o)
    return choice.onceOnly ? (choice.choiceTarget?.path.toString() ?? null) : null;
  const reference = o as { pathForCount?: unknown; containerForCount?: RuntimeContainer | null };
  if (reference.pathForCount) return reference.containerForCount?.path.toString() ?? undefined;
  const command = (o as { commandType?: number }).commandType;
  if (command === VISIT_INDEX) return o.parent?.path.toString() ?? null;
  if (command === TURNS_SINCE || command === READ_COUNT) {
    // The target is the divert-target value pushed just before; a variable cannot be followed.
    const siblings = (o.parent as RuntimeContainer | null)?.content ?? [];
    const before = siblings[siblings.indexOf(o) - 1] as { targetPath?: unknown } | undefined;
    if (!before?.targetPath) return undefined;
    return root.ContentAtPath(before.targetPath).container?.path.toString() ?? undefined;
  }
  return null;
}

/**
 * Finds every visit count `json` reads, by the knot it is read from. A count read through a
 * variable (`READ_COUNT(target)`) may be of any divert target the story writes as a value.
 */
export function countReads(json: string): CountReads {
  const story = new Story(json);
  const root = story.mainContentContainer as unknown as RuntimeContainer;
  const byKnot = new Map<string, Set<string>>();
  const targets = new Set<string>();
  const readThroughVariable = new Set<string>();
  for (const o of objectsUnder(root)) {
    const value = (o as { targetPath?: unknown }).targetPath;
    const target = value ? root.ContentAtPath(value).container?.path.toString() : undefined;
    if (target !== undefined) targets.add(target);
    const read = countReadBy(o, root);
    if (read === null) continue;
    const knot = knotOf(o.path.toString());
    if (read === undefined) readThroughVariable.add(knot);
    else (byKnot.get(knot) ?? byKnot.set(knot, new Set()).get(knot)!).add(read);
  }
  for (const knot of readThroughVariable) {
    const reads = byKnot.get(knot) ?? byKnot.set(knot, new Set()).get(knot)!;
    for (const target of targets) reads.add(target);
  }
  return { byKnot };
}
