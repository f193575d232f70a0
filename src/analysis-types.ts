/**
 * What the story knows about itself, worked out at build time by the explorer and served by the
 * Vite plugin as `story.ink?analysis` (a module of its own, loaded only when a view needs it).
 * Plain data: the branch map and the endings gallery read it for "endings still open from here"
 * and for coverage.
 */

/** The final range of a numeric stat over the runs that take an order. */
export interface StatSpan {
  readonly min: number;
  readonly max: number;
}

/** One order of a decision, and where the runs that sign it can still end. */
export interface OrderAnalysis {
  /** The choice's text, as the replay log names it. */
  readonly text: string;
  /** The order the seed's history took (`# history` on the choice). */
  readonly history: boolean;
  /** Ids of the endings some run reaches after this order, in the story's order. */
  readonly endings: readonly string[];
  /** The final range of each numeric stat over those runs (LIST stats left out). */
  readonly stats: Readonly<Record<string, StatSpan>>;
}

export interface DecisionAnalysis {
  /** The `# decision:` id. */
  readonly id: string;
  /** The chapter and date shown where the decision is first offered. */
  readonly chapter: string | null;
  readonly date: string | null;
  readonly orders: readonly OrderAnalysis[];
}

export interface StoryAnalysis {
  /** The same hash the `.ink` module exports: an analysis is never served for another build. */
  readonly storyHash: string;
  /** The walk finished: every path was followed. */
  readonly complete: boolean;
  /** A seeded sample of runs, not a proof: endings and ranges are what the sample met. */
  readonly sampled: boolean;
  /** Every ending the story declares (and any it reaches without declaring), in its order. */
  readonly endings: readonly {
    readonly id: string;
    readonly title: string;
    readonly reached: boolean;
  }[];
  /** The stats the story declares (`# stat:`). */
  readonly stats: readonly { readonly variable: string; readonly label: string }[];
  /** Every `# decision:` the story offers, in the order first met. */
  readonly decisions: readonly DecisionAnalysis[];
}
