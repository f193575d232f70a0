import { ContextConsumer } from '@lit/context';
import { LitElement, css, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { coverage, type StoryAnalysis } from '../../branches/coverage.ts';
import { logTo, runById } from '../../branches/run-tree.ts';
import { encodeRun } from '../../branches/share-link.ts';
import type { EndingTag } from '../../engine/tags.ts';
import { gameContext } from '../../game/context.ts';
import type { GameController } from '../../game/game-controller.ts';
import { branchStyles } from './branch-styles.ts';
import { BranchRestoreEvent } from './branch-map.ts';
import './branch-map.ts';
import { ShowRunEvent } from './endings-gallery.ts';
import './endings-gallery.ts';
import './run-compare.ts';
import { RunActionEvent } from './run-list.ts';
import './run-list.ts';

export const TABS = ['map', 'runs', 'compare', 'endings'] as const;
export type BranchTab = (typeof TABS)[number];

const TAB_NAMES: Record<BranchTab, string> = {
  map: 'Branch map',
  runs: 'Runs',
  compare: 'Compare',
  endings: 'Endings',
};

/** The address that replays run `log` in any browser: this page with `?run=CODE`. */
export function shareUrl(
  storyHash: string,
  log: readonly { index: number; text: string }[],
): string {
  const url = new URL(window.location.href);
  url.hash = '';
  url.searchParams.set('run', encodeRun(storyHash, log));
  return url.href;
}

/**
 * Where every road led: the branch map, the runs, a comparison of two runs and the endings
 * gallery, in one dialog that the page loads the first time it is opened.
 *
 * @summary The branch views.
 */
@customElement('branch-panel')
export class BranchPanel extends LitElement {
  static override styles = [
    branchStyles,
    css`
      dialog {
        width: min(60rem, calc(100vw - 1.5rem));
        height: min(90vh, 56rem);
        max-height: none;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--bg);
        color: var(--text);
        padding: 0;
        box-shadow: var(--shadow);
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        padding: 0.75rem 1rem 0.5rem;
        border-bottom: 1px solid var(--border);
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
        font-family: var(--font-story);
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        padding: 0.5rem 1rem 0;
      }
      [role='tab'] {
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
        border-bottom: 3px solid transparent;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--accent);
        font-weight: 700;
      }
      [role='tabpanel'] {
        flex: 1;
        overflow: auto;
        padding: 0.75rem 1rem 1rem;
        border-top: 1px solid var(--border);
      }
      .summary.coverage {
        padding: 0.5rem 1rem 0;
        margin: 0;
      }
      .share {
        display: grid;
        gap: 0.35rem;
        margin-bottom: 0.75rem;
      }
      .share input {
        width: 100%;
        box-sizing: border-box;
      }
      @media (max-width: 640px) {
        dialog {
          width: 100vw;
          height: 100dvh;
          max-width: 100vw;
          border-radius: 0;
        }
      }
    `,
  ];

  /** Every ending the story declares (from the build). */
  @property({ attribute: false }) endings: readonly EndingTag[] = [];
  /** Loads the story's build-time analysis (null for a story that has none). */
  @property({ attribute: false }) loadAnalysis: (() => Promise<StoryAnalysis | null>) | null = null;

  @state() private _tab: BranchTab = 'map';
  @state() private _analysis: StoryAnalysis | null = null;
  @state() private _compare: { a: string | null; b: string | null } = { a: null, b: null };
  @state() private _share: { run: string; url: string; copied: boolean } | null = null;
  @state() private _message = '';

  @query('dialog') private _dialog!: HTMLDialogElement;

  private readonly game = new ContextConsumer(this, {
    context: gameContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });

  /** Opens the dialog on `tab`. */
  async show(tab: BranchTab = 'map'): Promise<void> {
    this._tab = tab;
    this._message = '';
    this.defaultCompare();
    await this.updateComplete;
    if (!this._dialog.open) this._dialog.showModal();
    void this.analysis();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role='tab'][aria-selected='true']`)?.focus();
  }

  close(): void {
    this._dialog?.close();
  }

  private async analysis(): Promise<void> {
    if (this._analysis || !this.loadAnalysis) return;
    try {
      this._analysis = await this.loadAnalysis();
    } catch {
      // Without the analysis the views still show the runs; coverage counts what was seen.
    }
  }

  /** The current run against the run it branched from (else the newest other run). */
  private defaultCompare(): void {
    const game = this.game.value;
    const tree = game?.book?.tree;
    const position = game?.book?.position;
    if (!tree || !position) return;
    const valid = (id: string | null) => !!id && !!runById(tree, id);
    if (valid(this._compare.a) && valid(this._compare.b)) return;
    const current = runById(tree, position.run);
    const other =
      (current?.origin && runById(tree, current.origin.run)?.id) ??
      [...tree.runs].reverse().find((r) => r.id !== position.run)?.id ??
      null;
    this._compare = { a: current?.id ?? null, b: other };
  }

  private select(tab: BranchTab): void {
    this._tab = tab;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
    );
  }

  private handleTabKey(event: KeyboardEvent): void {
    const at = TABS.indexOf(this._tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(at - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    this.select(next);
  }

  private async handleRestore(event: BranchRestoreEvent): Promise<void> {
    const game = this.game.value;
    if (!game) return;
    this.close();
    const ok = await game.restoreNode(event.node);
    if (!ok || !event.order) return;
    const index = game.view?.choices.findIndex(
      (c) => c.text === event.order!.text && c.targetPath === event.order!.path,
    );
    if (index !== undefined && index >= 0) game.choose(index);
  }

  private async handleRunAction(event: RunActionEvent): Promise<void> {
    const game = this.game.value;
    const tree = game?.book?.tree;
    if (!game || !tree) return;
    switch (event.action) {
      case 'rename':
        game.renameRun(event.run, event.name);
        break;
      case 'delete': {
        const name = runById(tree, event.run)?.name ?? 'The run';
        const done = await game.deleteRun(event.run);
        this._message = done
          ? `${name} was deleted.`
          : `${name} could not be deleted: it holds the moment you are playing. Go to another run first.`;
        break;
      }
      case 'compare': {
        const position = game.book?.position;
        const other =
          position && position.run !== event.run
            ? position.run
            : ([...tree.runs].reverse().find((r) => r.id !== event.run)?.id ?? null);
        this._compare = { a: event.run, b: other };
        this.select('compare');
        break;
      }
      case 'share':
        await this.share(event.run);
        break;
    }
  }

  /** Makes the share link of a run and copies it where the browser allows. */
  async share(runId: string): Promise<void> {
    const game = this.game.value;
    const run = game?.book ? runById(game.book.tree, runId) : undefined;
    if (!game?.book || !run) return;
    const url = shareUrl(game.storyHash, logTo(game.book.tree, run.leaf));
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard here (permissions, an insecure page): the link is shown to copy by hand.
    }
    this._share = { run: run.name, url, copied };
  }

  private handleShowRun(event: ShowRunEvent): void {
    const game = this.game.value;
    const run = game?.book ? runById(game.book.tree, event.run) : undefined;
    if (!run) return;
    this._tab = 'map';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('branch-map')?.reveal(run.leaf),
    );
  }

  override render() {
    const game = this.game.value;
    const book = game?.book ?? null;
    const tree = book?.tree ?? { nodes: {}, runs: [] };
    const position = book?.position ?? null;
    const found = book?.endings() ?? new Map();
    const cover = coverage(tree, this._analysis);
    const total = this.endings.length || this._analysis?.endings.length || null;
    return html`<dialog aria-labelledby="branches-title" @close=${() => (this._share = null)}>
      <header>
        <h2 id="branches-title">Where every road led</h2>
        <button type="button" @click=${this.close}>Close</button>
      </header>
      <div class="summary coverage">
        <span><strong>${tree.runs.length}</strong> run${tree.runs.length === 1 ? '' : 's'}</span>
        <span
          >Decisions seen
          <strong
            >${cover.decisionsSeen}${cover.decisionsTotal !== null ? ` of ${cover.decisionsTotal}` : ''}</strong
          ></span
        >
        <span
          >Orders tried
          <strong
            >${cover.ordersTried}${cover.ordersTotal !== null ? ` of ${cover.ordersTotal}` : ''}</strong
          ></span
        >
        <span>Endings found <strong>${found.size}${total ? ` of ${total}` : ''}</strong></span>
        ${this._analysis?.sampled ? html`<span class="muted">(story analysed by sampling)</span>` : nothing}
      </div>
      <div role="tablist" aria-label="Branch views" @keydown=${this.handleTabKey}>
        ${TABS.map(
          (tab) =>
            html`<button
              role="tab"
              id=${`tab-${tab}`}
              aria-selected=${tab === this._tab ? 'true' : 'false'}
              aria-controls="branch-view"
              tabindex=${tab === this._tab ? 0 : -1}
              @click=${() => this.select(tab)}
            >
              ${TAB_NAMES[tab]}
            </button>`,
        )}
      </div>
      <section
        role="tabpanel"
        id="branch-view"
        aria-labelledby=${`tab-${this._tab}`}
        @branch-restore=${this.handleRestore}
        @run-action=${this.handleRunAction}
        @show-run=${this.handleShowRun}
      >
        ${this._message ? html`<p class="card" role="status">${this._message}</p>` : nothing}
        ${
          this._share
            ? html`<div class="share card" role="status">
                <span
                  >${this._share.copied ? `Link to ${this._share.run} copied.` : `Link to ${this._share.run}: copy it to share.`}
                  Opening it replays the run as a new branch; your own runs are untouched.</span
                >
                <input
                  readonly
                  aria-label="Share link"
                  .value=${this._share.url}
                  @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                />
              </div>`
            : nothing
        }
        ${this.renderTab(tree, position)}
      </section>
    </dialog>`;
  }

  private renderTab(
    tree: NonNullable<GameController['book']>['tree'],
    position: NonNullable<GameController['book']>['position'],
  ) {
    const game = this.game.value;
    switch (this._tab) {
      case 'map':
        return html`<branch-map
          .tree=${tree}
          .position=${position}
          .analysis=${this._analysis}
          .showHistory=${(game?.endings().size ?? 0) > 0}
        ></branch-map>`;
      case 'runs':
        return html`<run-list .tree=${tree} .position=${position}></run-list>`;
      case 'compare':
        return html`<run-compare
          .tree=${tree}
          .runA=${this._compare.a}
          .runB=${this._compare.b}
          .readBody=${(id: string) => game?.body(id) ?? Promise.resolve(null)}
          .story=${game?.story ?? null}
        ></run-compare>`;
      case 'endings':
        return html`<endings-gallery
          .tree=${tree}
          .endings=${this.endings.length > 0 ? this.endings : (this._analysis?.endings ?? [])}
          .analysis=${this._analysis}
          .position=${position}
        ></endings-gallery>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'branch-panel': BranchPanel;
  }
}
