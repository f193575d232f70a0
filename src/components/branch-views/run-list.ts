import { LitElement, css, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { decisionName } from '../../branches/coverage.ts';
import { logTo, type Position, type Run, type RunTreeData } from '../../branches/run-tree.ts';
import { branchStyles } from './branch-styles.ts';
import { BranchRestoreEvent } from './branch-map.ts';

/** What the player asked of a run in the list. */
export class RunActionEvent extends Event {
  static readonly eventName = 'run-action' as const;
  constructor(
    readonly action: 'rename' | 'delete' | 'compare' | 'share',
    readonly run: string,
    readonly name = '',
  ) {
    super(RunActionEvent.eventName, { bubbles: true, composed: true });
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Every run of this story: where it ended (or was left), how many orders, when; open it,
 * compare it with the current run, share it, rename it, delete it (after asking).
 *
 * @summary The runs list.
 * @event run-action - Rename, delete, compare or share a run (`RunActionEvent`).
 * @event branch-restore - Open a run where it ends (`BranchRestoreEvent`).
 */
@customElement('run-list')
export class RunList extends LitElement {
  static override styles = [
    branchStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li.card {
        display: grid;
        gap: 0.3rem;
      }
      li.current {
        border-color: var(--accent);
        border-width: 2px;
      }
      .name {
        font-weight: 700;
        font-size: 1rem;
      }
      .broken {
        color: var(--bad);
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
        padding: 0.4rem;
        border: 1px solid var(--bad);
        border-radius: var(--radius);
      }
    `,
  ];

  @property({ attribute: false }) tree: RunTreeData = { nodes: {}, runs: [] };
  @property({ attribute: false }) position: Position | null = null;

  @state() private _renaming: string | null = null;
  @state() private _confirming: string | null = null;

  private where(run: Run): string {
    const leaf = this.tree.nodes[run.leaf];
    if (!leaf) return '';
    if (leaf.ended) return `Ended: ${leaf.ending?.title ?? 'the story ends'}`;
    const at = [leaf.chapter, leaf.date].filter(Boolean).join(', ');
    return `Left at ${decisionName(leaf.decision)}${at ? ` (${at})` : ''}`;
  }

  private send(action: RunActionEvent['action'], run: string, name = ''): void {
    this.dispatchEvent(new RunActionEvent(action, run, name));
  }

  private handleRename(event: SubmitEvent, run: Run): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    this.send('rename', run.id, input.value);
    this._renaming = null;
  }

  override render() {
    const runs = [...this.tree.runs].reverse();
    return html`<ol>
      ${runs.map((run) => {
        const current = this.position?.run === run.id;
        const orders = logTo(this.tree, run.leaf).length;
        return html`<li
          class="card ${current ? 'current' : ''}"
          aria-current=${current ? 'true' : nothing}
        >
          ${
            this._renaming === run.id
              ? html`<form @submit=${(e: SubmitEvent) => this.handleRename(e, run)}>
                  <input
                    name="name"
                    aria-label="New name"
                    maxlength="80"
                    .value=${run.name}
                    required
                  />
                  <button class="primary" type="submit">Rename</button>
                  <button type="button" @click=${() => (this._renaming = null)}>Cancel</button>
                </form>`
              : html`<span class="name"
                  >${run.name}${current ? html` <span class="muted">(playing now)</span>` : nothing}</span
                >`
          }
          <span>${this.where(run)}</span>
          <span class="muted">
            ${orders} order${orders === 1 ? '' : 's'} · begun
            ${dateFormat.format(new Date(run.createdAt))}
            ${run.origin ? html` · branched from ${this.tree.runs.find((r) => r.id === run.origin?.run)?.name ?? 'a deleted run'}` : nothing}
          </span>
          ${
            run.broken
              ? html`<span class="broken">
                  No longer fits the story from order ${run.broken.step + 1}
                  (${decisionName(run.broken.decision)}): “${run.broken.missing}”
                  ${run.broken.storyEnded ? 'comes after the story now ends' : 'is no longer offered'}.
                </span>`
              : nothing
          }
          <div class="actions">
            <button
              type="button"
              @click=${() => this.dispatchEvent(new BranchRestoreEvent(run.leaf))}
            >
              ${current ? 'Go to its end' : 'Open'}
            </button>
            <button
              type="button"
              @click=${() => this.send('compare', run.id)}
              ?disabled=${this.tree.runs.length < 2}
            >
              Compare with…
            </button>
            <button type="button" @click=${() => this.send('share', run.id)}>Share</button>
            <button type="button" @click=${() => (this._renaming = run.id)}>Rename</button>
            <button type="button" class="danger" @click=${() => (this._confirming = run.id)}>
              Delete
            </button>
          </div>
          ${
            this._confirming === run.id
              ? html`<div class="confirm" role="alertdialog" aria-label=${`Delete ${run.name}?`}>
                  <span>Delete “${run.name}”? Moments other runs share are kept.</span>
                  <button
                    type="button"
                    class="danger"
                    @click=${() => {
                      this._confirming = null;
                      this.send('delete', run.id);
                    }}
                  >
                    Delete it
                  </button>
                  <button type="button" @click=${() => (this._confirming = null)}>Keep it</button>
                </div>`
              : nothing
          }
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'run-list': RunList;
  }
  interface HTMLElementEventMap {
    [RunActionEvent.eventName]: RunActionEvent;
  }
}
