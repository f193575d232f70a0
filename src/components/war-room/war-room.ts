import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import { customElement, property, state } from 'lit/decorators.js';
import type { View } from '../../engine/playthrough.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import '../stats-panel/stats-panel.ts';
import '../theatre-map/theatre-map.ts';
import { mapAt, storyNames } from './story-panels.ts';

/** Wide enough for the panels to sit open beside the story. */
const WIDE = '(min-width: 1000px)';

/**
 * The map and the stats of the moment on screen, in a disclosure that is open beside the
 * story on a wide screen and closed above it on a narrow one. Hidden for a story that declares
 * no stats.
 *
 * @summary The map and the stats now.
 * @csspart summary - The disclosure's button.
 */
@customElement('war-room')
export class WarRoom extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 0.75rem 0 0;
        font-family: var(--font-ui);
      }
      :host([hidden]) {
        display: none;
      }
      summary {
        cursor: pointer;
        padding: 0.45rem 0.65rem;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--bg-raised);
        color: var(--text);
        font-weight: 600;
        font-size: 0.95rem;
        line-height: 1.4;
      }
      details[open] > summary {
        margin-bottom: 0.65rem;
      }
      theatre-map {
        margin-bottom: 0.9rem;
      }
    `,
  ];

  /** The moment on screen. */
  @property({ attribute: false }) view: View | null = null;
  /** What the story declares about itself (tags and LISTs). */
  @property({ attribute: false }) story: GlobalTags | null = null;

  @state() private _open = window.matchMedia?.(WIDE).matches ?? false;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.hidden = !this.view || !this.story || this.view.stats.length === 0;
  }

  private handleToggle(event: Event): void {
    this._open = (event.target as HTMLDetailsElement).open;
  }

  override render() {
    const { view, story } = this;
    if (!view || !story || view.stats.length === 0) return nothing;
    const holdings = mapAt(story, view.stats);
    const { names } = storyNames(story);
    return html`<h2 class="visually-hidden">Map and stats</h2>
      <details ?open=${this._open} @toggle=${this.handleToggle}>
        <summary part="summary" .textContent=${holdings ? 'Map and stats' : 'Stats'}></summary>
        ${holdings ? html`<theatre-map .holdings=${holdings}></theatre-map>` : nothing}
        <stats-panel
          .stats=${view.stats}
          .previous=${view.previousStats}
          .good=${story.good}
          .memberNames=${names}
        ></stats-panel>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'war-room': WarRoom;
  }
}
