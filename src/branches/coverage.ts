/**
 * What the runs have seen of the story, against what the story holds (its build-time
 * analysis): decisions seen, orders tried, endings found, the endings still open from a
 * decision, and where an ending not yet found can still be reached from.
 */
import type { StoryAnalysis } from '../analysis-types.ts';
import { pathTo, type RunTreeData, type TreeNode } from './run-tree.ts';

/** The build's analysis of a story (see the Vite plugin's `?analysis` modules). */
export type { StoryAnalysis };

export interface Coverage {
  readonly decisionsSeen: number;
  /** Null when the story's analysis is not at hand. */
  readonly decisionsTotal: number | null;
  readonly ordersTried: number;
  readonly ordersTotal: number | null;
}

/** A decision as people read it: its id's words ("suspend-offensive" → "Suspend offensive"). */
export function decisionName(id: string | null): string {
  if (!id) return 'Decision';
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Decisions seen and orders tried in the tree, of those the story has. */
export function coverage(tree: RunTreeData, analysis: StoryAnalysis | null): Coverage {
  const seen = new Set<string>();
  const tried = new Set<string>();
  for (const node of Object.values(tree.nodes)) {
    if (node.offered.length > 0) seen.add(node.decision ?? `@${node.id}`);
    if (node.step) tried.add(`${node.step.decision ?? ''}\u001f${node.step.text}`);
  }
  if (!analysis) {
    return {
      decisionsSeen: seen.size,
      decisionsTotal: null,
      ordersTried: tried.size,
      ordersTotal: null,
    };
  }
  const ids = new Set(analysis.decisions.map((d) => d.id));
  const orders = new Set(
    analysis.decisions.flatMap((d) => d.orders.map((o) => `${d.id}\u001f${o.text}`)),
  );
  return {
    decisionsSeen: [...seen].filter((id) => ids.has(id)).length,
    decisionsTotal: ids.size,
    ordersTried: [...tried].filter((key) => orders.has(key)).length,
    ordersTotal: orders.size,
  };
}

/** The endings still reachable from a moment of decision `id` (by any of its orders). */
export function endingsOpenAt(
  analysis: StoryAnalysis | null,
  decision: string | null,
): string[] | null {
  const found = analysis?.decisions.find((d) => d.id === decision);
  if (!found) return null;
  return [...new Set(found.orders.flatMap((o) => o.endings))];
}

/** The endings an order still leaves open, from the analysis. */
export function endingsAfterOrder(
  analysis: StoryAnalysis | null,
  decision: string | null,
  order: string,
): readonly string[] | null {
  const found = analysis?.decisions.find((d) => d.id === decision);
  return found?.orders.find((o) => o.text === order)?.endings ?? null;
}

export interface EndingHint {
  /** The moment of the tree to go back to. */
  readonly node: TreeNode;
  /** An order there that keeps the ending open, not yet taken there. */
  readonly order: string;
}

/**
 * Where an ending not yet found can still be reached from: the latest moment on the player's
 * way (else any moment seen) whose decision has an order, not yet tried there, that keeps it
 * open.
 */
export function hintFor(
  tree: RunTreeData,
  analysis: StoryAnalysis | null,
  ending: string,
  current: string | null,
): EndingHint | null {
  if (!analysis) return null;
  const taken = new Set(
    Object.values(tree.nodes).flatMap((n) =>
      n.step && n.parent ? [`${n.parent}\u001f${n.step.text}`] : [],
    ),
  );
  const candidate = (node: TreeNode): EndingHint | null => {
    const decision = analysis.decisions.find((d) => d.id === node.decision);
    if (!decision) return null;
    const order = decision.orders.find(
      (o) => o.endings.includes(ending) && !taken.has(`${node.id}\u001f${o.text}`),
    );
    return order ? { node, order: order.text } : null;
  };
  const way = current ? pathTo(tree, current).reverse() : [];
  for (const node of way) {
    const hint = candidate(node);
    if (hint) return hint;
  }
  const rest = Object.values(tree.nodes).sort((a, b) => b.depth - a.depth);
  for (const node of rest) {
    const hint = candidate(node);
    if (hint) return hint;
  }
  return null;
}
