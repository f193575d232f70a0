/**
 * The merged graph of story states the explorer builds: one node per distinct state key, one
 * edge per choice. Stored in typed arrays, since a large story has millions of states; strings
 * (choice texts, decision ids, endings, messages) are interned.
 */
import { TerminalKind, type Arrival, type Offer, type StatValue } from './walker.ts';

/** A node that was queued but never expanded (the state bound stopped the walk). */
export const OPEN = 4;

/** Strings to small numbers and back. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** A typed array that doubles when full. */
class Column<T extends Int32Array | Uint8Array | Float64Array> {
  data: T;
  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }
  set(index: number, value: number): void {
    if (index >= this.data.length) {
      let size = this.data.length;
      while (size <= index) size *= 2;
      const grown = this.make(size);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
  get(index: number): number {
    return this.data[index] ?? 0;
  }
}

const int32 = () => new Column((n) => new Int32Array(n));

/** A node's children as the walker reported them, for the queue. */
export interface NewState {
  readonly node: number;
  readonly state: string;
}

export class StateGraph {
  readonly strings = new Interner();
  private readonly index = new Map<string, number>();
  private readonly kinds = new Column((n) => new Uint8Array(n));
  private readonly decisions = int32();
  private readonly edgeStarts = int32();
  private readonly edgeCounts = int32();
  /** Per node: ending id, error message or dead-end place (interned), or -1. */
  private readonly details = int32();
  /** Per node: row in `statRows`, or -1. */
  private readonly statRowOf = int32();
  /** Final stat values of each terminal, one row per terminal. */
  readonly statRows: (readonly StatValue[])[] = [];
  private readonly edgeChildren = int32();
  private readonly edgeTexts = int32();
  private readonly edgeParents = int32();
  private readonly edgeFlags = new Column((n) => new Uint8Array(n));
  /** Warnings by message: the edges on which each was raised (-1: before the first choice). */
  readonly warnings = new Map<string, number[]>();
  readonly visited = new Set<string>();
  nodeCount = 0;
  edgeCount = 0;

  /** Files the state an arrival describes; returns its node and whether it is new. */
  arrive(arrival: Arrival, edge: number): { node: number; fresh: boolean } {
    for (const path of arrival.visited) this.visited.add(path);
    for (const message of arrival.warnings) {
      const edges = this.warnings.get(message) ?? [];
      if (edges.length < 10_000) edges.push(edge);
      this.warnings.set(message, edges);
    }
    const key = arrival.key.slice(0, 20); // 120 bits of SHA-1 are plenty
    const known = this.index.get(key);
    if (known !== undefined) return { node: known, fresh: false };
    const node = this.nodeCount++;
    this.index.set(key, node);
    this.kinds.set(node, arrival.terminal === TerminalKind.none ? OPEN : arrival.terminal);
    this.decisions.set(node, arrival.decision === null ? -1 : this.strings.id(arrival.decision));
    const detail = arrival.ending ?? arrival.detail;
    this.details.set(node, detail === null ? -1 : this.strings.id(detail));
    this.statRowOf.set(node, arrival.stats ? this.statRows.push(arrival.stats) - 1 : -1);
    this.edgeStarts.set(node, 0);
    this.edgeCounts.set(node, 0);
    return { node, fresh: true };
  }

  /** Records what each choice of an open node led to; returns the states new to the graph. */
  expand(node: number, offers: readonly Offer[]): NewState[] {
    const fresh: NewState[] = [];
    const start = this.edgeCount;
    this.edgeStarts.set(node, start);
    this.edgeCounts.set(node, offers.length);
    this.kinds.set(node, TerminalKind.none);
    this.edgeCount += offers.length;
    offers.forEach((offer, i) => {
      const edge = start + i;
      const child = this.arrive(offer.arrival, edge);
      this.edgeChildren.set(edge, child.node);
      this.edgeTexts.set(edge, this.strings.id(offer.text));
      this.edgeParents.set(edge, node);
      this.edgeFlags.set(edge, offer.history ? 1 : 0);
      if (child.fresh && offer.arrival.state !== null) {
        fresh.push({ node: child.node, state: offer.arrival.state });
      }
    });
    return fresh;
  }

  kind(node: number): number {
    return this.kinds.get(node);
  }
  /** Interned decision id of a choice node, or -1. */
  decision(node: number): number {
    return this.decisions.get(node);
  }
  /** Interned ending id, error message or dead-end place of a terminal, or -1. */
  detail(node: number): number {
    return this.details.get(node);
  }
  stats(node: number): readonly StatValue[] | null {
    const row = this.statRowOf.get(node);
    return row < 0 ? null : (this.statRows[row] ?? null);
  }
  firstEdge(node: number): number {
    return this.edgeStarts.get(node);
  }
  edgesOf(node: number): number {
    return this.edgeCounts.get(node);
  }
  child(edge: number): number {
    return this.edgeChildren.get(edge);
  }
  text(edge: number): number {
    return this.edgeTexts.get(edge);
  }
  history(edge: number): boolean {
    return this.edgeFlags.get(edge) === 1;
  }
  /** The node an edge leaves. */
  parentOf(edge: number): number {
    return this.edgeParents.get(edge);
  }
}
