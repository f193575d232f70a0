import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import { customElement, property } from 'lit/decorators.js';
import type { View } from '../../engine/playthrough.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import '../stats-panel/stats-panel.ts';
import '../theatre-map/theatre-map.ts';
import { mapAt, storyNames } from '../war-room/story-panels.ts';

/**
 * The run in figures, for the ending box: every stat against the start, and the map as it
 * stands at the end. Shown only once the story has ended, for a story that declares stats.
 *
 * @summary The stats and the map at the end of a run.
 */
@customElement('campaign-summary')
export class CampaignSummary extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin: 1rem 0;
        font-family: var(--font-ui);
      }
      :host([hidden]) {
        display: none;
      }
      h3 {
        font-size: 0.8rem;
        text-transform: uppercase;
        letter-spacing: 0.08em;
        color: var(--text-muted);
        margin: 1rem 0 0.4rem;
      }
      stats-panel,
      theatre-map {
        max-width: 30rem;
      }
    `,
  ];

  /** The moment on screen: the summary shows once it has ended. */
  @property({ attribute: false }) view: View | null = null;
  /** What the story declares about itself (tags and LISTs). */
  @property({ attribute: false }) story: GlobalTags | null = null;

  private get shown(): boolean {
    return Boolean(this.view?.ended && this.story && this.view.stats.length > 0);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.hidden = !this.shown;
  }

  override render() {
    const { view, story } = this;
    if (!view || !story || !this.shown) return nothing;
    const holdings = mapAt(story, view.stats);
    return html`<h3>In figures</h3>
      <stats-panel
        since="the start"
        .stats=${view.stats}
        .previous=${view.history[0]?.stats ?? null}
        .good=${story.good}
        .memberNames=${storyNames(story).names}
      ></stats-panel>
      ${
        holdings
          ? html`<h3>The map at the end</h3>
              <theatre-map
                label="Map at the end (who holds each region is listed below)"
                .holdings=${holdings}
              ></theatre-map>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-summary': CampaignSummary;
  }
}
