import { LitElement, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query } from 'lit/decorators.js';
import { el, KeptNodes, placeChildren } from '../dom.ts';
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

  /** Each stat's row, kept while what it shows is the same. */
  private rows = new KeptNodes<HTMLDivElement>();

  /** The stats with their changes, worked out once per update. */
  private current: Row[] = [];

  @query('dl') private list!: HTMLDListElement | null;

  private changeElement(stat: StatValue, delta: StatDelta): HTMLElement | null {
    const good = this.good[stat.variable];
    switch (delta.kind) {
      case 'none':
        return null;
      case 'number': {
        const direction = delta.amount > 0 ? 'up' : 'down';
        const tone = toneOf(direction, good);
        const amount = formatNumber(Math.abs(delta.amount));
        return el(
          'dd',
          { class: `change ${tone}`, part: 'change' },
          el('span', { 'aria-hidden': 'true' }, formatAmount(delta.amount)),
          el(
            'span',
            { class: 'visually-hidden' },
            `${direction} ${amount} since ${this.since}${TONE_WORDS[tone]}`,
          ),
        );
      }
      case 'list':
        return delta.removed.length === 0
          ? null
          : el(
              'dd',
              { class: `change lost ${toneOf('down', good)}`, part: 'change' },
              `Lost since ${this.since}: `,
              ...delta.removed.flatMap((m, i) => [i > 0 ? ', ' : '', el('s', {}, this.nameOf(m))]),
            );
      case 'changed':
        return el(
          'dd',
          { class: 'change', part: 'change' },
          `was ${formatValue(delta.from, this.nameOf)}`,
        );
    }
  }

  private valueElement(stat: StatValue, delta: StatDelta): HTMLElement {
    if (stat.kind === 'missing') {
      return el(
        'dd',
        { class: 'value missing' },
        el('span', { 'aria-hidden': 'true' }, '—'),
        el('span', { class: 'visually-hidden' }, 'not set'),
      );
    }
    if (stat.kind !== 'list' || !Array.isArray(stat.value)) {
      return el('dd', { class: 'value' }, formatValue(stat.value, this.nameOf));
    }
    if (stat.value.length === 0) return el('dd', { class: 'value none' }, 'None');
    const added = delta.kind === 'list' ? delta.added : [];
    const tone = toneOf('up', this.good[stat.variable]);
    const members = stat.value.map((m) =>
      added.includes(m)
        ? el('li', { class: `new ${tone}` }, this.nameOf(m))
        : el('li', {}, this.nameOf(m)),
    );
    return el('dd', { class: 'value' }, el('ul', { class: 'members' }, ...members));
  }

  private rowElement({ stat, delta }: Row): HTMLDivElement {
    const classes = ['row', stat.kind === 'list' && 'list', delta.kind !== 'none' && 'changed'];
    return el(
      'div',
      { class: classes.filter(Boolean).join(' '), part: 'row' },
      el('dt', {}, stat.label),
      this.valueElement(stat, delta),
      this.changeElement(stat, delta),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('memberNames')) this.nameOf = namerFrom(this.memberNames);
    // What a row shows depends on these as well as on its stat.
    if (changed.has('memberNames') || changed.has('good') || changed.has('since')) {
      this.rows.clear();
    }
    this.current = this.stats.map((stat) => ({
      stat,
      delta: statDelta(stat, previousOf(stat, this.previous)),
    }));
  }

  override render() {
    if (this.stats.length === 0) return nothing;
    const anyChange = this.current.some((r) => r.delta.kind !== 'none');
    return html`${
        this.previous
          ? html`<p class="caption" part="caption">
              ${anyChange ? `Changes since ${this.since}` : `No change since ${this.since}`}
            </p>`
          : nothing
      }
      <dl part="list" class=${anyChange ? '' : 'unchanged'}></dl>`;
  }

  protected override updated(): void {
    if (!this.list) return;
    const rows = this.rows.update(
      this.current,
      (row) => row.stat.variable,
      (row) => JSON.stringify([row.stat, row.delta]),
      (row) => this.rowElement(row),
    );
    placeChildren(this.list, rows);
  }
}

/** A stat with its change since the moment compared with. */
interface Row {
  readonly stat: StatValue;
  readonly delta: StatDelta;
}

declare global {
  interface HTMLElementTagNameMap {
    'stats-panel': StatsPanel;
  }
}
