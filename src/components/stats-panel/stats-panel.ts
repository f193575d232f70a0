import { LitElement, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import { customElement, property } from 'lit/decorators.js';
import type { StatValue } from '../../engine/stats.ts';
import type { GoodDirection } from '../../engine/tags.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import {
  formatAmount,
  formatNumber,
  formatValue,
  namerFrom,
  previousOf,
  statDelta,
  toneOf,
  type StatDelta,
  type Tone,
} from './stat-format.ts';
import { statsPanelStyles } from './stats-panel.styles.ts';

/** How a screen reader hears the tone of a change (colour alone says nothing to it). */
const TONE_WORDS: Readonly<Record<Tone, string>> = { good: ', good', bad: ', bad', neutral: '' };

/**
 * Every stat the story declares, with its current value and how it changed since an earlier
 * moment (by default the last order): `▲ 5` / `▼ 5` for numbers, members new or lost for LISTs.
 * A change is coloured by whether it is good for the player, as the story says (`# good:`),
 * not by its direction, and says so in words as well.
 *
 * @summary The story's declared stats and their last change.
 * @csspart caption - The line saying what the changes are measured against.
 * @csspart list - The description list of stats.
 * @csspart row - One stat.
 * @csspart change - How one stat changed.
 * @cssproperty --stat-good-color - Colour of a change good for the player.
 * @cssproperty --stat-bad-color - Colour of a change bad for the player.
 */
@customElement('stats-panel')
export class StatsPanel extends LitElement {
  static override styles = [sharedStyles, statsPanelStyles];

  /** The stats now. */
  @property({ attribute: false }) stats: readonly StatValue[] = [];
  /** The stats to compare with, or null (nothing to compare: no change shown). */
  @property({ attribute: false }) previous: readonly StatValue[] | null = null;
  /** What `previous` is, for the caption and screen readers: "since the last order". */
  @property() since = 'the last order';
  /** Which way is good for the player, by stat variable (`# good:` tags). */
  @property({ attribute: false }) good: Readonly<Record<string, GoodDirection>> = {};
  /** The names of LIST members, by identifier (see `memberNames` in the engine). */
  @property({ attribute: false }) memberNames: ReadonlyMap<string, string> = new Map();

  private nameOf = namerFrom(this.memberNames);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('memberNames')) this.nameOf = namerFrom(this.memberNames);
  }

  private renderChange(stat: StatValue, delta: StatDelta) {
    const good = this.good[stat.variable];
    switch (delta.kind) {
      case 'none':
        return nothing;
      case 'number': {
        const direction = delta.amount > 0 ? 'up' : 'down';
        const tone = toneOf(direction, good);
        return html`<dd class="change ${tone}" part="change">
          <span aria-hidden="true">${formatAmount(delta.amount)}</span
          ><span class="visually-hidden"
            >${direction} ${formatNumber(Math.abs(delta.amount))} since
            ${this.since}${TONE_WORDS[tone]}</span
          >
        </dd>`;
      }
      case 'list':
        return delta.removed.length === 0
          ? nothing
          : html`<dd class="change lost ${toneOf('down', good)}" part="change">
              Lost since ${this.since}:
              ${delta.removed.map((m, i) => html`${i > 0 ? ', ' : ''}<s>${this.nameOf(m)}</s>`)}
            </dd>`;
      case 'changed':
        return html`<dd class="change" part="change">
          was ${formatValue(delta.from, this.nameOf)}
        </dd>`;
    }
  }

  private renderValue(stat: StatValue, delta: StatDelta) {
    if (stat.kind === 'missing') {
      return html`<dd class="value missing">
        <span aria-hidden="true">—</span><span class="visually-hidden">not set</span>
      </dd>`;
    }
    if (stat.kind !== 'list' || !Array.isArray(stat.value)) {
      return html`<dd class="value">${formatValue(stat.value, this.nameOf)}</dd>`;
    }
    if (stat.value.length === 0) return html`<dd class="value none">None</dd>`;
    const added = delta.kind === 'list' ? delta.added : [];
    const tone = toneOf('up', this.good[stat.variable]);
    return html`<dd class="value">
      <ul class="members">
        ${stat.value.map((m) =>
          added.includes(m)
            ? html`<li class="new ${tone}">
                ${this.nameOf(m)}<span class="tag">new</span
                ><span class="visually-hidden">${TONE_WORDS[tone]}</span>
              </li>`
            : html`<li>${this.nameOf(m)}</li>`,
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
              ${this.renderValue(stat, delta)} ${this.renderChange(stat, delta)}
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
