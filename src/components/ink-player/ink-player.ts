import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Playthrough, type View } from '../../engine/playthrough.ts';
import { replayLog, type Divergence } from '../../engine/replay.ts';
import type { Paragraph, ReplayStep } from '../../engine/story-session.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { InkViewEvent, type RewindEvent } from '../events.ts';
import '../history-panel/history-panel.ts';
import { applyTheme, storedTheme, THEMES, type Theme } from '../theme.ts';
import { playerStyles } from './ink-player.styles.ts';
import { KeyboardController } from './keyboard-controller.ts';
import { hasAutosaveHint, SaveController, type RestoredGame } from './save-controller.ts';
import { visuallyHidden } from '../../styles/shared-styles.ts';

/** A message shown above the story: what happened to the player's progress, and why. */
export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warn';
  readonly text: string;
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
 * @event ink-view - The page shows a new moment of the run (`InkViewEvent`).
 * @slot aside - Campaign panels shown beside the story (stats, map).
 * @slot above - Shown between the header and the story (timeline).
 * @csspart header - The title bar.
 * @csspart story - The story text.
 * @csspart choices - The list of choices.
 */
@customElement('ink-player')
export class InkPlayer extends LitElement {
  static override styles = [playerStyles, visuallyHidden];

  /** The compiled story JSON to play. */
  @property({ attribute: false }) storyJson: string | null = null;
  /** Names this story's saves, so two stories on one origin never mix. */
  @property({ attribute: 'story-id' }) storyId = 'story';
  /** A hash of the compiled story; a save made under another hash is replayed from its log. */
  @property({ attribute: 'story-hash' }) storyHash = '';
  /** Where `# image:` paths are resolved from. */
  @property({ attribute: 'asset-base' }) assetBase = document.baseURI;

  @state() private _view: View | null = null;
  @state() private _story: GlobalTags | null = null;
  @state() private _notices: Notice[] = [];
  @state() private _error: string | null = null;
  @state() private _announce = '';
  @state() private _theme: Theme = storedTheme();
  /** The save menu is a chunk of its own, loaded the first time it is opened. */
  @state() private _savesLoaded = false;

  @query('.story') private _storyEl!: HTMLElement;
  @query('dialog.history') private _historyDialog!: HTMLDialogElement;

  private playthrough: Playthrough | null = null;
  private focusNew = false;
  private readonly saves = new SaveController(this);

  constructor() {
    super();
    new KeyboardController(
      this,
      () => this._view?.choices.length ?? 0,
      (index) => this.handleChoose(index),
    );
    applyTheme(this._theme);
  }

  /** The moment on screen now (for the shell and for tests). */
  get view(): View | null {
    return this._view;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storyJson') && this.storyJson) void this.begin(this.storyJson);
  }

  protected override updated(): void {
    if (!this.focusNew || !this._view) return;
    this.focusNew = false;
    const first = this._storyEl?.querySelector<HTMLElement>(`[data-at="${this._view.newFrom}"]`);
    const target = first ?? this.renderRoot.querySelector<HTMLElement>('.choice');
    target?.focus({ preventScroll: false });
  }

  /** Loads the story and continues the saved game, or starts a new one. */
  private async begin(json: string): Promise<void> {
    try {
      this.playthrough = new Playthrough(json, {
        onWarning: (w) => this.addNotice('warn', `The story reported a problem: ${w.message}`),
      });
      this._story = this.playthrough.session.globals;
      this._error = null;
    } catch (error) {
      this._error = error instanceof Error ? error.message : String(error);
      return;
    }
    // A new player sees the story at once and saves open after the first frame is painted;
    // a returning player waits for the autosave, so the start never flashes by before it.
    if (!hasAutosaveHint(this.storyId)) {
      this.show(this.playthrough.start(), false);
      await this.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
    const restored = await this.saves.open(this.storyId, this.storyHash);
    const untouched = !this._view || this._view.history.length === 0;
    if ((restored && untouched) || !this._view) this.show(this.resume(restored), false);
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

  /** Shows a view and tells the shell. `fresh` marks text that just appeared (focus, announce). */
  private show(view: View, fresh: boolean): void {
    this._view = view;
    if (fresh) {
      this.focusNew = true;
      this._announce = view.transcript
        .slice(view.newFrom)
        .map((p) => p.text)
        .filter(Boolean)
        .join(' ');
    }
    if (this._story) this.dispatchEvent(new InkViewEvent(view, this._story));
  }

  private handleChoose(index: number): void {
    if (!this.playthrough || !this._view || index >= this._view.choices.length) return;
    try {
      const view = this.playthrough.choose(index);
      // Inky's RESTART: the story asks to begin again from the top.
      this.show(view.restart ? this.playthrough.restart() : view, true);
      this.saves.autosave(this.currentRun);
      this.playSounds(view);
    } catch (error) {
      this._error = error instanceof Error ? error.message : String(error);
    }
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
    if (!this.playthrough) return;
    const view = this.playthrough.rewindTo(event.at);
    this._historyDialog?.close();
    this.show(view, true);
    this.saves.autosave(this.currentRun);
  }

  private async handleSaves(): Promise<void> {
    await import('../save-menu/save-menu.ts');
    this._savesLoaded = true;
    await this.updateComplete;
    await this.renderRoot.querySelector('save-menu')?.show();
  }

  private handleRestart(): void {
    if (!this.playthrough) return;
    this.show(this.playthrough.restart(), true);
    this.saves.autosave(this.currentRun);
  }

  /** Loads a game the save menu handed over (a slot or an imported save). */
  loadGame(game: RestoredGame): void {
    if (!this.playthrough) return;
    this.show(this.resume(game), true);
    this.saves.autosave(this.currentRun);
  }

  /** Resolves when every autosave asked for so far has been written (or has failed). */
  saveSettled(): Promise<void> {
    return this.saves.settled();
  }

  /** The run as plain data, read when an autosave is written. */
  private readonly currentRun = () => this.playthrough!.data();

  /** The run as plain data, for the save menu. */
  currentData() {
    return this.playthrough?.data() ?? null;
  }

  addNotice(tone: Notice['tone'], text: string): void {
    const id = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    this._notices = [...this._notices.filter((n) => n.text !== text), { id, tone, text }];
  }

  private dismiss(id: string): void {
    this._notices = this._notices.filter((n) => n.id !== id);
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

  private renderParagraph(p: Paragraph, at: number, newFrom: number) {
    const cls = [...p.meta.classes, at >= newFrom ? 'new' : ''].join(' ');
    const parts = [];
    if (p.meta.chapter) {
      parts.push(
        html`<h2 class=${cls}>
          ${p.meta.chapter}${p.meta.date ? html`<span class="date">${p.meta.date}</span>` : nothing}
        </h2>`,
      );
    }
    if (p.text) {
      parts.push(html`<p class=${cls} data-at=${at} tabindex="-1">${p.text}</p>`);
    }
    const image = p.meta.image;
    const src = image ? resolveAsset(image.src, this.assetBase) : null;
    if (image && src) {
      parts.push(
        html`<figure class=${cls}>
          <img src=${src} alt=${image.caption ?? ''} loading="lazy" />
          ${image.caption ? html`<figcaption>${image.caption}</figcaption>` : nothing}
        </figure>`,
      );
    }
    return parts;
  }

  override render() {
    const view = this._view;
    const title = this._story?.title ?? 'Untitled story';
    const where = view ? [view.scene.chapter, view.scene.date].filter(Boolean).join(' · ') : '';
    const ending = view?.ended ? view.scene.ending : null;
    return html`
      <header part="header">
        <div>
          <h1>${title}</h1>
          ${where ? html`<p class="where">${where}</p>` : nothing}
        </div>
        <p class="save-state" aria-live="polite">${this.saves.statusText}</p>
        <nav class="tools" aria-label="Game">
          <button class="tool" type="button" @click=${() => this._historyDialog?.showModal()}>
            History (${view?.history.length ?? 0})
          </button>
          <button class="tool" type="button" @click=${this.handleSaves}>Saves</button>
          <button
            class="tool"
            type="button"
            aria-label=${`Theme: ${THEME_LABEL[this._theme]}. Change theme`}
            @click=${this.cycleTheme}
          >
            Theme: ${THEME_LABEL[this._theme]}
          </button>
        </nav>
      </header>
      <slot name="above"></slot>
      <div class="layout">
        <main class="main">
          <div
            class="notices ${this._error || this._notices.length > 0 ? 'some' : ''}"
            role="status"
          >
            ${
              this._error
                ? html`<div class="notice warn error" role="alert"><p>${this._error}</p></div>`
                : nothing
            }
            ${this._notices.map(
              (n) =>
                html`<div class="notice ${n.tone}">
                  <p>${n.text}</p>
                  <button type="button" aria-label="Dismiss" @click=${() => this.dismiss(n.id)}>
                    ×
                  </button>
                </div>`,
            )}
          </div>
          <audio class="loop" loop hidden></audio>
          <article
            class="story"
            part="story"
            aria-label="Story"
            style=${this.backgroundStyle(view)}
          >
            ${view?.transcript.map((p, at) => this.renderParagraph(p, at, view.newFrom))}
          </article>
          <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announce}</div>
          ${
            view && view.choices.length > 0
              ? html`<section class="choices" part="choices" aria-labelledby="choices-title">
                  <h2 id="choices-title">Your orders</h2>
                  <ol>
                    ${view.choices.map(
                      (c, i) =>
                        html`<li>
                          <button
                            class="choice ${c.meta.classes.join(' ')}"
                            type="button"
                            @click=${() => this.handleChoose(i)}
                          >
                            <span class="key" aria-hidden="true">${i < 9 ? i + 1 : ''}</span>
                            <span>${c.text}</span>
                          </button>
                        </li>`,
                    )}
                  </ol>
                </section>`
              : nothing
          }
          ${
            view?.ended
              ? html`<section class="ending" aria-labelledby="ending-title">
                  <p class="label">The end${ending ? '' : ' (this story marks no ending)'}</p>
                  <h2 id="ending-title">${ending?.title ?? 'The story is over'}</h2>
                  <slot name="ending"></slot>
                  <button type="button" @click=${this.handleRestart}>
                    Play again from the start
                  </button>
                </section>`
              : nothing
          }
        </main>
        <aside class="aside" aria-label="War room"><slot name="aside"></slot></aside>
      </div>
      ${
        this._savesLoaded
          ? html`<save-menu
              .storyId=${this.storyId}
              .controller=${this.saves}
              @game-load=${(e: CustomEvent<RestoredGame>) => this.loadGame(e.detail)}
            ></save-menu>`
          : nothing
      }
      <dialog class="history" aria-labelledby="history-title">
        <header>
          <h2 id="history-title">Decisions in this run</h2>
          <button type="button" @click=${() => this._historyDialog?.close()}>Close</button>
        </header>
        <history-panel
          .entries=${view?.history ?? []}
          @history-rewind=${this.handleRewind}
        ></history-panel>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ink-player': InkPlayer;
  }
}
