import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlaythroughData } from '../../engine/playthrough.ts';
import type { ReplayStep } from '../../engine/story-session.ts';
import type {
  LoadedAutosave,
  RunStore,
  SaveRecord,
  SaveStore,
  SlotListing,
  TabChannel,
} from '../../persistence/index.ts';

import type { JournalEntry } from './save-library.ts';

type Persistence = typeof import('./save-library.ts');

/** Loads the persistence module once (it is a chunk of its own). */
let persistence: Promise<Persistence> | null = null;
function loadPersistence(): Promise<Persistence> {
  persistence ??= import('./save-library.ts');
  return persistence;
}

/** The key, before the story's id, of the hint that this browser has an autosave of the story. */
export const AUTOSAVE_HINT_PREFIX = 'stavka:autosave:';
/** The autosave a page wrote synchronously as it went away, until IndexedDB has it too. */
const JOURNAL = 'stavka:journal:';

/**
 * Resolves after the next frame has been painted and the browser is idle (a click being handled
 * comes first): within half a second at most, or, when `idleMs` is given, once an idle moment
 * has that much time to spare before the next frame, however long that takes.
 */
export function afterPaint(idleMs = 0): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback !== 'function') setTimeout(resolve, idleMs > 0 ? 50 : 0);
      else if (idleMs === 0) requestIdleCallback(() => resolve(), { timeout: 500 });
      else {
        const wait = (deadline: IdleDeadline) => {
          if (deadline.timeRemaining() >= idleMs) resolve();
          else requestIdleCallback(wait);
        };
        requestIdleCallback(wait);
      }
    }),
  );
}

/**
 * Whether this browser has an autosave of the story: a synchronous hint, so that a new player's
 * first screen never waits for IndexedDB and a returning player never sees the start flash by.
 */
export function hasAutosaveHint(storyId: string): boolean {
  try {
    return localStorage.getItem(AUTOSAVE_HINT_PREFIX + storyId) === '1';
  } catch {
    return false;
  }
}

function setAutosaveHint(storyId: string): void {
  try {
    localStorage.setItem(AUTOSAVE_HINT_PREFIX + storyId, '1');
  } catch {
    // Storage blocked: the hint only saves a moment at start-up.
  }
}

/** A game handed to the player to continue: its data, its log and the story it was made under. */
export interface RestoredGame {
  readonly data: PlaythroughData;
  readonly log: readonly ReplayStep[];
  readonly storyHash: string;
  /** How to name it in messages: "your autosave", "the save “Before Delhi”". */
  readonly label: string;
}

/** A save slot as the menu lists it. */
export type SlotSummary = SlotListing;

/** What the controller needs from its host element. */
export interface SaveHost extends ReactiveControllerHost, HTMLElement {
  addNotice(tone: 'info' | 'warn', text: string): void;
  currentData(): PlaythroughData | null;
}

export const SaveStatus = {
  Closed: 'closed',
  Persistent: 'persistent',
  MemoryOnly: 'memory-only',
  Conflict: 'conflict',
} as const;
export type SaveStatus = (typeof SaveStatus)[keyof typeof SaveStatus];

function gameFrom(record: SaveRecord, label: string): RestoredGame {
  return { data: record.data, log: record.log, storyHash: record.storyHash, label };
}

/**
 * Keeps the player's progress: opens the story's own store (IndexedDB through localforage, or
 * memory when storage is blocked), restores the autosave, autosaves after every choice without
 * blocking the page, and never lets two tabs silently overwrite each other.
 */
export class SaveController implements ReactiveController {
  status: SaveStatus = SaveStatus.Closed;
  /** What the header says about saving: "Progress saved", "Not saved: …". */
  statusText = '';
  private saves: SaveStore | null = null;
  private runs: RunStore | null = null;
  private storyId = '';
  private storyHash = '';
  private readonly tabId = crypto.randomUUID();
  private revision = 0;
  private channel: TabChannel | null = null;
  private writing: Promise<void> = Promise.resolve();
  private lib: Persistence | null = null;
  /** An autosave is waiting for its turn; it will write `latest`. */
  private queued = false;
  private latest: (() => PlaythroughData) | null = null;
  /** The latest run asked to be autosaved before the store was open; written once it is. */
  private pending: (() => PlaythroughData) | null = null;
  /** Autosaves asked for, and how many of them the last successful write covered. */
  private asked = 0;
  private written = 0;

  /** The page is going away: waiting autosaves are written at once (see flush). */
  private hurried = false;
  /** Ends the current wait for an idle moment early. */
  private hurry: (() => void) | null = null;

  constructor(private readonly host: SaveHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('pageshow', this.handlePageShow);
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('pageshow', this.handlePageShow);
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
    this.channel?.close();
  }

  private readonly handlePageHide = (): void => void this.flush();

  private readonly handlePageShow = (): void => {
    this.hurried = false;
  };

  private readonly handleVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
    else this.hurried = false;
  };

  /**
   * Writes a waiting autosave now instead of at the next idle moment: the page is being hidden,
   * reloaded or closed, and an order given just before must not be lost. Resolves when written.
   */
  flush(): Promise<void> {
    this.hurried = true;
    // IndexedDB answers in later tasks, which a page being unloaded may never run: the run
    // is also written synchronously to localStorage, and taken from there at the next start.
    if (this.written < this.asked) this.writeJournal();
    this.hurry?.();
    return this.writing;
  }

  private writeJournal(): void {
    const read = this.latest ?? this.pending;
    if (!read || this.status === SaveStatus.Conflict) return;
    // Plain data only: the persistence module may not have loaded yet (an order given at once).
    const entry: JournalEntry = {
      storyHash: this.storyHash,
      tabId: this.tabId,
      base: this.revision,
      // One revision past any write still under way, so that it counts as the newer.
      revision: this.revision + 2,
      data: read(),
    };
    try {
      localStorage.setItem(JOURNAL + this.storyId, JSON.stringify(entry));
      setAutosaveHint(this.storyId);
    } catch {
      // Storage blocked or full: the IndexedDB write already under way is all there is.
    }
  }

  private clearJournal(): void {
    try {
      localStorage.removeItem(JOURNAL + this.storyId);
    } catch {
      // Nothing was journalled where storage is blocked.
    }
  }

  /** The run a page journalled as it went away, recovered (see recoverJournal). */
  private async recoverJournal(
    saves: SaveStore,
    loaded: LoadedAutosave | null,
  ): Promise<LoadedAutosave | null> {
    let raw: string | null;
    try {
      raw = localStorage.getItem(JOURNAL + this.storyId);
    } catch {
      return loaded;
    }
    if (raw === null) return loaded;
    const recovered = await this.library().recoverJournal(saves, this.storyId, raw, loaded);
    this.clearJournal();
    return recovered;
  }

  /** After the next paint and an idle moment, or at once when the page is going away. */
  private beforeWrite(): Promise<void> {
    if (this.hurried) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.hurry = resolve;
      void afterPaint().then(resolve);
    }).finally(() => {
      this.hurry = null;
    });
  }

  /** Opens the story's store and returns the game to continue, if any. */
  async open(storyId: string, storyHash: string): Promise<RestoredGame | null> {
    this.storyId = storyId;
    this.storyHash = storyHash;
    const { openStore, RunStore, SaveStore, TabChannel } = (this.lib = await loadPersistence());
    const opened = await openStore(storyId);
    this.saves = new SaveStore(opened.store, storyId);
    this.runs = new RunStore(opened.store);
    this.status = opened.persistent ? SaveStatus.Persistent : SaveStatus.MemoryOnly;
    this.setStatusText(opened.persistent ? '' : 'Not saved: playing in memory');
    if (!opened.persistent) {
      this.host.addNotice(
        'warn',
        `Saving is not available in this browser (${opened.reason ?? 'storage is blocked'}). You can play, but progress will not be kept when you close the page.`,
      );
    }
    this.channel?.close();
    this.channel = new TabChannel(storyId, this.tabId, () => {
      this.host.addNotice(
        'warn',
        'This game was continued in another tab. Your orders here will not overwrite it; load from the Saves menu, or reload the page to continue from the other tab.',
      );
    });
    const loaded = await this.recoverJournal(this.saves, await this.saves.loadAutosave());
    // Orders given while the store was opening are saved now. Such a tab plays its own game,
    // begun before it could see what is stored, so its base stays at nothing stored: a game
    // another tab saved meanwhile is newer and is never overwritten by it.
    const pending = this.pending;
    this.pending = null;
    if (loaded && 'record' in loaded && !pending) this.revision = loaded.record.revision;
    if (loaded && 'corrupt' in loaded) await this.saves.keepDamagedAutosave(loaded.raw);
    if (pending) this.autosave(pending);
    if (!loaded) return null;
    if ('corrupt' in loaded) {
      this.host.addNotice(
        'warn',
        `Your autosave could not be read (${loaded.corrupt}). A new game has started; the damaged save is kept in the Saves menu, where it can be exported.`,
      );
      return null;
    }
    return gameFrom(loaded.record, 'your autosave');
  }

  /**
   * Saves the run in the background (`data` is read once the frame is painted, so it is the
   * latest moment); a failure becomes a notice, never a lost game.
   */
  autosave(data: () => PlaythroughData): void {
    const saves = this.saves;
    const lib = this.lib;
    if (!saves || !lib) {
      this.pending = data;
      this.asked++;
      return;
    }
    if (this.status === SaveStatus.Conflict) return;
    // A write already waiting reads the run when it starts, so it saves this choice too.
    this.latest = data;
    this.asked++;
    if (this.queued) return;
    this.queued = true;
    // Written after the next frame is painted, so a choice never waits for its autosave.
    this.writing = this.writing
      .then(() => this.beforeWrite())
      .then(() => {
        this.queued = false;
        return this.write(saves, lib, this.latest ?? data);
      });
  }

  private async write(
    saves: SaveStore,
    lib: Persistence,
    read: () => PlaythroughData,
  ): Promise<void> {
    if (this.status === SaveStatus.Conflict) return;
    const upTo = this.asked;
    const record = this.record(read, lib);
    try {
      const result = await saves.autosave(record, this.revision);
      if ('conflict' in result && result.conflict) {
        this.status = SaveStatus.Conflict;
        this.setStatusText('Not saved: continued in another tab');
        this.host.addNotice(
          'warn',
          'This game was continued in another tab since you opened it, so this tab has stopped autosaving to avoid overwriting it. Save to a slot to keep this road, or reload to continue from the other tab.',
        );
        return;
      }
      this.revision = record.revision;
      this.written = Math.max(this.written, upTo);
      if (this.written === this.asked) this.clearJournal();
      if (this.status !== SaveStatus.Persistent) return;
      setAutosaveHint(this.storyId);
      this.channel?.announce(record.revision);
      this.setStatusText('Progress saved');
    } catch (error) {
      this.reportFailure(error);
    }
  }

  /** The story's tree of runs, kept in the same store as its saves (null until it is open). */
  runStore(): RunStore | null {
    return this.runs;
  }

  /** A write failed: the game plays on in memory and says so. */
  reportFailure(error: unknown): void {
    if (this.status === SaveStatus.MemoryOnly) return;
    this.status = SaveStatus.MemoryOnly;
    this.setStatusText('Not saved: playing in memory');
    this.host.addNotice(
      'warn',
      `${error instanceof Error ? error.message : String(error)} You can keep playing, but progress will not be kept.`,
    );
  }

  /** The autosave record of the run `read` returns, one revision on from the last written. */
  private record(read: () => PlaythroughData, lib = this.library()): SaveRecord {
    return lib.makeSaveRecord({
      id: 'autosave',
      kind: 'autosave',
      name: 'Autosave',
      storyId: this.storyId,
      storyHash: this.storyHash,
      data: read(),
      tabId: this.tabId,
      revision: this.revision + 1,
    });
  }

  private setStatusText(text: string): void {
    if (text === this.statusText) return;
    this.statusText = text;
    this.host.requestUpdate();
  }

  /** Resolves when the autosaves asked for so far are written. */
  settled(): Promise<void> {
    return this.writing;
  }

  private store(): SaveStore {
    if (!this.saves) throw new Error('Saved games are still opening; try again in a moment.');
    return this.saves;
  }

  private library(): Persistence {
    if (!this.lib) throw new Error('Saved games are still opening; try again in a moment.');
    return this.lib;
  }

  async listSlots(): Promise<SlotSummary[]> {
    return this.store().listSlots();
  }

  /** Saves the current game to a new slot; returns the name it was saved under. */
  async saveSlot(name: string): Promise<string> {
    const data = this.host.currentData();
    if (!data) throw new Error('There is no game to save yet.');
    const chosen =
      name || `${data.current.scene.chapter ?? 'Save'} — ${new Date().toLocaleString()}`;
    await this.store().saveSlot(
      this.library().makeSaveRecord({
        id: crypto.randomUUID(),
        kind: 'slot',
        name: chosen.slice(0, 80),
        storyId: this.storyId,
        storyHash: this.storyHash,
        data,
        tabId: this.tabId,
        revision: 0,
      }),
    );
    return chosen.slice(0, 80);
  }

  async loadSlot(id: string): Promise<RestoredGame> {
    const record = await this.store().loadSlot(id);
    return gameFrom(record, `the save “${record.name}”`);
  }

  async renameSlot(id: string, name: string): Promise<void> {
    await this.store().renameSlot(id, name);
  }

  async deleteSlot(id: string): Promise<void> {
    await this.store().deleteSlot(id);
  }

  async exportOne(id: string): Promise<{ fileName: string; text: string }> {
    const { exportFileName, serialiseEnvelope } = this.library();
    const records = await this.store().exportOne(id);
    return { fileName: exportFileName(this.storyId, 'one'), text: serialiseEnvelope(records) };
  }

  async exportAll(): Promise<{ fileName: string; text: string }> {
    const { exportFileName, serialiseEnvelope } = this.library();
    const records = await this.store().exportAll();
    return { fileName: exportFileName(this.storyId, 'all'), text: serialiseEnvelope(records) };
  }

  /** Imports saves from a file the player picked; returns what happened, in words. */
  async importFile(file: File): Promise<string> {
    return this.library().importSaveFile(this.store(), this.storyId, file);
  }
}
