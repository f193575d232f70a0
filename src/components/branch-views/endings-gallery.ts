import { LitElement, css } from 'lit';
import { html } from '../html.ts';
import { customElement, property } from 'lit/decorators.js';
import { decisionName, hintFor, type StoryAnalysis } from '../../branches/coverage.ts';
import { endingsFound, logTo, type Position, type RunTreeData } from '../../branches/run-tree.ts';
import type { EndingTag } from '../../engine/tags.ts';
import { branchStyles } from './branch-styles.ts';
import { BranchRestoreEvent } from './branch-map.ts';

/** The player asked to see a run in the map. */
export class ShowRunEvent extends Event {
  static readonly eventName = 'show-run' as const;
  constructor(readonly run: string) {
    super(ShowRunEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The story's endings: how many the runs have found of those the build knows, each found one
 * with the first run that reached it and the orders that led there; the others closed, each
 * with a hint of a decision from which it is still open.
 *
 * @summary Endings gallery.
 * @event show-run - Show a run in the branch map (`ShowRunEvent`).
 * @event branch-restore - Go back to the decision a hint names (`BranchRestoreEvent`).
 */
@customElement('endings-gallery')
export class EndingsGallery extends LitElement {
  static override styles = [
    branchStyles,
    css`
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
        gap: 0.6rem;
      }
      li.card {
        display: grid;
        gap: 0.35rem;
        align-content: start;
      }
      li.found {
        border-color: var(--accent);
        border-width: 2px;
      }
      li.closed {
        background: var(--bg-sunken);
        color: var(--text-muted);
      }
      h4 {
        margin: 0;
        font-size: 1rem;
        font-family: var(--font-story);
      }
      details summary {
        cursor: pointer;
      }
      details ol {
        display: block;
        list-style: decimal;
        padding-left: 1.3rem;
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) tree: RunTreeData = { nodes: {}, runs: [] };
  /** Every ending the story declares (from the build), in the story's order. */
  @property({ attribute: false }) endings: readonly EndingTag[] = [];
  @property({ attribute: false }) analysis: StoryAnalysis | null = null;
  @property({ attribute: false }) position: Position | null = null;

  override render() {
    const found = endingsFound(this.tree);
    const all: EndingTag[] = [...this.endings];
    for (const { ending } of found.values())
      if (!all.some((e) => e.id === ending.id)) all.push(ending);
    const total = this.endings.length || all.length;
    return html`
      <p class="summary">
        <span><strong>${found.size} of ${total}</strong> endings found</span>
      </p>
      <ol>
        ${all.map((ending, i) => {
          const hit = found.get(ending.id);
          if (hit) {
            const orders = logTo(this.tree, hit.run.leaf);
            return html`<li class="card found">
              <span class="muted">Ending ${i + 1}</span>
              <h4>${hit.ending.title}</h4>
              <span>First reached in <strong>${hit.run.name}</strong></span>
              <details>
                <summary>The ${orders.length} orders that led there</summary>
                <ol>
                  ${orders.map((o) => html`<li>${o.text}</li>`)}
                </ol>
              </details>
              <div class="actions">
                <button
                  type="button"
                  @click=${() => this.dispatchEvent(new ShowRunEvent(hit.run.id))}
                >
                  Show in the map
                </button>
              </div>
            </li>`;
          }
          const hint = hintFor(this.tree, this.analysis, ending.id, this.position?.node ?? null);
          return html`<li class="card closed">
            <span>Ending ${i + 1}</span>
            <h4>Not yet found</h4>
            ${
              hint
                ? html`<span>
                      Still open from <strong>${decisionName(hint.node.decision)}</strong>
                      (${[hint.node.chapter, hint.node.date].filter(Boolean).join(', ')}).
                    </span>
                    <div class="actions">
                      <button
                        type="button"
                        @click=${() => this.dispatchEvent(new BranchRestoreEvent(hint.node.id))}
                      >
                        Go back there
                      </button>
                    </div>`
                : html`<span
                    >${this.analysis ? 'No decision your runs have reached leads there yet.' : 'Keep playing other roads to find it.'}</span
                  >`
            }
          </li>`;
        })}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'endings-gallery': EndingsGallery;
  }
  interface HTMLElementEventMap {
    [ShowRunEvent.eventName]: ShowRunEvent;
  }
}
