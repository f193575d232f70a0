/**
 * A playthrough: a story session plus what the page needs to rebuild any moment of the run —
 * the transcript so far and a history of the decisions taken, each with the snapshot taken
 * just before it. Rewinding restores that snapshot (constant cost, no replay from the start).
 */
import type { StatValue } from './stats.ts';
import {
  StorySession,
  type ChoiceView,
  type Frame,
  type Paragraph,
  type ReplayStep,
  type Scene,
  type SessionOptions,
  type Snapshot,
} from './story-session.ts';
import { READ_AHEAD_LIMITS, ReadAhead } from './read-ahead.ts';
import { lineTags } from './tags.ts';

/** A decision taken in this run, with the moment just before it. */
export interface HistoryEntry {
  readonly decision: string | null;
  readonly choiceText: string;
  readonly chapter: string | null;
  readonly date: string | null;
  /** The stats at that moment, before the choice. */
  readonly stats: readonly StatValue[];
  readonly snapshot: Snapshot;
}

/** A transcript line as it is stored: text and raw tags (the meaning is re-read from the tags). */
export interface StoredParagraph {
  readonly text: string;
  readonly tags: readonly string[];
}

/** Everything needed to rebuild the run exactly; plain JSON. */
export interface PlaythroughData {
  readonly current: Snapshot;
  readonly transcript: readonly StoredParagraph[];
  readonly history: readonly HistoryEntry[];
}

/** What the page shows at a moment. */
export interface View {
  /** The visible text so far (after the last CLEAR). */
  readonly transcript: readonly Paragraph[];
  /** Where the newest frame's paragraphs start in `transcript`. */
  readonly newFrom: number;
  /** The newest frame began with Inky's CLEAR: the text before it is gone. */
  readonly cleared: boolean;
  readonly choices: readonly ChoiceView[];
  readonly scene: Scene;
  readonly stats: readonly StatValue[];
  /** Stats as they were before the last choice (for "how the last order changed it"). */
  readonly previousStats: readonly StatValue[] | null;
  readonly decision: string | null;
  readonly ended: boolean;
  readonly history: readonly HistoryEntry[];
  readonly log: readonly ReplayStep[];
  readonly restart: boolean;
}

function toParagraph(p: StoredParagraph): Paragraph {
  return { text: p.text, tags: p.tags, meta: lineTags(p.tags) };
}

export class Playthrough {
  private current: StorySession;
  /** What the orders on screen lead to, worked out while the reader reads (read-ahead.ts). */
  private readonly ahead: ReadAhead;
  private transcript: Paragraph[] = [];
  private history: HistoryEntry[] = [];
  private frame: Frame | null = null;
  private newFrom = 0;
  private cleared = false;
  private previousStats: readonly StatValue[] | null = null;

  constructor(json: string | object, options: SessionOptions = {}) {
    const session = new StorySession(json, options);
    this.current = session;
    this.ahead = new ReadAhead(() => session.twin({ limits: READ_AHEAD_LIMITS }));
  }

  /** The session standing at the moment on screen (another once an order read ahead is taken). */
  get session(): StorySession {
    return this.current;
  }

  /** Starts from the beginning. */
  start(): View {
    this.transcript = [];
    this.history = [];
    this.previousStats = null;
    return this.absorb(this.session.start());
  }

  /** Forgets this run and starts over. */
  restart(): View {
    this.transcript = [];
    this.history = [];
    this.previousStats = null;
    return this.absorb(this.session.restart());
  }

  /**
   * Works out ahead, while the reader reads, where choice `index` of the moment on screen leads,
   * so that taking it does not run the story then. False when it could not be: taking it runs
   * the story as usual, and says what went wrong.
   */
  readAhead(index: number): boolean {
    if (!this.frame || index >= this.frame.choices.length) return false;
    return this.ahead.prepare(this.current.snapshot(), index);
  }

  /** Whether choice `index` of the moment on screen has been read ahead (or could not be). */
  readAheadTried(index: number): boolean {
    return this.ahead.tried(this.current.snapshot(), index);
  }

  /** Takes choice `index` of the current frame. */
  choose(index: number): View {
    const choice = this.frame?.choices[index];
    const before = this.current.snapshot();
    const frame = this.advance(before, index);
    this.history = [
      ...this.history,
      {
        decision: before.decision,
        choiceText: choice?.text ?? '',
        chapter: before.scene.chapter,
        date: before.scene.date,
        stats: this.frame?.stats ?? this.session.stats(),
        snapshot: before,
      },
    ];
    this.previousStats = this.frame?.stats ?? null;
    return this.absorb(frame);
  }

  /** The story after choice `index`: from the session read ahead to it, or run now. */
  private advance(before: Snapshot, index: number): Frame {
    const ahead = this.ahead.take(before, index, this.current);
    if (!ahead) return this.current.choose(index);
    // The twin tells of the warnings it met on the way, as the session it replaces would have
    // done as they happened.
    this.current = ahead.session;
    for (const warning of ahead.frame.warnings) this.current.onWarning?.(warning);
    return ahead.frame;
  }

  /** Goes back to just before history entry `at` was decided. */
  rewindTo(at: number): View {
    const entry = this.history[at];
    if (!entry) throw new RangeError(`There is no decision ${at + 1} in this run.`);
    this.history = this.history.slice(0, at);
    this.transcript = this.transcript.slice(0, entry.snapshot.transcriptLength);
    const frame = this.session.restore(entry.snapshot);
    this.previousStats = this.history.at(-1)?.stats ?? null;
    this.newFrom = this.transcript.length;
    this.cleared = false;
    this.frame = frame;
    return this.view();
  }

  /** The whole run as plain JSON. */
  data(): PlaythroughData {
    return {
      current: this.session.snapshot(),
      transcript: this.transcript.map((p) => ({ text: p.text, tags: p.tags })),
      history: this.history,
    };
  }

  /** Rebuilds the run from `data` (a save or an autosave). */
  load(data: PlaythroughData): View {
    this.transcript = data.transcript.map(toParagraph);
    this.history = [...data.history];
    this.previousStats = this.history.at(-1)?.stats ?? null;
    this.frame = this.session.restore(data.current);
    this.newFrom = this.transcript.length;
    this.cleared = false;
    return this.view();
  }

  view(): View {
    const frame = this.frame;
    if (!frame) throw new Error('The playthrough has not started.');
    return {
      transcript: this.transcript,
      newFrom: this.newFrom,
      cleared: this.cleared,
      choices: frame.choices,
      scene: frame.scene,
      stats: frame.stats,
      previousStats: this.previousStats,
      decision: frame.decision,
      ended: frame.ended,
      history: this.history,
      log: this.session.replayLog,
      restart: frame.restart,
    };
  }

  private absorb(frame: Frame): View {
    if (frame.cleared) this.transcript = [];
    this.cleared = frame.cleared;
    this.newFrom = this.transcript.length;
    this.transcript = [...this.transcript, ...frame.paragraphs];
    this.frame = frame;
    return this.view();
  }
}
