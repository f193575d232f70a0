import { LitElement, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import type { PlaythroughData, View } from '../../engine/playthrough.ts';
import type { ChoiceView } from '../../engine/story-session.ts';
import type { EndingTag, GlobalTags } from '../../engine/tags.ts';
import type { StoryAnalysis } from '../../branches/coverage.ts';
import type { BranchTab } from '../branch-views/branch-panel.ts';
import { GameController, type Notice } from '../../game/game-controller.ts';
import { InkViewEvent, type RewindEvent } from '../events.ts';
import { applyTheme, storedTheme, THEMES, type Theme } from '../theme.ts';
import { playerStyles } from './ink-player.styles.ts';
import { inlineMarkup, preloadMarkup } from './inline-markup.ts';
import type { Chapter } from './reading-layout.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { chapterKey, StoryColumn } from './story-column.ts';
import {
  FIRST_ORDER_ATTRIBUTE,
  FIRST_SCREEN_ATTRIBUTE,
  type FirstScreenState,
} from './first-screen.ts';
import type { RestoredGame } from './save-controller.ts';
import { visuallyHidden } from '../../styles/shared-styles.ts';

export type { Notice };

const MARKS_KEY = 'stavka:marks';

/** Whether the player has hidden the marks on orders already taken. */
function storedMarksHidden(): boolean {
  try {
    return localStorage.getItem(MARKS_KEY) === 'hidden';
  } catch {
    return false;
  }
}

const THEME_LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Accepts same-origin or relative image paths only; anything else is not shown. */
export function resolveAsset(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === new URL(base).origin ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Plays any compiled ink story: text as whole paragraphs, choices as buttons (keys 1-9),
 * history with rewind, autosave and save slots, light and dark themes.
 *
 * @summary An ink story player with saved state.
 * @event ink-view - The page shows a new moment of the run (`InkViewEvent`), sent once the
 *   frame that shows it has been painted.
 * @slot aside - Campaign panels shown beside the story (stats, map).
 * @slot above - Shown between the header and the story (timeline).
 * @csspart header - The title bar.
 * @csspart story - The story text.
 * @csspart choices - The list of choices.
 */
export class InkPlayer extends LitElement {
  static override styles = [playerStyles, visuallyHidden];

  // Declared without decorators, so that the decorators' code is not on the first screen.
  static override properties = {
    storyJson: { attribute: false },
    storyId: { attribute: 'story-id' },
    storyHash: { attribute: 'story-hash' },
    assetBase: { attribute: 'asset-base' },
    storyName: { attribute: 'story-name' },
    endings: { attribute: false },
    loadAnalysis: { attribute: false },
    _announce: { state: true },
    _marksHidden: { state: true },
    _theme: { state: true },
    _savesLoaded: { state: true },
    _missingImages: { state: true },
    _branchesLoaded: { state: true },
    _historyOpen: { state: true },
    _howToPlay: { state: true },
  };

  /** The compiled story JSON to play. */
  storyJson: string | null = null;
  /** Names this story's saves, so two stories on one origin never mix. */
  storyId = 'story';
  /** A hash of the compiled story; a save made under another hash is replayed from its log. */
  storyHash = '';
  /** Where `# image:` paths are resolved from. */
  assetBase = document.baseURI;
  /** The title shown when the story declares none (`# title:`), e.g. from its file name. */
  storyName: string | null = null;

  /** The endings the story declares (from the build), for "N of M endings found". */
  endings: readonly EndingTag[] = [];
  /** Loads the story's build-time analysis for the branch views (null when it has none). */
  loadAnalysis: (() => Promise<StoryAnalysis | null>) | null = null;

  private _announce = '';
  private _marksHidden = storedMarksHidden();
  private _theme: Theme = storedTheme();
  /** The save menu is a chunk of its own, loaded the first time it is opened. */
  private _savesLoaded = false;
  /** Pictures that failed to load: shown as a quiet placeholder, not a broken image. */
  private _missingImages: ReadonlySet<string> = new Set();
  /** So are the branch views. */
  private _branchesLoaded = false;

  /** The history list is filled only while its dialog is open (it never costs a click). */
  private _historyOpen = false;
  /** The guide's text: a chunk of its own, loaded the first time it is opened. */
  private _howToPlay: typeof import('./how-to-play.ts').renderHowToPlay | null = null;

  private get _storyEl(): HTMLElement {
    return this.storyColumn.element;
  }
  private get _historyDialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog.history')!;
  }
  private get _helpDialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog.help')!;
  }

  /** The game this element shows: playthrough, runs, saves. */
  readonly game = new GameController(this);
  private focusNew = false;
  /**
   * The first screen written into the page (first-screen.ts) is in the shadow root: it stands
   * for the game until the game is on screen. Known once, so no update has to look for it.
   */
  private firstScreen = false;
  /** The `ink-view` event of the moment being shown, sent once its frame is painted. */
  private shownEvent: InkViewEvent | null = null;
  /** A resumed game scrolls to its newest text once it is on screen. */
  private scrollToNewest = false;
  /** Chapters before the current one that the reader opened, by their first paragraph. */
  private openedChapters = new WeakSet<object>();
  /** The story text (story-column.ts). */
  private readonly storyColumn = new StoryColumn({
    resolve: (src) => resolveAsset(src, this.assetBase),
    isMissing: (src) => this._missingImages.has(src),
    onMissing: (src) => this.handleMissingImage(src),
    onMarkupReady: () => this.markupLoaded(),
    isOpened: (chapter) => {
      const key = chapterKey(chapter);
      return key !== null && this.openedChapters.has(key);
    },
    onToggle: (chapter, open) => this.toggleChapter(chapter, open),
  });
  /** Counts the views shown, so a deferred focus or scroll for an older one is dropped. */
  private shown = 0;

  constructor() {
    super();
    new KeyboardController(
      this,
      () => this.game.view?.choices.length ?? 0,
      (index) => this.handleChoose(index),
    );
    applyTheme(this._theme);
  }

  /** The moment on screen now (for the shell and for tests). */
  get view(): View | null {
    return this.game.view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storyJson') && this.storyJson) {
      const json = this.storyJson;
      void this.game.begin(json, this.storyId, this.storyHash);
      requestAnimationFrame(() => setTimeout(() => preloadMarkup(json)));
    }
  }

  /**
   * Lit renders before whatever the shadow root already held: that is the first screen written
   * into the page, which goes when the player takes over, so the player renders after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const isFirstScreen = (node: Node) =>
      node instanceof Element && node.hasAttribute(FIRST_SCREEN_ATTRIBUTE);
    const before = this.renderOptions.renderBefore;
    if (before && isFirstScreen(before)) {
      this.firstScreen = true;
      this.renderOptions.renderBefore = [...root.childNodes].find((n) => !isFirstScreen(n)) ?? null;
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The player puts a resumed game at its newest text itself; the browser's guess comes first
    // and lands wherever the old page happened to be.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    // A first screen the page hid (a returning player, another story) goes at once.
    if (!window.stavkaFirstScreen?.shown) this.dropFirstScreen();
  }

  /** Whether the first screen stands until the game is on screen (rendering nothing till then). */
  private holdsFirstScreen(): boolean {
    return this.firstScreen && !this.game.view && !this.game.error;
  }

  private dropFirstScreen(): void {
    for (const node of this.renderRoot.querySelectorAll(`[${FIRST_SCREEN_ATTRIBUTE}]`)) {
      node.remove();
    }
    this.firstScreen = false;
    if (window.stavkaFirstScreen) window.stavkaFirstScreen.done = true;
  }

  /**
   * The game is on screen, drawn after the first screen in the same frame: the first screen goes,
   * focus stays on the order it was on, and an order given on it is taken.
   */
  private takeOverFirstScreen(): void {
    const focused =
      (this.renderRoot as ShadowRoot).activeElement?.getAttribute(FIRST_ORDER_ATTRIBUTE) ?? null;
    this.dropFirstScreen();
    if (focused !== null) {
      this.renderRoot.querySelectorAll<HTMLElement>('.choice')[Number(focused)]?.focus();
    }
    const order = window.stavkaFirstScreen?.order ?? null;
    if (order !== null && this.game.view?.history.length === 0) {
      queueMicrotask(() => this.handleChoose(order));
    }
  }

  protected override updated(): void {
    if (this.firstScreen && (this.game.view || this.game.error)) this.takeOverFirstScreen();
    const view = this.game.view;
    const shownEvent = this.shownEvent;
    if (!view || !shownEvent) return;
    const focus = this.focusNew;
    const scroll = this.scrollToNewest;
    this.shownEvent = null;
    this.focusNew = false;
    this.scrollToNewest = false;
    // Once the frame with the new moment is painted: first the focus, which measures the page
    // while its layout is still the painted one, then the page is told, so that the panels
    // around the story (war room, timeline) are drawn after the story, never before it.
    this.afterPaint(() => {
      if (focus) this.focusNewText(view);
      if (scroll) this.showNewestText();
      this.dispatchEvent(shownEvent);
    });
  }

  /**
   * Runs `step` once the frame with the new moment has been painted, unless another moment was
   * shown meanwhile: focusing or scrolling forces a layout, which must not hold up the paint.
   */
  private afterPaint(step: () => void): void {
    const shown = this.shown;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (shown === this.shown) step();
      }),
    );
  }

  /**
   * Focus goes to the first new paragraph (or the first order), brought into view if needed.
   * Where it stands is read while the painted layout is still valid, before the focus changes
   * any style, and the page scrolls only when it must: a plain focus() would lay the page out
   * again at once to scroll, holding up the next frame.
   */
  private focusNewText(view: View): void {
    const first = this._storyEl.querySelector<HTMLElement>(`[data-at="${view.newFrom}"]`);
    const target = first ?? this.renderRoot.querySelector<HTMLElement>('.choice');
    if (!target) return;
    const box = target.getBoundingClientRect();
    const visible = box.top >= 0 && box.top < window.innerHeight;
    target.focus({ preventScroll: true });
    if (!visible) target.scrollIntoView({ block: 'nearest' });
  }

  /** Scrolls the page so the latest order and the text after it are what the reader sees. */
  private showNewestText(): void {
    const orders = this._storyEl.querySelectorAll<HTMLElement>('.order');
    const latest = orders[orders.length - 1];
    latest?.scrollIntoView({ block: 'start' });
  }

  /**
   * The game shows a new moment: `fresh` text is focused and announced; the page is told
   * (`ink-view`) once the frame with it has been painted.
   */
  gameShown(view: View, story: GlobalTags, fresh: boolean): void {
    this.shown++;
    this.shownEvent = new InkViewEvent(view, story);
    if (!fresh && view.history.length > 0) this.scrollToNewest = true;
    if (fresh) {
      this.focusNew = true;
      this._announce = view.transcript
        .slice(view.newFrom)
        .map((p) => p.text)
        .filter(Boolean)
        .join(' ');
    }
  }

  private handleChoose(index: number): void {
    this.game.choose(index);
    if (this.game.view) this.playSounds(this.game.view);
    // An error shows beside the choices, where the player is, not at the top of a long page.
    if (this.game.error) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector('.error')?.scrollIntoView({ block: 'nearest' }),
      );
    }
  }

  /** Text with inline markup is rendered again, with its markup, once the sanitiser is there. */
  private readonly markupLoaded = () => this.requestUpdate();

  private handleMissingImage(src: string): void {
    this._missingImages = new Set([...this._missingImages, src]);
  }

  /** Inky's AUDIO (once) and AUDIOLOOP (until changed): played after the player's own click. */
  private playSounds(view: View): void {
    const audio = this.renderRoot.querySelector<HTMLAudioElement>('audio.loop');
    const loop = view.scene.audioLoop ? resolveAsset(view.scene.audioLoop, this.assetBase) : null;
    if (audio && loop && audio.src !== loop) {
      audio.src = loop;
      void audio.play().catch(() => undefined);
    } else if (audio && !loop && audio.src) {
      audio.pause();
      audio.removeAttribute('src');
    }
    for (const p of view.transcript.slice(view.newFrom)) {
      const once = p.meta.audio ? resolveAsset(p.meta.audio, this.assetBase) : null;
      if (once) void new Audio(once).play().catch(() => undefined);
    }
  }

  private handleRewind(event: RewindEvent): void {
    this._historyDialog?.close();
    this.game.rewindTo(event.at);
  }

  private async openHistory(): Promise<void> {
    await import('../history-panel/history-panel.ts');
    this._historyOpen = true;
    if (!this._historyDialog.open) this._historyDialog.showModal();
  }

  private async openHelp(): Promise<void> {
    this._howToPlay ??= (await import('./how-to-play.ts')).renderHowToPlay;
    await this.updateComplete;
    if (!this._helpDialog.open) this._helpDialog.showModal();
  }

  private toggleChapter(chapter: Chapter, open: boolean): void {
    const key = chapterKey(chapter);
    if (!key) return;
    if (open) this.openedChapters.add(key);
    else this.openedChapters.delete(key);
    this.requestUpdate();
  }

  private async handleSaves(): Promise<void> {
    await import('../save-menu/save-menu.ts');
    this._savesLoaded = true;
    await this.updateComplete;
    await this.renderRoot.querySelector('save-menu')?.show();
  }

  private handlePlayAgain(): void {
    this.game.playAgain();
  }

  /** Opens the branch views (a chunk of their own, loaded the first time) on `tab`. */
  async openBranches(tab: BranchTab = 'map'): Promise<void> {
    const [, { provideGame }] = await Promise.all([
      import('../branch-views/branch-panel.ts'),
      import('../../game/context.ts'),
    ]);
    // The branch views read the game as a context, provided with them.
    provideGame(this, this.game);
    this._branchesLoaded = true;
    await this.updateComplete;
    await this.renderRoot.querySelector('branch-panel')?.show(tab);
  }

  private async handleShare(): Promise<void> {
    const run = this.game.currentRunRecord();
    await this.openBranches('runs');
    if (run) await this.renderRoot.querySelector('branch-panel')?.share(run.id);
  }

  private toggleMarks(): void {
    this._marksHidden = !this._marksHidden;
    try {
      localStorage.setItem(MARKS_KEY, this._marksHidden ? 'hidden' : 'shown');
    } catch {
      // Storage blocked: the setting lasts for this page.
    }
  }

  /** Loads a game the save menu handed over (a slot or an imported save). */
  loadGame(game: RestoredGame): void {
    this.game.loadGame(game);
  }

  /** Resolves when every save and run write asked for so far is done (or has failed). */
  saveSettled(): Promise<void> {
    return this.game.settled();
  }

  /** The run as plain data, for the save menu. */
  currentData(): PlaythroughData | null {
    return this.game.currentData();
  }

  addNotice(tone: Notice['tone'], text: string): void {
    this.game.addNotice(tone, text);
  }

  private dismiss(id: string): void {
    this.game.dismiss(id);
  }

  /**
   * Notices stand under the newest text, just above the orders, where the player is looking; the
   * two regions are always in the page so that screen readers announce what is added to them
   * (warnings at once, the rest when the reader pauses).
   */
  private renderNotices() {
    const error = this.game.error;
    const notices = this.game.notices;
    const notice = (n: Notice) =>
      html`<div class="notice ${n.tone}">
        <p>${n.text}</p>
        <button type="button" aria-label="Dismiss" @click=${() => this.dismiss(n.id)}>×</button>
      </div>`;
    return html`<div class="notices ${error || notices.length > 0 ? 'some' : ''}">
      <div class="notice-list" role="alert">
        ${notices.filter((n) => n.tone === 'warn').map(notice)}
      </div>
      <div class="notice-list" role="status">
        ${notices.filter((n) => n.tone !== 'warn').map(notice)}
      </div>
    </div>`;
  }

  /** Inky's BACKGROUND: a picture behind the story text (same-origin paths only). */
  private backgroundStyle(view: View | null): string {
    const src = view?.scene.background ? resolveAsset(view.scene.background, this.assetBase) : null;
    return src ? `--story-background: url(${JSON.stringify(src)})` : '';
  }

  private cycleTheme(): void {
    const next = THEMES[(THEMES.indexOf(this._theme) + 1) % THEMES.length] ?? 'system';
    this._theme = next;
    applyTheme(next);
  }

  /** The quiet note under an order: where other runs that took it went; history's order. */
  private renderMark(choice: ChoiceView, mark: string | null, endingsKnown: boolean) {
    if (this._marksHidden) return nothing;
    const parts = [];
    if (mark) parts.push(mark);
    if (choice.meta.history && endingsKnown) parts.push('the order history took');
    return parts.length > 0
      ? html`<span class="mark" .textContent=${parts.join(' · ')}></span>`
      : nothing;
  }

  private renderEnding(view: View) {
    const ending = view.scene.ending;
    const found = this.game.endings();
    const total = this.endings.length;
    const counted = total > 0 ? `${found.size} of ${total} endings found` : `${found.size} found`;
    const titles = [...found.values()].map((f) => f.ending.title);
    return html`<section class="ending" aria-labelledby="ending-title">
      <p
        class="label"
        .textContent=${`The end${ending ? '' : ' (this story marks no ending)'}`}
      ></p>
      <h2 id="ending-title" .textContent=${ending?.title ?? 'The story is over'}></h2>
      ${
        found.size > 0
          ? html`<p class="endings-found">
              <strong .textContent=${counted}></strong
              >${titles.length > 0 ? `: ${titles.join(', ')}` : ''}
            </p>`
          : nothing
      }
      <div class="ending-actions">
        <button type="button" @click=${() => this.openBranches('map')}>
          Go back to a decision
        </button>
        <button type="button" @click=${this.handlePlayAgain}>Play again from the start</button>
        ${
          (this.game.book?.tree.runs.length ?? 0) > 1
            ? html`<button type="button" @click=${() => this.openBranches('compare')}>
                Compare with another run
              </button>`
            : nothing
        }
        <button type="button" @click=${this.handleShare}>Share this run</button>
      </div>
      <p class="ending-note">Neither loses this run: every road you take is kept.</p>
      <slot name="ending"></slot>
    </section>`;
  }

  override render() {
    if (this.holdsFirstScreen()) return nothing;
    const view = this.game.view;
    const story = this.game.story;
    const error = this.game.error;
    const marks = this.game.marks();
    const endingsKnown = this.game.endings().size > 0;
    const title = story?.title ?? this.storyName ?? 'Untitled story';
    const where = view ? [view.scene.chapter, view.scene.date].filter(Boolean).join(' · ') : '';
    return html`
      <header part="header">
        <div>
          <h1 .textContent=${title}></h1>
          ${where ? html`<p class="where" .textContent=${where}></p>` : nothing}
        </div>
        <p class="save-state" aria-live="polite" .textContent=${this.game.saves.statusText}></p>
        <nav class="tools" aria-label="Game">
          <button class="tool" type="button" @click=${this.openHelp}>How to play</button>
          <button
            class="tool"
            type="button"
            @click=${this.openHistory}
            .textContent=${`History (${view?.history.length ?? 0})`}
          ></button>
          <button class="tool" type="button" @click=${() => this.openBranches('map')}>
            Branches
          </button>
          <button class="tool" type="button" @click=${this.handleSaves}>Saves</button>
          <button
            class="tool"
            type="button"
            aria-label=${`Theme: ${THEME_LABEL[this._theme]}. Change theme`}
            @click=${this.cycleTheme}
            .textContent=${`Theme: ${THEME_LABEL[this._theme]}`}
          ></button>
        </nav>
      </header>
      <div class="above ${story?.timeline ? 'reserved' : ''}"><slot name="above"></slot></div>
      <div class="layout">
        <main class="main">
          <audio class="loop" loop hidden></audio>
          ${this.storyColumn.update(view, this.backgroundStyle(view))}
          <div
            class="visually-hidden"
            aria-live="polite"
            aria-atomic="true"
            .textContent=${this._announce}
          ></div>
          ${this.renderNotices()}
          ${error ? html`<div class="notice warn error" role="alert"><p>${error}</p></div>` : nothing}
          ${
            view && view.choices.length > 0
              ? html`<section class="choices" part="choices" aria-labelledby="choices-title">
                  <div class="choices-head">
                    <h2 id="choices-title" .textContent=${story?.choicesHeading ?? 'Choices'}></h2>
                    ${
                      marks.some(Boolean) || endingsKnown
                        ? html`<button
                            class="marks-toggle"
                            type="button"
                            aria-pressed=${this._marksHidden ? 'false' : 'true'}
                            @click=${this.toggleMarks}
                          >
                            ${this._marksHidden ? 'Show where orders led' : 'Hide where orders led'}
                          </button>`
                        : nothing
                    }
                  </div>
                  <ol>
                    ${view.choices.map(
                      (c, i) =>
                        html`<li>
                          <button
                            class="choice ${c.meta.classes.join(' ')}"
                            type="button"
                            ?disabled=${error !== null}
                            @click=${() => this.handleChoose(i)}
                          >
                            <span class="key" aria-hidden="true">${i < 9 ? i + 1 : ''}</span>
                            <span class="text">${inlineMarkup(c.text, this.markupLoaded)}</span>
                            ${this.renderMark(c, marks[i] ?? null, endingsKnown)}
                          </button>
                        </li>`,
                    )}
                  </ol>
                </section>`
              : nothing
          }
          ${view?.ended ? this.renderEnding(view) : nothing}
        </main>
        <aside
          class="aside ${story && story.stats.length > 0 ? 'reserved' : ''}"
          aria-label="War room"
        >
          <slot name="aside"></slot>
        </aside>
      </div>
      ${
        this._savesLoaded
          ? html`<save-menu
              .storyId=${this.storyId}
              .controller=${this.game.saves}
              @game-load=${(e: CustomEvent<RestoredGame>) => this.loadGame(e.detail)}
            ></save-menu>`
          : nothing
      }
      ${
        this._branchesLoaded
          ? html`<branch-panel
              .endings=${this.endings}
              .loadAnalysis=${this.loadAnalysis}
            ></branch-panel>`
          : nothing
      }
      <dialog
        class="history"
        aria-labelledby="history-title"
        @close=${() => (this._historyOpen = false)}
      >
        <header>
          <h2 id="history-title">Decisions in this run</h2>
          <button type="button" @click=${() => this._historyDialog?.close()}>Close</button>
        </header>
        <history-panel
          .entries=${this._historyOpen ? (view?.history ?? []) : []}
          @history-rewind=${this.handleRewind}
        ></history-panel>
      </dialog>
      <dialog class="help" aria-labelledby="help-title">
        ${this._howToPlay?.(() => this._helpDialog?.close()) ?? nothing}
      </dialog>
    `;
  }
}

customElements.define('ink-player', InkPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'ink-player': InkPlayer;
  }
  interface Window {
    /** Left by the page's first script when the page was built with a first screen. */
    stavkaFirstScreen?: FirstScreenState;
  }
}
