/**
 * Reading ahead. While the reader reads a moment, what each order on offer leads to is worked
 * out in a session of its own: a twin of the playthrough's session, sharing its compiled story,
 * put at the same moment and given that order. Taking the order is then a matter of adopting
 * the twin that already stands after it, instead of running the story on the click's path.
 *
 * A twin is put at the moment from the moment's snapshot, which restores everything the story
 * holds (variables, visit counts, the random seed): it reaches exactly the state the
 * playthrough's own session would. Work done ahead belongs to one moment, named by its
 * snapshot (the same object until the story moves), so none can be used at another.
 */
import { RUN_ON_LIMITS, type RunOnLimits } from './step-budget.ts';
import type { Frame, Snapshot, StorySession } from './story-session.ts';

/**
 * Every step a twin may take to reach the next choice. Reading ahead is done in the reader's
 * idle time and must stay short there: a longer stretch (or a story that runs on) is left to
 * be run when the order is taken, as it would be without reading ahead.
 */
export const READ_AHEAD_STEPS = 50_000;

/** The bounds a twin runs under while it reads ahead (a twin taken gets the session's own). */
export const READ_AHEAD_LIMITS: RunOnLimits = { ...RUN_ON_LIMITS, total: READ_AHEAD_STEPS };

/** A twin standing after an order, with the frame that order led to. */
export interface ReadAheadResult {
  readonly session: StorySession;
  readonly frame: Frame;
}

export class ReadAhead {
  /** Twins free to read ahead. */
  private readonly spare: StorySession[] = [];
  /** The moment the work in `ready` starts from. */
  private from: Snapshot | null = null;
  private readonly ready = new Map<number, ReadAheadResult>();
  /** Orders that could not be read ahead from `from` (an error, or too long a stretch). */
  private readonly failed = new Set<number>();

  /** `twin` makes a new twin session, with no warning handler and `READ_AHEAD_LIMITS`. */
  constructor(private readonly twin: () => StorySession) {}

  /** Whether order `index` of moment `from` has been read ahead (or could not be). */
  tried(from: Snapshot, index: number): boolean {
    return this.from === from && (this.ready.has(index) || this.failed.has(index));
  }

  /**
   * Works out where order `index` of moment `from` leads. False when it could not be (the story
   * stopped with an error, or ran longer than `READ_AHEAD_STEPS`): taking it will say why.
   */
  prepare(from: Snapshot, index: number): boolean {
    if (this.from !== from) this.forget();
    this.from = from;
    if (this.ready.has(index)) return true;
    if (this.failed.has(index)) return false;
    const session = this.spare.pop() ?? this.twin();
    try {
      session.restore(from);
      this.ready.set(index, { session, frame: session.choose(index) });
      return true;
    } catch {
      this.failed.add(index);
      this.spare.push(session);
      return false;
    }
  }

  /**
   * The twin standing after order `index` of moment `from`, if it was read ahead, put in the
   * place of `current`, the session standing at `from`: the twin takes over its warning handler
   * and its bounds, and `current` reads ahead from now on. The work done for the moment's other
   * orders is let go, since the story moves on.
   */
  take(from: Snapshot, index: number, current: StorySession): ReadAheadResult | null {
    const result = this.from === from ? (this.ready.get(index) ?? null) : null;
    if (result) this.ready.delete(index);
    this.forget();
    if (!result) return null;
    result.session.onWarning = current.onWarning;
    result.session.limits = current.limits;
    current.onWarning = null;
    current.limits = READ_AHEAD_LIMITS;
    this.spare.push(current);
    return result;
  }

  /** Lets go of all work done ahead. */
  forget(): void {
    for (const { session } of this.ready.values()) this.spare.push(session);
    this.ready.clear();
    this.failed.clear();
    this.from = null;
  }
}
