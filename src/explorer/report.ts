/**
 * The explorer's report: plain, JSON-serialisable data. Path counts are numbers; past 2^53 they
 * are approximate, and `pathsTotalExact` gives the total to the last digit.
 */
import type { StatDeclaration } from '../engine/tags.ts';
import type { SampleReport } from './sample.ts';
import type { ExternalFunction } from './story-map.ts';

/** Final values of a stat over the runs that reach some point: numbers, LIST items, or text. */
export type StatRange =
  | {
      readonly kind: 'number';
      readonly min: number;
      readonly max: number;
      /** Mean over complete paths (each playthrough counts once). */
      readonly mean: number;
    }
  | { readonly kind: 'list'; readonly members: readonly string[] }
  | { readonly kind: 'other'; readonly values: readonly string[] };

export interface EndingReport {
  readonly id: string;
  readonly title: string;
  /** Complete paths from the start that end here. */
  readonly pathCount: number;
  /** Distinct final states with this ending. */
  readonly states: number;
  /** Choice texts from the start, the fewest choices that reach this ending. */
  readonly shortestPath: readonly string[];
  readonly finalStats: Readonly<Record<string, StatRange>>;
}

export interface OptionReport {
  readonly text: string;
  /** The choice carries a `history` tag: the road the seed's history took. */
  readonly history: boolean;
  /** Complete paths that take this option (once per time they take it). */
  readonly paths: number;
  /** Those paths by the ending they reach. */
  readonly endings: Readonly<Record<string, number>>;
  readonly deadEnds: number;
  readonly errors: number;
  readonly finalStats: Readonly<Record<string, StatRange>>;
}

export interface DecisionReport {
  /** The `# decision:` id, or `@` and the story path where the choices were offered. */
  readonly id: string;
  readonly tagged: boolean;
  /** Distinct states that offer this decision. */
  readonly occurrences: number;
  /** Complete paths that pass through it. */
  readonly paths: number;
  readonly shortestPath: readonly string[];
  readonly options: readonly OptionReport[];
  /**
   * Groups of two or more orders (texts, as offered) that lead to the same outcome: the same
   * endings reachable and the same range of every final stat (see `outcomes.ts`).
   */
  readonly sameOutcome: readonly (readonly string[])[];
  /**
   * Endings whose reachability this decision's orders change: some orders can still reach
   * them, others cannot. The decision's weight on the endings is how many there are.
   */
  readonly endingsSwayed: readonly string[];
}

export interface ProblemReport {
  readonly message: string;
  /** Distinct states (for warnings: choices taken) where it happened. */
  readonly states: number;
  /** Complete paths that meet it (0 for warnings that do not stop the story). */
  readonly pathCount: number;
  /** The shortest path (choice texts from the start) that meets it. */
  readonly path: readonly string[];
}

export interface DeadEndReport extends ProblemReport {
  /** The story path of the last content run before the story stopped. */
  readonly where: string;
  /** The last line of text shown before the story stopped, on the shortest path. */
  readonly lastText: string;
}

export interface ExploreReport {
  readonly title: string | null;
  /** False when the state bound stopped the walk: counts are then lower bounds. */
  readonly complete: boolean;
  readonly distinctStates: number;
  /** Distinct paths from the start to a terminal (loops cut, see `hasLoops`). */
  readonly pathsTotal: number;
  readonly pathsTotalExact: string;
  /** The story can come back to a state it was in; paths round such loops are not counted. */
  readonly hasLoops: boolean;
  readonly seconds: number;
  readonly workers: number;
  readonly stats: readonly StatDeclaration[];
  readonly endings: readonly EndingReport[];
  /** Endings the story declares (`# ending:` tags in its text) that no path reaches. */
  readonly endingsNeverReached: readonly string[];
  readonly deadEnds: readonly DeadEndReport[];
  readonly errors: readonly ProblemReport[];
  readonly warnings: readonly ProblemReport[];
  readonly decisions: readonly DecisionReport[];
  /** How many knots and stitches the story has (functions left out). */
  readonly sections: number;
  /** Knots and stitches never visited (empty when the walk is incomplete). */
  readonly unreached: readonly string[];
  /** The EXTERNAL functions the story calls; one without a fallback stops every path at it. */
  readonly externals?: readonly ExternalFunction[];
  /** When the walk is incomplete: what seeded random runs met, beyond where the walk stopped. */
  readonly sample?: SampleReport;
}
