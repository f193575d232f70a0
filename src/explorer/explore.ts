/**
 * The explorer: walks every path of an ink story, merging paths that reach the same state,
 * and reports endings, dead ends, runtime errors and warnings, knots never reached, and how
 * each option of each decision shifts the endings and the final stats. Works on any story.
 */
import { createHash } from 'node:crypto';
import { InkList, Story } from 'inkjs';
import { globalTags, lineTags, type StatDeclaration } from '../engine/tags.ts';
import { declaredEndings, mapStory, type StoryMap } from './story-map.ts';

export interface ExploreOptions {
  /** Stop after this many distinct states (the report then says it is incomplete). */
  readonly maxStates?: number;
  /** Called every `progressEvery` states. */
  readonly onProgress?: (progress: { states: number; queued: number; seconds: number }) => void;
  readonly progressEvery?: number;
}

/** Final values of a stat over a set of terminal states. */
export type StatRange =
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'list'; readonly members: readonly string[] }
  | { readonly kind: 'other'; readonly values: readonly string[] };

export interface EndingReport {
  readonly id: string;
  readonly title: string;
  readonly pathCount: number;
  readonly shortestPath: readonly string[];
  readonly finalStats: Record<string, StatRange>;
}

export interface OptionReport {
  readonly text: string;
  readonly history: boolean;
  /** Complete playthroughs that took this option, by the ending they reached. */
  readonly endings: Record<string, number>;
  readonly finalStats: Record<string, StatRange>;
}

export interface DecisionReport {
  readonly id: string;
  /** How many distinct states offer this decision. */
  readonly occurrences: number;
  readonly options: readonly OptionReport[];
}

export interface ProblemReport {
  readonly message: string;
  readonly path: readonly string[];
}

export interface ExploreReport {
  readonly title: string | null;
  readonly complete: boolean;
  readonly distinctStates: number;
  readonly pathsTotal: number;
  readonly hasLoops: boolean;
  readonly seconds: number;
  readonly stats: readonly StatDeclaration[];
  readonly endings: readonly EndingReport[];
  readonly deadEnds: readonly (ProblemReport & { readonly lastText: string })[];
  readonly errors: readonly ProblemReport[];
  readonly warnings: readonly ProblemReport[];
  readonly decisions: readonly DecisionReport[];
  readonly sections: number;
  readonly unreached: readonly string[];
}

type StatValue = number | string | boolean | readonly string[] | null;

interface Edge {
  readonly text: string;
  readonly history: boolean;
  readonly child: number;
}

interface Node {
  readonly id: number;
  state: string | null;
  parent: number;
  via: string;
  decision: string | null;
  edges: Edge[];
  terminal: 'ending' | 'dead-end' | 'error' | null;
  ending: string | null;
  lastText: string;
  stats: Record<string, StatValue> | null;
}

function statValue(raw: unknown): StatValue {
  if (raw instanceof InkList) return raw.orderedItems.map((e) => e.Key.itemName ?? '');
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

function mergeRange(range: StatRange | undefined, value: StatValue): StatRange {
  if (typeof value === 'number') {
    return range?.kind === 'number'
      ? { kind: 'number', min: Math.min(range.min, value), max: Math.max(range.max, value) }
      : { kind: 'number', min: value, max: value };
  }
  if (Array.isArray(value)) {
    const members = new Set(range?.kind === 'list' ? range.members : []);
    for (const m of value) members.add(m);
    return { kind: 'list', members: [...members].sort() };
  }
  const values = new Set(range?.kind === 'other' ? range.values : []);
  values.add(String(value));
  return { kind: 'other', values: [...values].sort() };
}

function mergeRanges(into: Record<string, StatRange>, from: Record<string, StatRange>): void {
  for (const [name, range] of Object.entries(from)) {
    let merged = into[name];
    if (range.kind === 'number') {
      merged = mergeRange(mergeRange(merged, range.min), range.max);
    } else if (range.kind === 'list') {
      merged = mergeRange(merged, range.members);
    } else {
      for (const v of range.values) merged = mergeRange(merged, v);
    }
    if (merged) into[name] = merged;
  }
}

/**
 * The part of a saved state that decides the future: everything but the text already output,
 * the turn counter (unless the story reads turns), the random seed (unless it draws numbers),
 * the visit counts the explorer added itself, and thread numbers (renumbered in order).
 */
export function stateKey(stateJson: string, map: StoryMap, extra: string): string {
  const state = JSON.parse(stateJson) as Record<string, unknown> & {
    flows: Record<string, Record<string, unknown>>;
    visitCounts: Record<string, number>;
  };
  for (const flow of Object.values(state.flows)) delete flow.outputStream;
  delete state.turnIdx;
  if (!map.usesTurns) delete state.turnIndices;
  if (!map.usesRandom) {
    delete state.storySeed;
    delete state.previousRandom;
  }
  for (const path of map.addedCounts) delete state.visitCounts[path];
  let text = JSON.stringify(state);
  // Thread numbers depend on how many threads were made on the way here, not on what follows.
  const numbers = new Map<string, number>();
  text = text.replace(
    /("threadIndex":|"originalThreadIndex":|"threadCounter":|(?<=[{,])")(\d+)(?=[,}"])/g,
    (_m, prefix: string, n: string) => {
      if (prefix === '"threadCounter":') return `${prefix}0`;
      if (!numbers.has(n)) numbers.set(n, numbers.size);
      return `${prefix}${numbers.get(n)}`;
    },
  );
  return createHash('sha1').update(text).update(extra).digest('base64');
}

/** Explores every path of a compiled story. */
export function exploreStory(json: string, options: ExploreOptions = {}): ExploreReport {
  const started = performance.now();
  const maxStates = options.maxStates ?? 1_000_000;
  const progressEvery = options.progressEvery ?? 5000;
  const map = mapStory(json);
  const story = new Story(map.instrumentedJson);
  const declared = globalTags(story.globalTags ?? []);
  const reported: string[] = [];
  const warned: string[] = [];
  story.onError = (message, type) => (type === 2 ? reported : warned).push(message);

  const nodes: Node[] = [];
  const byKey = new Map<string, number>();
  const visited = new Set<string>();
  const errors: ProblemReport[] = [];
  const warnings: ProblemReport[] = [];
  let complete = true;

  const pathTo = (id: number): string[] => {
    const steps: string[] = [];
    for (let n = nodes[id]; n && n.parent >= 0; n = nodes[n.parent]) steps.push(n.via);
    return steps.reverse();
  };

  const readStats = (): Record<string, StatValue> => {
    const values: Record<string, StatValue> = {};
    for (const s of declared.stats)
      values[s.variable] = statValue(story.variablesState.$(s.variable));
    return values;
  };

  const noteVisits = (stateJson: string): void => {
    const counts = (JSON.parse(stateJson) as { visitCounts: Record<string, number> }).visitCounts;
    for (const [path, count] of Object.entries(counts)) if (count > 0) visited.add(path);
  };

  /** Runs the story to its next choice point and files the state reached as a node. */
  const settle = (parent: number, via: string): number => {
    let ending: string | null = null;
    let decision: string | null = null;
    let lastText = '';
    let failed: string | null = null;
    try {
      while (story.canContinue) {
        const text = story.Continue() ?? '';
        if (text.trim()) lastText = text.trim();
        const meta = lineTags(story.currentTags ?? []);
        if (meta.ending) ending = meta.ending.id;
        if (meta.decision) decision = meta.decision;
        if (reported.length > 0) break;
      }
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
    }
    if (reported.length > 0 || failed) {
      failed = [...reported.splice(0), ...(failed ? [failed] : [])].join('; ');
    }
    const stateJson = story.state.ToJson();
    noteVisits(stateJson);
    const choices = failed ? [] : story.currentChoices;
    const terminal = failed
      ? 'error'
      : choices.length === 0
        ? ending
          ? 'ending'
          : 'dead-end'
        : null;
    const key = stateKey(stateJson, map, terminal ? `|${terminal}|${ending}|${failed}` : '');
    const known = byKey.get(key);
    const newWarnings = warned.splice(0);
    if (known !== undefined) return known;
    const node: Node = {
      id: nodes.length,
      state: terminal ? null : stateJson,
      parent,
      via,
      decision,
      edges: [],
      terminal,
      ending,
      lastText,
      stats: terminal ? readStats() : null,
    };
    nodes.push(node);
    byKey.set(key, node.id);
    const path = pathTo(node.id);
    if (failed) errors.push({ message: failed, path });
    for (const message of newWarnings) warnings.push({ message, path });
    return node.id;
  };

  const root = settle(-1, '');
  const queue: number[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[queue[head]!]!;
    if (node.terminal || node.state === null) continue;
    if (nodes.length >= maxStates) {
      complete = false;
      break;
    }
    story.state.LoadJson(node.state);
    const offered = story.currentChoices.map((c) => ({
      text: c.text,
      history: lineTags(c.tags ?? []).history,
    }));
    for (const [index, choice] of offered.entries()) {
      story.state.LoadJson(node.state);
      const before = nodes.length;
      let child: number;
      try {
        story.ChooseChoiceIndex(index);
        child = settle(node.id, choice.text);
      } catch (error) {
        reported.push(error instanceof Error ? error.message : String(error));
        child = settle(node.id, choice.text);
      }
      node.edges.push({ text: choice.text, history: choice.history, child });
      if (nodes.length > before) queue.push(child);
    }
    node.state = null; // explored: its saved state is no longer needed
    if (options.onProgress && nodes.length % progressEvery < offered.length) {
      options.onProgress({
        states: nodes.length,
        queued: queue.length - head,
        seconds: (performance.now() - started) / 1000,
      });
    }
  }

  // Paths, endings and final stats per node, by dynamic programming over the merged graph,
  // children before parents. An edge back to a state on its own path adds no complete path.
  const { order, loops } = topologicalOrder(nodes, root);
  const forward = (id: number) => nodes[id]!.edges.filter((_, i) => !loops.has(`${id}:${i}`));
  const paths = new Array<number>(nodes.length).fill(0);
  const endingCounts: Record<string, number>[] = nodes.map(() => ({}));
  const ranges: Record<string, StatRange>[] = nodes.map(() => ({}));
  for (const id of [...order].reverse()) {
    const node = nodes[id]!;
    if (node.terminal) {
      paths[id] = 1;
      if (node.ending) endingCounts[id]![node.ending] = 1;
      for (const [name, value] of Object.entries(node.stats ?? {})) {
        ranges[id]![name] = mergeRange(undefined, value);
      }
      continue;
    }
    for (const edge of forward(id)) {
      paths[id]! += paths[edge.child]!;
      for (const [ending, n] of Object.entries(endingCounts[edge.child]!)) {
        endingCounts[id]![ending] = (endingCounts[id]![ending] ?? 0) + n;
      }
      mergeRanges(ranges[id]!, ranges[edge.child]!);
    }
  }
  // Paths from the start into each node, parents before children.
  const pathsIn = new Array<number>(nodes.length).fill(0);
  pathsIn[root] = 1;
  for (const id of order) for (const edge of forward(id)) pathsIn[edge.child]! += pathsIn[id]!;

  const decisions = new Map<
    string,
    {
      occurrences: number;
      options: Map<
        string,
        OptionReport & { endings: Record<string, number>; finalStats: Record<string, StatRange> }
      >;
    }
  >();
  for (const node of nodes) {
    if (node.edges.length === 0) continue;
    const id = node.decision ?? `(unnamed choice after ${pathTo(node.id).length} orders)`;
    const entry = decisions.get(id) ?? { occurrences: 0, options: new Map() };
    entry.occurrences++;
    for (const edge of node.edges) {
      const option = entry.options.get(edge.text) ?? {
        text: edge.text,
        history: edge.history,
        endings: {},
        finalStats: {},
      };
      for (const [ending, n] of Object.entries(endingCounts[edge.child]!)) {
        option.endings[ending] = (option.endings[ending] ?? 0) + n * pathsIn[node.id]!;
      }
      mergeRanges(option.finalStats, ranges[edge.child]!);
      entry.options.set(edge.text, option);
    }
    decisions.set(id, entry);
  }

  const endingFirst = new Map<string, number>();
  const endingStats = new Map<string, Record<string, StatRange>>();
  const endingPaths = new Map<string, number>();
  const deadEnds: (ProblemReport & { lastText: string })[] = [];
  for (const node of nodes) {
    if (node.terminal === 'dead-end') {
      deadEnds.push({
        message: 'the story ends here without an ending tag',
        path: pathTo(node.id),
        lastText: node.lastText,
      });
    }
    if (node.terminal !== 'ending' || !node.ending) continue;
    if (!endingFirst.has(node.ending)) endingFirst.set(node.ending, node.id);
    endingPaths.set(node.ending, (endingPaths.get(node.ending) ?? 0) + pathsIn[node.id]!);
    const stats = endingStats.get(node.ending) ?? {};
    mergeRanges(stats, ranges[node.id]!);
    endingStats.set(node.ending, stats);
  }
  const endingTitles = new Map(declaredEndings(json).map((e) => [e.id, e.title]));
  return {
    title: declared.title,
    complete,
    distinctStates: nodes.length,
    pathsTotal: paths[root] ?? 0,
    hasLoops: loops.size > 0,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    stats: declared.stats,
    endings: [...endingFirst.entries()].map(([id, first]) => ({
      id,
      title: endingTitles.get(id) ?? id,
      pathCount: endingPaths.get(id) ?? 0,
      shortestPath: pathTo(first),
      finalStats: endingStats.get(id) ?? {},
    })),
    deadEnds,
    errors,
    warnings,
    decisions: [...decisions.entries()].map(([id, d]) => ({
      id,
      occurrences: d.occurrences,
      options: [...d.options.values()],
    })),
    sections: map.sections.length,
    unreached: complete ? map.sections.filter((s) => !visited.has(s)) : [],
  };
}

/**
 * Nodes ordered so that each comes after every node with an edge into it, and the edges that
 * close a loop (found depth-first), which the ordering leaves out.
 */
function topologicalOrder(
  nodes: readonly Node[],
  root: number,
): { order: number[]; loops: Set<string> } {
  const colour = new Uint8Array(nodes.length); // 0 new, 1 on the current path, 2 done
  const loops = new Set<string>();
  const stack: { id: number; next: number }[] = [{ id: root, next: 0 }];
  colour[root] = 1;
  const postOrder: number[] = [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const edges = nodes[top.id]!.edges;
    if (top.next < edges.length) {
      const index = top.next++;
      const child = edges[index]!.child;
      if (colour[child] === 1) loops.add(`${top.id}:${index}`);
      else if (colour[child] === 0) {
        colour[child] = 1;
        stack.push({ id: child, next: 0 });
      }
      continue;
    }
    colour[top.id] = 2;
    postOrder.push(top.id);
    stack.pop();
  }
  // Reverse post-order of a depth-first search is a topological order once loops are cut.
  return { order: postOrder.reverse(), loops };
}
