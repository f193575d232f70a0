import { LitElement, css } from 'lit';
import { html } from '../html.ts';
import { customElement, property } from 'lit/decorators.js';
import type { HistoryEntry } from '../../engine/playthrough.ts';
import { RewindEvent } from '../events.ts';

/**
 * The decisions taken in this run, oldest first, each with a way back to it.
 *
 * @summary Decision history with rewind.
 * @event history-rewind - The player asked to go back to a decision (`RewindEvent`).
 * @csspart item - One decision.
 */
@customElement('history-panel')
export class HistoryPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--font-ui);
      font-size: 0.9rem;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25rem 0.75rem;
      align-items: center;
      padding: 0.5rem 0.6rem;
      border: 1px solid var(--border);
      border-radius: var(--radius);
      background: var(--bg-raised);
    }
    .when {
      color: var(--text-muted);
      font-size: 0.8rem;
    }
    .order {
      grid-column: 1;
    }
    button {
      grid-row: 1 / span 2;
      grid-column: 2;
      font: inherit;
      padding: 0.35rem 0.6rem;
      border-radius: var(--radius);
      border: 1px solid var(--border);
      background: var(--bg);
      color: var(--text);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .empty {
      color: var(--text-muted);
    }
  `;

  @property({ attribute: false }) entries: readonly HistoryEntry[] = [];

  private handleRewind(at: number): void {
    this.dispatchEvent(new RewindEvent(at));
  }

  override render() {
    if (this.entries.length === 0) {
      return html`<p class="empty">No decision taken yet in this run.</p>`;
    }
    return html`<ol>
      ${this.entries.map(
        (entry, at) =>
          html`<li part="item">
            <span class="when"
              >${at + 1}. ${[entry.chapter, entry.date].filter(Boolean).join(' · ')}</span
            >
            <span class="order">${entry.choiceText}</span>
            <button
              type="button"
              aria-label=${`Rewind to decision ${at + 1}: ${entry.choiceText}`}
              @click=${() => this.handleRewind(at)}
            >
              Rewind to here
            </button>
          </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'history-panel': HistoryPanel;
  }
}
