/**
 * Two runs side by side, aligned by decision: where they diverged, the order each signed at
 * every decision, each number stat over time, and the text one read that the other did not.
 */
import type { StatValue } from '../engine/stats.ts';
import {
  pathTo,
  type NodeParagraph,
  type Run,
  type RunTreeData,
  type TreeNode,
} from './run-tree.ts';

export interface AlignedDecision {
  /** The decision's id (or the moment's position when the story tags none). */
  readonly decision: string;
  readonly chapter: string | null;
  readonly date: string | null;
  /** The order each run signed there; null when the run never reached it (or ended first). */
  readonly a: string | null;
  readonly b: string | null;
}

export interface StatSeries {
  readonly variable: string;
  readonly label: string;
  /** The stat after each decision of the run (the start first). */
  readonly a: readonly number[];
  readonly b: readonly number[];
}

export interface RunComparison {
  /** How many decisions the two runs share before they part (0: they differ at the first). */
  readonly shared: number;
  /** The decision where they part; null when one run is a prefix of the other (or they are equal). */
  readonly divergence: AlignedDecision | null;
  readonly rows: readonly AlignedDecision[];
  readonly series: readonly StatSeries[];
  /** Final values of every stat, for both. */
  readonly finals: readonly { label: string; a: StatValue | null; b: StatValue | null }[];
  readonly pathA: readonly TreeNode[];
  readonly pathB: readonly TreeNode[];
}

function keyOf(node: TreeNode, i: number): string {
  return node.decision ?? `#${i + 1}`;
}

/** Compares runs `a` and `b` of a tree (`diffRuns`). */
export function diffRuns(tree: RunTreeData, a: Run, b: Run): RunComparison {
  const pathA = pathTo(tree, a.leaf);
  const pathB = pathTo(tree, b.leaf);
  let shared = 0;
  while (
    shared < pathA.length &&
    shared < pathB.length &&
    pathA[shared]!.id === pathB[shared]!.id
  ) {
    shared++;
  }
  // `shared` moments in common; the last of them is where the orders differ.
  const orderAt = (path: readonly TreeNode[], i: number) => path[i + 1]?.step?.text ?? null;
  const rows: AlignedDecision[] = [];
  const seen = new Set<string>();
  const indexB = new Map<string, number>();
  pathB.forEach((n, i) => {
    if (n.offered.length > 0) indexB.set(keyOf(n, i), i);
  });
  pathA.forEach((node, i) => {
    if (node.offered.length === 0) return;
    const key = keyOf(node, i);
    seen.add(key);
    const j = indexB.get(key);
    rows.push({
      decision: key,
      chapter: node.chapter,
      date: node.date,
      a: orderAt(pathA, i),
      b: j === undefined ? null : orderAt(pathB, j),
    });
  });
  pathB.forEach((node, j) => {
    const key = keyOf(node, j);
    if (node.offered.length === 0 || seen.has(key)) return;
    rows.push({
      decision: key,
      chapter: node.chapter,
      date: node.date,
      a: null,
      b: orderAt(pathB, j),
    });
  });
  const partAt = shared - 1;
  const split =
    shared > 0 && shared < pathA.length && shared < pathB.length ? pathA[partAt]! : null;
  const divergence = split ? (rows.find((r) => r.decision === keyOf(split, partAt)) ?? null) : null;
  const numbers = (path: readonly TreeNode[], variable: string) =>
    path
      .map((n) => n.stats.find((s) => s.variable === variable))
      .map((s) => (typeof s?.value === 'number' ? s.value : NaN));
  const lastA = pathA.at(-1)?.stats ?? [];
  const lastB = pathB.at(-1)?.stats ?? [];
  const declared = lastA.length > 0 ? lastA : lastB;
  const series = declared
    .filter((s) => s.kind === 'number')
    .map((s) => ({
      variable: s.variable,
      label: s.label,
      a: numbers(pathA, s.variable),
      b: numbers(pathB, s.variable),
    }));
  const finals = declared.map((s) => ({
    label: s.label,
    a: lastA.find((x) => x.variable === s.variable) ?? null,
    b: lastB.find((x) => x.variable === s.variable) ?? null,
  }));
  return { shared, divergence, rows, series, finals, pathA, pathB };
}

/** The paragraphs one text has that the other does not, in order (by their words). */
export function textOnlyIn(
  mine: readonly NodeParagraph[],
  theirs: readonly NodeParagraph[],
): NodeParagraph[] {
  const other = new Set(theirs.map((p) => p.text.trim()));
  return mine.filter((p) => p.text.trim() !== '' && !other.has(p.text.trim()));
}
