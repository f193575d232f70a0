/**
 * The tree of runs of one story, as plain data. A node is a moment of decision, named by the
 * replay log that reaches it (each order's text and target path), so the same moment reached by
 * two runs, in two tabs or after an import, is one node. An edge is an order. A run is a path
 * from the start to a leaf: an ending, or where the player left it. Nothing here removes a
 * node: rewinding and playing again only add runs.
 */
import type { StatValue } from '../engine/stats.ts';
import type { ReplayStep, Snapshot } from '../engine/story-session.ts';
import type { EndingTag } from '../engine/tags.ts';

/** A paragraph as stored: its text and raw tags. */
export interface NodeParagraph {
  readonly text: string;
  readonly tags: readonly string[];
}

/** An order on offer at a moment. */
export interface OfferedOrder {
  readonly text: string;
  readonly path: string;
  /** The order the story marks as history's (`# history`). */
  readonly history: boolean;
}

/** One moment of decision (or an end). Immutable once made. */
export interface TreeNode {
  readonly id: string;
  readonly parent: string | null;
  /** The order that led here from the parent; null at the start. */
  readonly step: ReplayStep | null;
  readonly depth: number;
  readonly decision: string | null;
  readonly chapter: string | null;
  readonly date: string | null;
  readonly offered: readonly OfferedOrder[];
  readonly stats: readonly StatValue[];
  /** The story ended here. */
  readonly ended: boolean;
  readonly ending: EndingTag | null;
}

/**
 * What a moment needs to be shown and played again, kept apart from the tree (which is loaded
 * whole) and read only when the moment is restored or compared.
 */
export interface NodeBody {
  /** The text that appeared on arriving here. */
  readonly paragraphs: readonly NodeParagraph[];
  /** Inky's CLEAR was seen on arriving: the text before it is no longer shown. */
  readonly cleared: boolean;
  /** The story's state at this moment, without its replay log (that is the path's). */
  readonly snapshot: Omit<Snapshot, 'log'>;
}

/** Where a run stopped fitting a changed story. */
export interface RunBreak {
  /** 0-based index of the order that no longer fits. */
  readonly step: number;
  readonly decision: string | null;
  readonly missing: string;
  readonly storyEnded: boolean;
}

export interface Run {
  readonly id: string;
  readonly name: string;
  /** The last moment of the run. */
  readonly leaf: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The run this one branched from, and the moment it left it; null for a first run. */
  readonly origin: { readonly run: string; readonly node: string } | null;
  /** Set when the story changed and the run no longer fits it from this order on. */
  readonly broken: RunBreak | null;
}

export interface RunTreeData {
  readonly nodes: Readonly<Record<string, TreeNode>>;
  readonly runs: readonly Run[];
}

/** The player's place in the tree: a moment, inside a run. */
export interface Position {
  readonly run: string;
  readonly node: string;
}

export const ROOT = 'root';

export const EMPTY_TREE: RunTreeData = { nodes: {}, runs: [] };

/** cyrb53: a small, well-spread 53-bit hash (names, not security). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The id of the moment reached from `parent` by `step`: a hash of the path, never an index. */
export function childId(parent: string, step: Pick<ReplayStep, 'text' | 'path'>): string {
  return `n${hash53(`${parent}\u001f${step.text}\u001f${step.path}`).toString(36)}`;
}

/** The ids of the moments along a replay log, the start first. */
export function idsAlong(log: readonly Pick<ReplayStep, 'text' | 'path'>[]): string[] {
  const ids = [ROOT];
  for (const step of log) ids.push(childId(ids[ids.length - 1]!, step));
  return ids;
}

/** The moments from the start to `id`, the start first; stops early at a missing parent. */
export function pathTo(tree: RunTreeData, id: string): TreeNode[] {
  const path: TreeNode[] = [];
  let node = tree.nodes[id];
  while (node) {
    path.push(node);
    node = node.parent === null ? undefined : tree.nodes[node.parent];
  }
  return path.reverse();
}

/** The orders that reach `id`, as a replay log. */
export function logTo(tree: RunTreeData, id: string): ReplayStep[] {
  return pathTo(tree, id).flatMap((n) => (n.step ? [n.step] : []));
}

/** Whether `ancestor` is `id` or lies on the way to it. */
export function isOnPath(tree: RunTreeData, ancestor: string, id: string): boolean {
  let node = tree.nodes[id];
  while (node) {
    if (node.id === ancestor) return true;
    node = node.parent === null ? undefined : tree.nodes[node.parent];
  }
  return false;
}

export function runById(tree: RunTreeData, id: string): Run | undefined {
  return tree.runs.find((r) => r.id === id);
}

/** The moments a run passes through, the start first. */
export function runPath(tree: RunTreeData, run: Run): TreeNode[] {
  return pathTo(tree, run.leaf);
}

/** Trees are immutable values, so each one's index of runs by node is built once. */
const runsIndex = new WeakMap<RunTreeData, Map<string, Run[]>>();

/** For each node, the runs that pass through it (newest first). Do not change what it returns. */
export function runsByNode(tree: RunTreeData): Map<string, Run[]> {
  const known = runsIndex.get(tree);
  if (known) return known;
  const through = new Map<string, Run[]>();
  const newest = [...tree.runs].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const run of newest) {
    for (const node of runPath(tree, run)) {
      const list = through.get(node.id);
      if (list) list.push(run);
      else through.set(node.id, [run]);
    }
  }
  runsIndex.set(tree, through);
  return through;
}

/** The children of every node, in the order they were first reached. */
export function childrenByNode(tree: RunTreeData): Map<string, TreeNode[]> {
  const children = new Map<string, TreeNode[]>();
  for (const node of Object.values(tree.nodes)) {
    if (node.parent === null) continue;
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  return children;
}

/** A new run's default name: "Run 4". */
export function nextRunName(tree: RunTreeData): string {
  const used = new Set(tree.runs.map((r) => r.name));
  let n = tree.runs.length + 1;
  while (used.has(`Run ${n}`)) n++;
  return `Run ${n}`;
}

export interface MoveResult {
  readonly tree: RunTreeData;
  readonly position: Position;
  /** The run that was created by this move, if any. */
  readonly created: Run | null;
}

/**
 * Adds `node` (reached from the player's position by its step) and moves the player there.
 * At the leaf of their run, the run grows. Inside a run, an order that run took follows it; an
 * order another run took follows the newest such run; a new order starts a new run that
 * branched here. Nothing is removed.
 */
export function recordMove(
  tree: RunTreeData,
  from: Position | null,
  node: TreeNode,
  now: string,
  newId: () => string,
): MoveResult {
  const nodes = tree.nodes[node.id] ? tree.nodes : { ...tree.nodes, [node.id]: node };
  const withNode: RunTreeData = { nodes, runs: tree.runs };
  const current = from ? runById(tree, from.run) : undefined;
  if (current && current.leaf === from?.node && node.parent === current.leaf) {
    const grown = { ...current, leaf: node.id, updatedAt: now };
    return {
      tree: { nodes, runs: tree.runs.map((r) => (r.id === current.id ? grown : r)) },
      position: { run: current.id, node: node.id },
      created: null,
    };
  }
  if (current && isOnPath(withNode, node.id, current.leaf)) {
    return { tree: withNode, position: { run: current.id, node: node.id }, created: null };
  }
  const following = runsByNode(withNode).get(node.id)?.[0];
  if (following) {
    return { tree: withNode, position: { run: following.id, node: node.id }, created: null };
  }
  const run: Run = {
    id: newId(),
    name: nextRunName(tree),
    leaf: node.id,
    createdAt: now,
    updatedAt: now,
    origin: current && node.parent ? { run: current.id, node: node.parent } : null,
    broken: null,
  };
  return {
    tree: { nodes, runs: [...tree.runs, run] },
    position: { run: run.id, node: node.id },
    created: run,
  };
}

/** Adds the start of the story as a node and, in an empty tree, its first run. */
export function recordStart(
  tree: RunTreeData,
  root: TreeNode,
  now: string,
  newId: () => string,
): MoveResult {
  const nodes = tree.nodes[ROOT] ? tree.nodes : { ...tree.nodes, [ROOT]: root };
  const newest = runsByNode({ nodes, runs: tree.runs }).get(ROOT)?.[0];
  if (newest)
    return {
      tree: { nodes, runs: tree.runs },
      position: { run: newest.id, node: ROOT },
      created: null,
    };
  const run: Run = {
    id: newId(),
    name: nextRunName(tree),
    leaf: ROOT,
    createdAt: now,
    updatedAt: now,
    origin: null,
    broken: null,
  };
  return {
    tree: { nodes, runs: [...tree.runs, run] },
    position: { run: run.id, node: ROOT },
    created: run,
  };
}

export function renameRun(tree: RunTreeData, id: string, name: string): RunTreeData {
  return { ...tree, runs: tree.runs.map((r) => (r.id === id ? { ...r, name } : r)) };
}

/**
 * Removes a run, and the moments no other run passes through. Runs that branched from it keep
 * their own moments (the shared ones stay, since they pass through them).
 */
export function deleteRun(tree: RunTreeData, id: string): RunTreeData {
  const runs = tree.runs
    .filter((r) => r.id !== id)
    .map((r) => (r.origin?.run === id ? { ...r, origin: null } : r));
  const kept = new Set<string>();
  for (const run of runs) for (const node of pathTo(tree, run.leaf)) kept.add(node.id);
  const nodes = Object.fromEntries(Object.entries(tree.nodes).filter(([key]) => kept.has(key)));
  return { nodes, runs };
}

/** A mark for an order already taken at a moment: how many runs took it and where they ended. */
export interface ChoiceMark {
  readonly runs: number;
  readonly endings: readonly EndingTag[];
}

const TIMES = ['never', 'once', 'twice'];

/** A mark as the choice list shows it: "taken twice → The First Shot". */
export function markText(mark: ChoiceMark): string {
  const times = mark.runs < TIMES.length ? TIMES[mark.runs] : `${mark.runs} times`;
  const endings = mark.endings.map((e) => e.title).join(', ');
  return `taken ${times}${endings ? ` → ${endings}` : ''}`;
}

/** For each order on offer at `id` (by text and path), the runs that took it and their endings. */
export function choiceMarks(
  tree: RunTreeData,
  id: string,
  offered: readonly Pick<ReplayStep, 'text' | 'path'>[],
): (ChoiceMark | null)[] {
  const through = runsByNode(tree);
  return offered.map((order) => {
    const runs = through.get(childId(id, order));
    if (!runs || runs.length === 0) return null;
    const endings = new Map<string, EndingTag>();
    for (const run of runs) {
      const ending = tree.nodes[run.leaf]?.ending;
      if (ending && tree.nodes[run.leaf]?.ended) endings.set(ending.id, ending);
    }
    return { runs: runs.length, endings: [...endings.values()] };
  });
}

/** The endings the runs have reached, each with the first run that reached it. */
export function endingsFound(tree: RunTreeData): Map<string, { ending: EndingTag; run: Run }> {
  const found = new Map<string, { ending: EndingTag; run: Run }>();
  const oldest = [...tree.runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const run of oldest) {
    const leaf = tree.nodes[run.leaf];
    if (leaf?.ended && leaf.ending && !found.has(leaf.ending.id)) {
      found.set(leaf.ending.id, { ending: leaf.ending, run });
    }
  }
  return found;
}

/** The text shown after the moments `bodies` (in path order): from the last CLEAR on. */
export function transcriptOf(bodies: readonly NodeBody[]): NodeParagraph[] {
  let text: NodeParagraph[] = [];
  for (const body of bodies)
    text = body.cleared ? [...body.paragraphs] : [...text, ...body.paragraphs];
  return text;
}
