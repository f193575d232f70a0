/**
 * What a story can still read from one exact position: a call-stack frame's container and index,
 * or a choice's target. Found by following the compiled story from there the way inkjs runs it:
 * on to the next object, into nested containers and out at their end, along every divert,
 * choice and divert-target value, into tunnels and functions and on after them. `->->`, a
 * function's return, `done` and `end` stop the walk: what the story does after a tunnel returns
 * is read from the frame it returns to, which is on the call stack too.
 *
 * This is what lets a story told as a sequence of tunnels (`-> chapter_one ->`,
 * `-> chapter_two ->` …) forget a chapter's variables once it is over: the root frame's return
 * position reaches only the chapters still to come, where the knot it is in (the story's
 * opening) reaches them all. A position this cannot follow exactly (a path that does not
 * resolve) answers null, and the caller falls back to what the whole knot can reach.
 */
import type { Story } from 'inkjs';
import {
  countReadBy,
  isContainer,
  objectsUnder,
  type RuntimeContainer,
  type RuntimeObject,
} from './count-reads.ts';
import { knotOf } from './knots.ts';

/** What can still be read from somewhere: global variables, and counted paths. */
export interface LiveReads {
  readonly variables: ReadonlySet<string>;
  readonly counts: ReadonlySet<string>;
}

/** Where inkjs goes next: the object at `index` in `container` (past the end: out of it). */
interface Place {
  readonly container: RuntimeContainer;
  readonly index: number;
}

/** The members of inkjs's runtime classes read here (the bundle's class names are minified). */
interface RuntimeDivert extends RuntimeObject {
  readonly pushesToStack: boolean;
  readonly isConditional: boolean;
  readonly isExternal: boolean;
  readonly variableDivertName: string | null;
  readonly targetPathString: string | null;
  readonly targetPointer: { readonly container: RuntimeContainer | null; readonly index: number };
}
interface RuntimeChoicePoint extends RuntimeObject {
  readonly choiceTarget: RuntimeContainer | null;
}

// inkjs's ControlCommand.CommandType values.
const POP_FUNCTION = 5;
const POP_TUNNEL = 6;
const START_THREAD = 18;
const DONE = 19;
const END = 20;

const isDivert = (o: RuntimeObject): o is RuntimeDivert => 'pushesToStack' in o;
const isChoicePoint = (o: RuntimeObject): o is RuntimeChoicePoint => 'pathOnChoice' in o;
const commandOf = (o: RuntimeObject | undefined): number | undefined =>
  (o as { commandType?: number } | undefined)?.commandType;
/** A divert-target value (`-> knot` as a value): a value with a target path. */
const valueTarget = (o: RuntimeObject): unknown =>
  'valueType' in o ? (o as { targetPath?: unknown }).targetPath : undefined;

/** Thrown inside a walk when a place cannot be followed exactly; the walk then answers null. */
class Unfollowable extends Error {}

export class PositionReads {
  private readonly root: RuntimeContainer;
  private readonly cache = new Map<string, LiveReads | null>();
  /** Every divert-target value's place but the compiler's own return points (`$r`). */
  private readonly values: Place[] = [];
  /** The compiler's return points into a weave (`$r…`), by knot: `$r` diverts go back to one. */
  private readonly returnPoints = new Map<string, Place[]>();
  /** Every counted path some divert or value names: what a count read through a variable reads. */
  private readonly targets = new Set<string>();
  /** The compiled story as JSON, where a `->->`'s plain `void` can be told (see `returnsElsewhere`). */
  private readonly json: unknown[];
  /** Some divert-target value names no place: a divert through a variable cannot be followed. */
  private unplacedValue = false;

  constructor(story: Story, json: string) {
    this.root = story.mainContentContainer as unknown as RuntimeContainer;
    for (const o of objectsUnder(this.root)) {
      const path = (o as { targetPath?: unknown }).targetPath;
      if (!path) continue;
      const target = this.root.ContentAtPath(path).container?.path.toString();
      if (target !== undefined) this.targets.add(target);
      if (valueTarget(o) === undefined) continue;
      const place = this.placeOfValue(path);
      if (!place) {
        this.unplacedValue = true;
        continue;
      }
      if (!String(path).includes('.$r')) this.values.push(place);
      else {
        const knot = knotOf(String(path));
        (this.returnPoints.get(knot) ?? this.returnPoints.set(knot, []).get(knot)!).push(place);
      }
    }
    this.json = (JSON.parse(json) as { root: unknown[] }).root;
  }

  /**
   * What can be read from `index` in the container at `path` (a call-stack frame's `cPath` and
   * `idx`; a frame below the top resumes at `idx + 1`, after the divert that called), or, with
   * `index` null, from a choice's `targetPath`; null when the place cannot be followed exactly.
   */
  at(path: string, index: number | null): LiveReads | null {
    const key = `${path}#${index ?? ''}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compute(path, index));
    return this.cache.get(key)!;
  }

  private compute(path: string, index: number | null): LiveReads | null {
    const found = this.objectAt(path);
    if (!found) return null;
    let start: Place | null;
    if (index !== null) start = isContainer(found) ? { container: found, index } : null;
    else start = this.placeOf(found);
    if (!start) return null;
    try {
      return this.readsFrom(start);
    } catch (error) {
      if (error instanceof Unfollowable) return null;
      throw error;
    }
  }

  /** The object at an absolute runtime path (`knot.0.c-1`), or null when there is none. */
  private objectAt(path: string): RuntimeObject | null {
    let at: RuntimeObject = this.root;
    for (const part of path === '' ? [] : path.split('.')) {
      if (!isContainer(at)) return null;
      const next: RuntimeObject | undefined = /^\d+$/.test(part)
        ? at.content[Number(part)]
        : at.namedContent.get(part);
      if (!next) return null;
      at = next;
    }
    return at;
  }

  /** Where inkjs goes to run `o`: a container from its start, any other object where it is. */
  private placeOf(o: RuntimeObject): Place | null {
    if (isContainer(o)) return { container: o, index: 0 };
    const parent = o.parent;
    if (!parent || !isContainer(parent)) return null;
    const index = parent.content.indexOf(o);
    return index < 0 ? null : { container: parent, index };
  }

  private placeOfValue(path: unknown): Place | null {
    const found = this.root.ContentAtPath(path);
    if (found.approximate || !found.obj) return null;
    return this.placeOf(found.obj);
  }

  /** Everything read on every way on from `start`. */
  private readsFrom(start: Place): LiveReads {
    const variables = new Set<string>();
    const counts = new Set<string>();
    const seen = new Set<RuntimeObject>();
    const pending: Place[] = [start];
    while (pending.length > 0) {
      let { container, index } = pending.pop()!;
      for (;;) {
        if (index >= container.content.length) {
          // Out of a container's end: on after it in its parent, unless it is only named
          // (a knot, stitch or gather), where inkjs runs out of content.
          const parent = container.parent;
          const at = parent && isContainer(parent) ? parent.content.indexOf(container) : -1;
          if (at < 0) break;
          container = parent as RuntimeContainer;
          index = at + 1;
          continue;
        }
        const o = container.content[index]!;
        if (seen.has(o)) break;
        seen.add(o);
        this.noteReads(o, variables, counts);
        if (!this.goesOn(o, { container, index }, pending)) break;
        if (isContainer(o) && o.content.length > 0) {
          container = o;
          index = 0;
        } else index++;
      }
    }
    return { variables, counts };
  }

  private noteReads(o: RuntimeObject, variables: Set<string>, counts: Set<string>): void {
    const reference = o as { name?: unknown; pathForCount?: unknown };
    if ('pathForCount' in o && typeof reference.name === 'string') variables.add(reference.name);
    // A variable passed by reference (`ref x`): the function reads and writes it.
    const pointer = o as { variableName?: unknown };
    if ('contextIndex' in o && typeof pointer.variableName === 'string')
      variables.add(pointer.variableName);
    // A divert through a variable reads the variable that holds its target.
    if (isDivert(o) && o.variableDivertName) variables.add(o.variableDivertName);
    const read = countReadBy(o, this.root);
    if (read === undefined) for (const path of this.targets) counts.add(path);
    else if (read !== null) counts.add(read);
  }

  /** Queues the places `o`, at `at`, can send the story to; says whether it may go on after it. */
  private goesOn(o: RuntimeObject, at: Place, pending: Place[]): boolean {
    const path = valueTarget(o);
    if (path !== undefined) {
      // A divert-target value may be diverted to later, from anywhere it is passed.
      const place = this.placeOfValue(path);
      if (!place) throw new Unfollowable();
      pending.push(place);
      return true;
    }
    if (isChoicePoint(o)) {
      const target = resolved(() => o.choiceTarget);
      pending.push({ container: target, index: 0 });
      return true;
    }
    if (isDivert(o)) {
      pending.push(...this.divertTargets(o));
      // A tunnel, a function or an EXTERNAL call comes back; a thread's divert runs beside the
      // flow, which goes on.
      const before = at.container.content[at.index - 1];
      return (
        o.pushesToStack || o.isExternal || o.isConditional || commandOf(before) === START_THREAD
      );
    }
    const command = commandOf(o);
    if (command === POP_TUNNEL && this.returnsElsewhere(at)) pending.push(...this.values);
    return ![POP_FUNCTION, POP_TUNNEL, DONE, END].includes(command ?? -1);
  }

  /**
   * Whether the `->->` at `at` may return to some place the walk has not queued: not the frame
   * below, nor a target written just before it (`->-> knot`), but one held in a variable. A
   * plain one compiles to `"ev","void","/ev","->->"`; the runtime's Void has nothing to tell
   * it by, so look at the JSON, whose paths are the runtime's.
   */
  private returnsElsewhere(at: Place): boolean {
    let items: unknown = this.json;
    for (const part of at.container.path.toString().split('.').filter(Boolean)) {
      if (!Array.isArray(items)) return true;
      items = /^\d+$/.test(part)
        ? items[Number(part)]
        : (items[items.length - 1] as Record<string, unknown> | null)?.[part];
    }
    if (!Array.isArray(items) || items[at.index - 1] !== '/ev') return true;
    // `->-> knot` pushes its target as a value just before, which the walk has followed.
    const value = items[at.index - 2];
    return value !== 'void' && !(value && typeof value === 'object' && '^->' in value);
  }

  private divertTargets(divert: RuntimeDivert): Place[] {
    const name = divert.variableDivertName;
    if (name && this.unplacedValue) throw new Unfollowable();
    if (name) {
      // `$r` is the compiler's return point from a choice's text into its weave, set in the
      // same knot; any other variable holds one of the story's divert-target values.
      return name.startsWith('$r')
        ? (this.returnPoints.get(knotOf(divert.path.toString())) ?? [])
        : this.values;
    }
    if (divert.isExternal) {
      // An EXTERNAL function runs its ink fallback, when there is one, in the explorer.
      const fallback = this.root.namedContent.get(divert.targetPathString ?? '');
      return fallback && isContainer(fallback) ? [{ container: fallback, index: 0 }] : [];
    }
    const target = resolved(() => divert.targetPointer);
    const container = resolved(() => target.container);
    return [{ container, index: target.index }];
  }
}

/** What inkjs resolves a path to; a path it cannot resolve cannot be followed. */
function resolved<T>(resolve: () => T | null | undefined): T {
  let value: T | null | undefined;
  try {
    value = resolve();
  } catch {
    throw new Unfollowable();
  }
  if (value === null || value === undefined) throw new Unfollowable();
  return value;
}
