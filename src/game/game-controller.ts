/**
 * The game: the playthrough on screen, the tree of every run of this story, the saves, and the
 * policy that ties them (resume, replay a changed story, rewind, play again, restore any
 * moment). Elements render what it holds and call its methods; none of them decides.
 */
import type { ReactiveController } from 'lit';
import type { NodeBody, Run } from '../branches/run-tree.ts';
import { Playthrough, type PlaythroughData, type View } from '../engine/playthrough.ts';
import { replayLog, type Divergence } from '../engine/replay.ts';
import type { ReplayStep } from '../engine/story-session.ts';
import type { GlobalTags } from '../engine/tags.ts';
import {
  SaveController,
  SaveStatus,
  afterPaint,
  hasAutosaveHint,
  type RestoredGame,
  type SaveHost,
} from '../components/ink-player/save-controller.ts';
import type { RunBook } from './run-book.ts';

/** A message shown to the player: what happened to their progress, and why. */
export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warn';
  readonly text: string;
}

/** What the host element must offer: an element that renders the game. */
export interface GameHost extends SaveHost {
  /** Called after the game shows a new moment; `fresh` when its text just appeared. */
  gameShown(view: View, story: GlobalTags, fresh: boolean): void;
}

/**
 * The idle time a step of reading ahead asks for: one order of the campaign takes 3–5 ms to
 * run, and a step begun with less time left before the next frame would hold that frame up.
 */
const READ_AHEAD_IDLE_MS = 10;

export class GameController implements ReactiveController {
  readonly saves: SaveController;
  view: View | null = null;
  story: GlobalTags | null = null;
  notices: Notice[] = [];
  error: string | null = null;
  /** Every run of this story (null until the saves are open). */
  book: RunBook | null = null;
  storyId = 'story';
  storyHash = '';

  private playthrough: Playthrough | null = null;
  private json = '';
  private writing: Promise<void> = Promise.resolve();
  private writeQueued = false;
  private listeners = new Set<() => void>();
  private markReady: () => void = () => undefined;
  /** Resolves once the game is on screen and its runs are open. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(private readonly host: GameHost) {
    host.addController(this);
    this.saves = new SaveController(host);
  }

  hostConnected(): void {}

  /** Called with no argument whenever anything the views show has changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.host.requestUpdate();
    for (const listener of this.listeners) listener();
  }

  // -- starting ---------------------------------------------------------------------------------

  /** Loads the story and continues the saved game, or starts a new one. */
  async begin(json: string, storyId: string, storyHash: string): Promise<void> {
    this.storyId = storyId;
    this.storyHash = storyHash;
    this.json = json;
    try {
      this.playthrough = new Playthrough(json, {
        onWarning: (w) => this.addNotice('warn', `The story reported a problem: ${w.message}`),
      });
      this.story = this.playthrough.session.globals;
      this.error = null;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.changed();
      this.markReady();
      return;
    }
    try {
      // A new player sees the story at once and saves open after the first frame is painted;
      // a returning player waits for the autosave, so the start never flashes by before it.
      if (!hasAutosaveHint(storyId)) {
        this.show(this.playthrough.start(), false);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      }
      const restored = await this.saves.open(storyId, storyHash);
      const untouched = !this.view || this.view.history.length === 0;
      if ((restored && untouched) || !this.view) {
        this.show(this.resume(restored), false);
      }
    } catch (error) {
      // A story that cannot even start (an EXTERNAL nothing provides) says why: no blank page.
      this.error = error instanceof Error ? error.message : String(error);
      this.changed();
      this.markReady();
      return;
    }
    // The tree of runs opens after the game is on screen; the moment shown then joins it.
    await this.openRuns();
    this.adopt();
    this.markReady();
  }

  /** Opens the tree of runs kept beside the saves, and matches it to this build of the story. */
  private async openRuns(): Promise<void> {
    const { RunBook } = await import('./run-book.ts');
    const store = this.saves.runStore();
    const book = new RunBook(this.json, this.storyHash, store);
    try {
      for (const warning of await book.open()) this.addNotice('warn', warning);
    } catch (error) {
      this.addNotice(
        'warn',
        `Your earlier runs could not be opened (${error instanceof Error ? error.message : String(error)}). This run is kept in memory.`,
      );
    }
    this.book = book;
  }

  /** Rebuilds a restored game, replaying its log if the story changed since it was saved. */
  private resume(restored: RestoredGame | null): View {
    const playthrough = this.playthrough!;
    if (!restored) return playthrough.start();
    if (restored.storyHash === this.storyHash) {
      try {
        return playthrough.load(restored.data);
      } catch {
        // The state no longer fits: fall back to replaying the log below.
      }
    }
    return this.replay(restored.log, restored.label);
  }

  /** Replays a log under the current story, telling the player where it stopped fitting. */
  private replay(log: readonly ReplayStep[], label: string): View {
    const result = replayLog(this.playthrough!, log);
    if (result.divergence) this.reportDivergence(result.divergence, label, log.length);
    else if (log.length > 0) {
      this.addNotice(
        'info',
        `The story has changed since ${label} was saved; all ${log.length} orders were replayed under the new version.`,
      );
    }
    return result.view;
  }

  private reportDivergence(d: Divergence, label: string, total: number): void {
    const where = d.decision ? `at decision “${d.decision}”` : `at step ${d.step + 1}`;
    const what = d.storyEnded
      ? `the story now ends before it, so the order “${d.missing}” could not be replayed`
      : `the order “${d.missing}” is no longer offered (now: ${d.offered.map((o) => `“${o}”`).join(', ')})`;
    this.addNotice(
      'warn',
      `The story has changed since ${label} was saved. ${d.step} of ${total} orders were replayed; ${where} ${what}. You can play on from here; the original save is kept.`,
    );
  }

  // -- the player's actions ---------------------------------------------------------------------

  /** Takes choice `index` of the moment on screen. */
  choose(index: number): void {
    const playthrough = this.playthrough;
    if (!playthrough || !this.view || index >= this.view.choices.length) return;
    if (this.error) return; // the story stopped at an error: its choices can no longer be taken
    try {
      const view = playthrough.choose(index);
      this.error = null;
      if (view.restart) {
        // Inky's RESTART: the story asks to begin again from the top.
        this.leave();
        const start = playthrough.restart();
        this.book?.trackStart(start);
        this.show(start, true);
      } else {
        this.book?.trackMove(view);
        this.show(view, true);
      }
      this.saved();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.changed();
    }
  }

  /** Goes back to just before decision `at` of this run; the road after it stays in the tree. */
  rewindTo(at: number): void {
    const playthrough = this.playthrough;
    const view = this.view;
    if (!playthrough || !view) return;
    const target = this.book?.idsAlong(view.log)[at];
    this.leave();
    const back = playthrough.rewindTo(at);
    if (target) this.book?.moveTo(target);
    this.show(back, true);
    this.saved();
  }

  /** Starts the story again from the top; every run stays in the tree. */
  playAgain(): void {
    const playthrough = this.playthrough;
    if (!playthrough) return;
    this.leave();
    const start = playthrough.restart();
    this.book?.trackStart(start);
    this.show(start, true);
    this.saved();
  }

  /** Loads a game the save menu handed over (a slot or an imported save). */
  loadGame(game: RestoredGame): void {
    if (!this.playthrough) return;
    this.leave();
    this.show(this.resume(game), true);
    this.adopt();
    this.saved();
  }

  /**
   * Restores any moment of the tree, ready for another order: the text, stats and scene as they
   * were. From the moments' stored states where they fit this build of the story, else by
   * replaying the orders that reach it.
   */
  async restoreNode(id: string): Promise<boolean> {
    const playthrough = this.playthrough;
    const book = this.book;
    const view = this.view;
    if (!playthrough || !book || !view || !book.tree.nodes[id]) return false;
    const way = book.idsAlong(view.log);
    const at = way.indexOf(id);
    if (at === way.length - 1) return true;
    if (at >= 0) {
      this.rewindTo(at);
      return true;
    }
    this.leave();
    const data = await book.dataAt(id);
    let shown: View;
    if (data) shown = playthrough.load(data);
    else {
      const log = book.logTo(id);
      const result = replayLog(playthrough, log);
      if (result.divergence) this.reportDivergence(result.divergence, 'this run', log.length);
      shown = result.view;
    }
    this.show(shown, true);
    this.adopt();
    this.saved();
    return true;
  }

  /**
   * Opens a shared run (a `?run=` link): replays its orders as a branch of this player's tree,
   * as far as they fit this build of the story, and says what happened. A damaged or foreign
   * link changes nothing.
   */
  async openShared(code: string): Promise<void> {
    await this.ready;
    const playthrough = this.playthrough;
    if (!playthrough) return;
    const { replayShared } = await import('./shared-run.ts');
    const replay = replayShared(playthrough, code, this.storyHash, () => this.leave());
    if ('refused' in replay) {
      this.addNotice('warn', replay.refused);
      return;
    }
    this.show(replay.view, true);
    this.adopt();
    this.saved();
    const { tone, text } = replay.notice(this.book?.currentRun()?.name ?? 'a run');
    this.addNotice(tone, text);
  }

  renameRun(id: string, name: string): void {
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, 80);
    if (!clean || !this.book) return;
    this.book.rename(id, clean);
    this.scheduleTreeWrite();
    this.changed();
  }

  /** Deletes a run (the player has confirmed); the moments other runs share stay. */
  async deleteRun(id: string): Promise<boolean> {
    const done =
      (await this.book?.delete(id).catch((error: unknown) => {
        this.saves.reportFailure(error);
        return false;
      })) ?? false;
    this.scheduleTreeWrite();
    this.changed();
    return done;
  }

  addNotice(tone: Notice['tone'], text: string): void {
    const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    this.notices = [...this.notices.filter((n) => n.text !== text), { id, tone, text }];
    this.changed();
  }

  dismiss(id: string): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.changed();
  }

  // -- what the views read ----------------------------------------------------------------------

  /** The marks for the orders on offer now, in words (none until the runs are open). */
  marks(): (string | null)[] {
    return this.view && this.book ? this.book.markTexts(this.view) : [];
  }

  /** The endings the runs have reached (each with the first run that did). */
  endings() {
    return this.book?.endings() ?? new Map();
  }

  currentRunRecord(): Run | undefined {
    return this.book?.currentRun();
  }

  /** A moment's text and state (from this page, else from storage). */
  async body(id: string): Promise<NodeBody | null> {
    return (await this.book?.body(id)) ?? null;
  }

  /** The run as plain data, for the save menu. */
  currentData(): PlaythroughData | null {
    return this.playthrough?.data() ?? null;
  }

  /** Resolves when every write asked for so far is done. */
  async settled(): Promise<void> {
    // Writes asked for before the saves opened wait for them.
    await this.ready;
    await this.saves.settled();
    await this.writing;
  }

  // -- the tree ---------------------------------------------------------------------------------

  /** The run as plain data, read when an autosave is written. */
  private readonly currentRun = () => this.playthrough!.data();

  private show(view: View, fresh: boolean): void {
    this.view = view;
    this.error = null; // a moment the story reached (a rewind, a load) plays on
    this.changed();
    if (this.story) this.host.gameShown(view, this.story, fresh);
    void this.readAhead(view);
  }

  /**
   * While the reader reads the moment on screen, where each of its orders leads is worked out,
   * one order an idle moment (after its frame is painted, after anything else waiting), so that
   * the order taken shows without the story running on the click's path.
   */
  private async readAhead(view: View): Promise<void> {
    for (let next = 0; next < view.choices.length; next++) {
      await afterPaint(READ_AHEAD_IDLE_MS);
      const playthrough = this.playthrough;
      if (this.view !== view || !playthrough || this.error) return;
      playthrough.readAhead(next);
    }
  }

  /** After a move: the autosave and the tree are written once the frame is painted. */
  private saved(): void {
    this.saves.autosave(this.currentRun);
    this.scheduleTreeWrite();
  }

  /** Before the player leaves the moment on screen, its state is taken for the tree. */
  private leave(): void {
    if (this.playthrough) this.book?.keepPending(this.playthrough.session);
  }

  /** The moment on screen joins the tree, with the way to it. */
  private adopt(): void {
    const view = this.view;
    if (!view || !this.book || !this.playthrough) return;
    this.book.adopt(view, this.playthrough.data());
    this.scheduleTreeWrite();
    this.changed();
  }

  /** Writes the new moments and runs once the frame is painted (never on the click's path). */
  private scheduleTreeWrite(): void {
    if (this.writeQueued || !this.book) return;
    this.writeQueued = true;
    this.writing = this.writing
      .then(() => afterPaint())
      .then(async () => {
        this.writeQueued = false;
        const book = this.book;
        if (!book || !this.playthrough || this.saves.status === SaveStatus.Conflict) return;
        try {
          await book.write(this.playthrough.session);
        } catch (error) {
          this.saves.reportFailure(error);
        }
      });
  }
}
