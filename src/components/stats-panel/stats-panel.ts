import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StatValue } from '../../engine/stats.ts';
import {
  formatAmount,
  formatNumber,
  formatValue,
  humaniseMember,
  previousOf,
  statDelta,
  type StatDelta,
} from './stat-format.ts';
import { statsPanelStyles } from './stats-panel.styles.ts';
import { visuallyHidden } from '../../styles/shared-styles.ts';

export { humaniseMember, statDelta } from './stat-format.ts';

/**
 * Every stat the story declares, with its current value and how it changed since an earlier
 * moment (by default the last order): `▲ 5` / `▼ 5` for numbers, members new or lost for LISTs,
 * in words as well as colour.
 *
 * @summary The story's declared stats and their last change.
 * @csspart caption - The line saying what the changes are measured against.
 * @csspart list - The description list of stats.
 * @csspart row - One stat.
 * @csspart change - How one stat changed.
 * @cssproperty --stat-up-color - Colour of a rise or a new member.
 * @cssproperty --stat-down-color - Colour of a fall or a lost member.
 */
@customElement('stats-panel')
export class StatsPanel extends LitElement {
  static override styles = [statsPanelStyles, visuallyHidden];

  /** The stats now. */
  @property({ attribute: false }) stats: readonly StatValue[] = [];
  /** The stats to compare with, or null (nothing to compare: no change shown). */
  @property({ attribute: false }) previous: readonly StatValue[] | null = null;
  /** What `previous` is, for the caption and screen readers: "since the last order". */
  @property() since = 'the last order';

  private renderChange(delta: StatDelta) {
    switch (delta.kind) {
      case 'none':
        return nothing;
      case 'number': {
        const direction = delta.amount > 0 ? 'up' : 'down';
        return html`<dd class="change ${direction}" part="change">
          <span aria-hidden="true">${formatAmount(delta.amount)}</span
          ><span class="visually-hidden"
            >${direction} ${formatNumber(Math.abs(delta.amount))} since ${this.since}</span
          >
        </dd>`;
      }
      case 'list':
        return delta.removed.length === 0
          ? nothing
          : html`<dd class="change lost" part="change">
              Lost since ${this.since}:
              ${delta.removed.map((m, i) => html`${i > 0 ? ', ' : ''}<s>${humaniseMember(m)}</s>`)}
            </dd>`;
      case 'changed':
        return html`<dd class="change" part="change">was ${formatValue(delta.from)}</dd>`;
    }
  }

  private renderValue(stat: StatValue, delta: StatDelta) {
    if (stat.kind === 'missing') {
      return html`<dd class="value missing">
        <span aria-hidden="true">—</span><span class="visually-hidden">not set</span>
      </dd>`;
    }
    if (stat.kind !== 'list' || !Array.isArray(stat.value)) {
      return html`<dd class="value">${formatValue(stat.value)}</dd>`;
    }
    if (stat.value.length === 0) return html`<dd class="value none">None</dd>`;
    const added = delta.kind === 'list' ? delta.added : [];
    return html`<dd class="value">
      <ul class="members">
        ${stat.value.map((m) =>
          added.includes(m)
            ? html`<li class="new">${humaniseMember(m)}<span class="tag">new</span></li>`
            : html`<li>${humaniseMember(m)}</li>`,
        )}
      </ul>
    </dd>`;
  }

  override render() {
    if (this.stats.length === 0) return nothing;
    const rows = this.stats.map((stat) => {
      const delta = statDelta(stat, previousOf(stat, this.previous));
      return { stat, delta };
    });
    const anyChange = rows.some((r) => r.delta.kind !== 'none');
    return html`
      ${
        this.previous
          ? html`<p class="caption" part="caption">
              ${anyChange ? `Changes since ${this.since}` : `No change since ${this.since}`}
            </p>`
          : nothing
      }
      <dl part="list" class=${anyChange ? '' : 'unchanged'}>
        ${rows.map(
          ({ stat, delta }) =>
            html`<div
              class="row ${stat.kind === 'list' ? 'list' : ''} ${delta.kind === 'none' ? '' : 'changed'}"
              part="row"
            >
              <dt>${stat.label}</dt>
              ${this.renderValue(stat, delta)} ${this.renderChange(delta)}
            </div>`,
        )}
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stats-panel': StatsPanel;
  }
}
