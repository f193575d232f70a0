/**
 * From the merged state graph to the report: path counts by dynamic programming (paths into
 * each state from the start, paths from each state to the end), endings, the effect of each
 * option of each decision, and the problems, each with its shortest path.
 *
 * The per-state sums (paths to each ending, stat ranges) are kept only while some parent still
 * needs them, so memory follows the width of the graph, not its size.
 */
import type { StatDeclaration } from '../engine/tags.ts';
import type {
  DeadEndReport,
  DecisionReport,
  EndingReport,
  ExploreReport,
  OptionReport,
  ProblemReport,
  StatRange,
} from './report.ts';
import { decisionOutcomes } from './outcomes.ts';
import { OPEN, type StateGraph } from './state-graph.ts';
import type { DeclaredEnding } from './story-map.ts';
import { TerminalKind, type StatValue } from './walker.ts';

export interface AnalysisInput {
  readonly graph: StateGraph;
  readonly root: number;
  readonly complete: boolean;
  readonly seconds: number;
  readonly workers: number;
  readonly title: string | null;
  readonly stats: readonly StatDeclaration[];
  /**
   * Every LIST item as `List.item`, in definition order (`StoryMap.listItems`): a LIST stat's
   * members are listed in it, whichever state the walk happened to meet them in first.
   */
  readonly listItems?: readonly string[];
  readonly declaredEndings: readonly DeclaredEnding[];
  readonly sections: readonly string[];
  /** The last line of text on a path (replayed with the story's text), for dead ends. */
  readonly lastText: (path: readonly string[]) => string;
}

/** How the final values of each stat are summed up: numbers, or a set of tokens. */
interface StatLayout {
  readonly name: string;
  readonly kind: 'number' | 'list' | 'other';
  /** Offset of (min, max, sum) in a numeric row, or of the first bitmask word. */
  readonly offset: number;
  readonly tokens: Map<string, number>;
}

function statLayouts(
  stats: readonly StatDeclaration[],
  rows: readonly (readonly StatValue[])[],
  bucketCount: number,
  listItems: readonly string[],
): { layouts: StatLayout[]; numbers: number; words: number } {
  const layouts: StatLayout[] = [];
  let numbers = 1 + bucketCount; // paths, then paths per bucket
  let words = 0;
  stats.forEach((stat, i) => {
    let kind: StatLayout['kind'] = 'number';
    const tokens = new Map<string, number>();
    for (const row of rows) {
      const value = row[i];
      if (value === null || value === undefined || typeof value === 'number') continue;
      if (Array.isArray(value)) {
        if (kind === 'number') kind = 'list';
        for (const item of value as readonly string[]) {
          if (!tokens.has(item)) tokens.set(item, tokens.size);
        }
      } else {
        kind = 'other';
      }
    }
    if (kind === 'other') {
      tokens.clear();
      for (const row of rows) {
        const token = tokenOf(row[i]);
        if (token !== null && !tokens.has(token)) tokens.set(token, tokens.size);
      }
    }
    if (kind === 'number') {
      layouts.push({ name: stat.variable, kind, offset: numbers, tokens });
      numbers += 3;
    } else {
      if (kind === 'list') inDefinitionOrder(tokens, listItems);
      layouts.push({ name: stat.variable, kind, offset: words, tokens });
      words += Math.ceil(tokens.size / 32) || 1;
    }
  });
  return { layouts, numbers, words };
}

/**
 * Renumbers LIST item names in the order the LISTs define them (a name defined twice by its
 * first definition); names no LIST defines keep the order they were met in, after the rest.
 */
function inDefinitionOrder(tokens: Map<string, number>, listItems: readonly string[]): void {
  const rank = new Map<string, number>();
  for (const item of listItems) {
    const name = item.slice(item.indexOf('.') + 1);
    if (!rank.has(name)) rank.set(name, rank.size);
  }
  const place = (token: string) => rank.get(token) ?? rank.size + tokens.get(token)!;
  const order = [...tokens.keys()].sort((a, b) => place(a) - place(b));
  tokens.clear();
  for (const token of order) tokens.set(token, tokens.size);
}

function tokenOf(value: StatValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') || '(empty)' : String(value);
}

/**
 * Empties one row of sums: no paths, and for numeric stats a min of +∞ and a max of -∞, so that
 * the first value added sets both.
 */
function clearRow(
  numbers: Float64Array,
  bits: Uint32Array,
  base: number,
  bitBase: number,
  width: number,
  words: number,
  layouts: readonly StatLayout[],
): void {
  numbers.fill(0, base, base + width);
  for (const s of layouts) {
    if (s.kind !== 'number') continue;
    numbers[base + s.offset] = Infinity;
    numbers[base + s.offset + 1] = -Infinity;
  }
  bits.fill(0, bitBase, bitBase + words);
}

/** Rows of sums (paths, paths per bucket, stat min/max/sum; token bitmasks), reused. */
class SumPool {
  numbers: Float64Array;
  bits: Uint32Array;
  private readonly free: number[] = [];
  private size = 0;

  constructor(
    readonly width: number,
    readonly words: number,
    private readonly layouts: readonly StatLayout[],
  ) {
    this.numbers = new Float64Array(width * 64);
    this.bits = new Uint32Array(Math.max(1, words) * 64);
  }

  take(): number {
    const slot = this.free.pop() ?? this.size++;
    if ((slot + 1) * this.width > this.numbers.length) {
      const numbers = new Float64Array(this.numbers.length * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
      const bits = new Uint32Array(this.bits.length * 2);
      bits.set(this.bits);
      this.bits = bits;
    }
    const { width, words } = this;
    clearRow(this.numbers, this.bits, slot * width, slot * words, width, words, this.layouts);
    return slot;
  }

  release(slot: number): void {
    this.free.push(slot);
  }
}

/** Adds `weight` times the sums of `from` (in `fromNumbers`/`fromBits`) into `to`. */
function addSums(
  to: { numbers: Float64Array; bits: Uint32Array; base: number; bitBase: number },
  from: { numbers: Float64Array; bits: Uint32Array; base: number; bitBase: number },
  weight: number,
  bucketCount: number,
  layouts: readonly StatLayout[],
  words: number,
): void {
  const a = to.numbers;
  const b = from.numbers;
  if (b[from.base] === 0) return; // no complete path below
  for (let i = 0; i <= bucketCount; i++) a[to.base + i]! += weight * b[from.base + i]!;
  for (const s of layouts) {
    if (s.kind !== 'number') continue;
    const t = to.base + s.offset;
    const f = from.base + s.offset;
    if (b[f]! < a[t]!) a[t] = b[f]!;
    if (b[f + 1]! > a[t + 1]!) a[t + 1] = b[f + 1]!;
    a[t + 2]! += weight * b[f + 2]!;
  }
  for (let w = 0; w < words; w++) to.bits[to.bitBase + w]! |= from.bits[from.bitBase + w]!;
}

/** Writes a terminal's own values: one path, its bucket, its stats. */
function leafSums(
  numbers: Float64Array,
  bits: Uint32Array,
  base: number,
  bitBase: number,
  bucket: number,
  row: readonly StatValue[] | null,
  layouts: readonly StatLayout[],
): void {
  numbers[base] = 1;
  numbers[base + 1 + bucket] = 1;
  layouts.forEach((s, i) => {
    const value = row?.[i];
    if (value === null || value === undefined) return;
    if (s.kind === 'number') {
      const v = Number(value);
      numbers[base + s.offset] = v;
      numbers[base + s.offset + 1] = v;
      numbers[base + s.offset + 2] = v;
      return;
    }
    const tokens =
      s.kind === 'list' && Array.isArray(value) ? (value as readonly string[]) : [tokenOf(value)];
    for (const token of tokens) {
      const bit = token === null ? undefined : s.tokens.get(token);
      if (bit !== undefined) bits[bitBase + s.offset + (bit >> 5)]! |= 1 << (bit & 31);
    }
  });
}

/** The stat ranges held in a row of sums. */
function ranges(
  numbers: Float64Array,
  bits: Uint32Array,
  base: number,
  bitBase: number,
  layouts: readonly StatLayout[],
): Record<string, StatRange> {
  const out: Record<string, StatRange> = {};
  const paths = numbers[base]!;
  if (paths === 0) return out;
  for (const s of layouts) {
    if (s.kind === 'number') {
      const min = numbers[base + s.offset]!;
      if (!Number.isFinite(min)) continue;
      out[s.name] = {
        kind: 'number',
        min,
        max: numbers[base + s.offset + 1]!,
        mean: Number((numbers[base + s.offset + 2]! / paths).toFixed(3)),
      };
      continue;
    }
    const present: string[] = [];
    for (const [token, bit] of s.tokens) {
      if (bits[bitBase + s.offset + (bit >> 5)]! & (1 << (bit & 31))) present.push(token);
    }
    out[s.name] =
      s.kind === 'list' ? { kind: 'list', members: present } : { kind: 'other', values: present };
  }
  return out;
}

/** A detached row of sums, for ending and option totals. */
class Totals {
  readonly numbers: Float64Array;
  readonly bits: Uint32Array;
  constructor(width: number, words: number, layouts: readonly StatLayout[]) {
    this.numbers = new Float64Array(width);
    this.bits = new Uint32Array(Math.max(1, words));
    this.reset(layouts);
  }
  /** Back to no paths, as new. */
  reset(layouts: readonly StatLayout[]): void {
    clearRow(this.numbers, this.bits, 0, 0, this.numbers.length, this.bits.length, layouts);
  }
  get view() {
    return { numbers: this.numbers, bits: this.bits, base: 0, bitBase: 0 };
  }
}

export function analyse(input: AnalysisInput): ExploreReport {
  const { graph, root } = input;
  const n = graph.nodeCount;
  const text = (edge: number) => graph.strings.values[graph.text(edge)] ?? '';
  const str = (id: number) => graph.strings.values[id] ?? '';

  // Breadth-first from the start, choices in order: shortest paths, and a stable order to
  // report things in, whatever order the (parallel) walk found them.
  const dist = new Int32Array(n).fill(-1);
  const viaEdge = new Int32Array(n).fill(-1);
  const bfs = new Int32Array(n);
  let reached = 0;
  dist[root] = 0;
  bfs[reached++] = root;
  for (let head = 0; head < reached; head++) {
    const node = bfs[head]!;
    const first = graph.firstEdge(node);
    for (let e = first; e < first + graph.edgesOf(node); e++) {
      const child = graph.child(e);
      if (dist[child] !== -1) continue;
      dist[child] = dist[node]! + 1;
      viaEdge[child] = e;
      bfs[reached++] = child;
    }
  }
  const pathTo = (node: number): string[] => {
    const steps: string[] = [];
    for (let at = node; viaEdge[at]! >= 0; at = graph.parentOf(viaEdge[at]!)) {
      steps.push(text(viaEdge[at]!));
    }
    return steps.reverse();
  };

  // Depth-first post-order: children before parents. An edge back to a state on the current
  // path closes a loop; it is left out of the counts (a loop adds no complete path).
  const loopEdge = new Uint8Array(graph.edgeCount);
  const post = new Int32Array(n);
  let posts = 0;
  {
    const colour = new Uint8Array(n);
    const stackNode = new Int32Array(n);
    const stackNext = new Int32Array(n);
    stackNode[0] = root;
    stackNext[0] = graph.firstEdge(root);
    colour[root] = 1;
    let depth = 1;
    while (depth > 0) {
      const node = stackNode[depth - 1]!;
      const end = graph.firstEdge(node) + graph.edgesOf(node);
      const e = stackNext[depth - 1]!;
      if (e < end) {
        stackNext[depth - 1] = e + 1;
        const child = graph.child(e);
        if (colour[child] === 1) loopEdge[e] = 1;
        else if (colour[child] === 0) {
          colour[child] = 1;
          stackNode[depth] = child;
          stackNext[depth] = graph.firstEdge(child);
          depth++;
        }
        continue;
      }
      colour[node] = 2;
      post[posts++] = node;
      depth--;
    }
  }
  const hasLoops = loopEdge.includes(1);

  // Paths from the start into each state: parents before children.
  const pathsTo = new Float64Array(n);
  const inEdges = new Int32Array(n);
  pathsTo[root] = 1;
  for (let i = posts - 1; i >= 0; i--) {
    const node = post[i]!;
    const first = graph.firstEdge(node);
    for (let e = first; e < first + graph.edgesOf(node); e++) {
      if (loopEdge[e]) continue;
      pathsTo[graph.child(e)]! += pathsTo[node]!;
      inEdges[graph.child(e)]!++;
    }
  }

  // Endings first in the order the story declares them, then any others as found.
  const endingIds: string[] = input.declaredEndings.map((e) => e.id);
  for (let i = 0; i < reached; i++) {
    const node = bfs[i]!;
    if (graph.kind(node) !== TerminalKind.ending) continue;
    const id = str(graph.detail(node));
    if (!endingIds.includes(id)) endingIds.push(id);
  }
  const bucketOf = new Map(endingIds.map((id, i) => [id, i]));
  const deadEndBucket = endingIds.length;
  const errorBucket = endingIds.length + 1;
  const bucketCount = endingIds.length + 2;
  const {
    layouts,
    numbers: width,
    words,
  } = statLayouts(input.stats, graph.statRows, bucketCount, input.listItems ?? []);

  // Option groups: (decision, choice text) -> sums over the paths that take the option.
  const groupOf = new Map<string, number>();
  const groups: { decision: number; text: number; history: boolean; totals: Totals }[] = [];
  const groupIndex = (decision: number, textId: number, history: boolean) => {
    const key = `${decision}:${textId}`;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(key, g);
      groups.push({ decision, text: textId, history, totals: new Totals(width, words, layouts) });
    }
    if (history) groups[g]!.history = true;
    return g;
  };
  // Create the groups in breadth-first order, so options are listed as first offered.
  for (let i = 0; i < reached; i++) {
    const node = bfs[i]!;
    if (graph.kind(node) !== TerminalKind.none) continue;
    const first = graph.firstEdge(node);
    for (let e = first; e < first + graph.edgesOf(node); e++) {
      groupIndex(graph.decision(node), graph.text(e), graph.history(e));
    }
  }

  // Paths from each state to the end, and the sums, children before parents.
  const pathsFrom = new Float64Array(n);
  const pool = new SumPool(width, words, layouts);
  const slotOf = new Int32Array(n).fill(-1);
  const at = (slot: number) => ({
    numbers: pool.numbers,
    bits: pool.bits,
    base: slot * pool.width,
    bitBase: slot * pool.words,
  });
  for (let i = 0; i < posts; i++) {
    const node = post[i]!;
    const slot = pool.take();
    slotOf[node] = slot;
    const kind = graph.kind(node);
    if (
      kind === TerminalKind.ending ||
      kind === TerminalKind.deadEnd ||
      kind === TerminalKind.error
    ) {
      const bucket =
        kind === TerminalKind.ending
          ? (bucketOf.get(str(graph.detail(node))) ?? 0)
          : kind === TerminalKind.deadEnd
            ? deadEndBucket
            : errorBucket;
      const { numbers, bits, base, bitBase } = at(slot);
      leafSums(numbers, bits, base, bitBase, bucket, graph.stats(node), layouts);
    } else if (kind !== OPEN) {
      const first = graph.firstEdge(node);
      const decision = graph.decision(node);
      for (let e = first; e < first + graph.edgesOf(node); e++) {
        if (loopEdge[e]) continue;
        const child = graph.child(e);
        const childSlot = slotOf[child]!;
        addSums(at(slot), at(childSlot), 1, bucketCount, layouts, words);
        const g = groupOf.get(`${decision}:${graph.text(e)}`)!;
        addSums(groups[g]!.totals.view, at(childSlot), pathsTo[node]!, bucketCount, layouts, words);
        if (--inEdges[child]! === 0) pool.release(childSlot);
      }
    }
    pathsFrom[node] = pool.numbers[slot * pool.width]!;
  }

  const pathsTotal = pathsFrom[root] ?? 0;
  let pathsTotalExact = String(pathsTotal);
  if (pathsTotal > Number.MAX_SAFE_INTEGER)
    pathsTotalExact = exactPaths(graph, post, posts, loopEdge, root);

  // Endings.
  const endingTotals = endingIds.map(() => ({
    totals: new Totals(width, words, layouts),
    states: 0,
    first: -1,
  }));
  const leaf = new Totals(width, words, layouts);
  const byKind = new Map<number, Map<number, { states: number; paths: number; first: number }>>();
  for (let i = 0; i < reached; i++) {
    const node = bfs[i]!;
    const kind = graph.kind(node);
    if (kind === TerminalKind.ending) {
      const e = endingTotals[bucketOf.get(str(graph.detail(node)))!]!;
      leaf.reset(layouts);
      leafSums(leaf.numbers, leaf.bits, 0, 0, 0, graph.stats(node), layouts);
      addSums(e.totals.view, leaf.view, pathsTo[node]!, bucketCount, layouts, words);
      e.states++;
      if (e.first < 0) e.first = node;
    } else if (kind === TerminalKind.deadEnd || kind === TerminalKind.error) {
      const groupsOfKind = byKind.get(kind) ?? new Map();
      byKind.set(kind, groupsOfKind);
      const g = groupsOfKind.get(graph.detail(node)) ?? { states: 0, paths: 0, first: node };
      g.states++;
      g.paths += pathsTo[node]!;
      groupsOfKind.set(graph.detail(node), g);
    }
  }
  const endings: EndingReport[] = [];
  const titles = new Map(input.declaredEndings.map((e) => [e.id, e.title]));
  endingIds.forEach((id, i) => {
    const e = endingTotals[i]!;
    if (e.states === 0) return;
    endings.push({
      id,
      title: titles.get(id) ?? id,
      pathCount: e.totals.numbers[0]!,
      states: e.states,
      shortestPath: pathTo(e.first),
      finalStats: ranges(e.totals.numbers, e.totals.bits, 0, 0, layouts),
    });
  });

  const deadEnds: DeadEndReport[] = [...(byKind.get(TerminalKind.deadEnd) ?? new Map())].map(
    ([where, g]) => {
      const path = pathTo(g.first);
      return {
        message: 'the story ends here without an ending tag',
        where: str(where),
        lastText: input.lastText(path),
        states: g.states,
        pathCount: g.paths,
        path,
      };
    },
  );
  const errors: ProblemReport[] = [...(byKind.get(TerminalKind.error) ?? new Map())].map(
    ([message, g]) => ({
      message: str(message),
      states: g.states,
      pathCount: g.paths,
      path: pathTo(g.first),
    }),
  );
  const warnings: ProblemReport[] = [...graph.warnings].map(([message, edges]) => {
    let best = -1;
    let bestDepth = Infinity;
    let paths = 0;
    for (const e of edges) {
      const parent = e < 0 ? -1 : graph.parentOf(e);
      const depth = e < 0 ? 0 : dist[parent]! + 1;
      paths += e < 0 ? pathsFrom[root]! : pathsTo[parent]! * pathsFrom[graph.child(e)]!;
      if (depth < bestDepth) {
        bestDepth = depth;
        best = e;
      }
    }
    return {
      message,
      states: edges.length,
      pathCount: paths,
      path: best < 0 ? [] : [...pathTo(graph.parentOf(best)), text(best)],
    };
  });

  // Decisions, in the order first met.
  const decisionInfo = new Map<number, { occurrences: number; paths: number; first: number }>();
  for (let i = 0; i < reached; i++) {
    const node = bfs[i]!;
    if (graph.kind(node) !== TerminalKind.none) continue;
    const d = graph.decision(node);
    const info = decisionInfo.get(d) ?? { occurrences: 0, paths: 0, first: node };
    info.occurrences++;
    info.paths += pathsTo[node]! * pathsFrom[node]!;
    decisionInfo.set(d, info);
  }
  const decisions: DecisionReport[] = [...decisionInfo].map(([d, info]) => {
    const id = d < 0 ? '(choices)' : str(d);
    const options: OptionReport[] = groups
      .filter((g) => g.decision === d)
      .map((g) => {
        const t = g.totals.numbers;
        const endingCounts: Record<string, number> = {};
        endingIds.forEach((ending, i) => {
          if (t[1 + i]! > 0) endingCounts[ending] = t[1 + i]!;
        });
        return {
          text: str(g.text),
          history: g.history,
          paths: t[0]!,
          endings: endingCounts,
          deadEnds: t[1 + deadEndBucket]!,
          errors: t[1 + errorBucket]!,
          finalStats: ranges(t, g.totals.bits, 0, 0, layouts),
        };
      });
    return {
      id,
      tagged: !id.startsWith('@'),
      occurrences: info.occurrences,
      paths: info.paths,
      shortestPath: pathTo(info.first),
      options,
      ...decisionOutcomes(options, endingIds),
    };
  });

  const reachedEndings = new Set(endings.map((e) => e.id));
  return {
    title: input.title,
    complete: input.complete,
    distinctStates: n,
    pathsTotal,
    pathsTotalExact,
    hasLoops,
    seconds: input.seconds,
    workers: input.workers,
    stats: input.stats,
    endings,
    endingsNeverReached: input.complete
      ? input.declaredEndings.map((e) => e.id).filter((id) => !reachedEndings.has(id))
      : [],
    deadEnds,
    errors,
    warnings,
    decisions,
    sections: input.sections.length,
    unreached: input.complete ? input.sections.filter((s) => !graph.visited.has(s)) : [],
  };
}

/** The path total to the last digit, for stories with more than 2^53 paths. */
function exactPaths(
  graph: StateGraph,
  post: Int32Array,
  posts: number,
  loopEdge: Uint8Array,
  root: number,
): string {
  const from: bigint[] = new Array<bigint>(graph.nodeCount).fill(0n);
  for (let i = 0; i < posts; i++) {
    const node = post[i]!;
    const kind = graph.kind(node);
    if (kind === TerminalKind.none) {
      let sum = 0n;
      const first = graph.firstEdge(node);
      for (let e = first; e < first + graph.edgesOf(node); e++) {
        if (!loopEdge[e]) sum += from[graph.child(e)]!;
      }
      from[node] = sum;
    } else if (kind !== OPEN) from[node] = 1n;
  }
  return String(from[root] ?? 0n);
}
