import { LitElement, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query } from 'lit/decorators.js';
import { el, KeptNodes, placeChildren } from '../dom.ts';
import { campaignTimelineStyles } from './campaign-timeline.styles.ts';
import type { TimelineTag } from '../../engine/tags.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import {
  timelineMonths,
  timelinePosition,
  timelineSpan,
  type TimelineMonth,
} from './timeline-position.ts';

/** A decision taken, placed on the timeline by its date. */
export interface TimelineMark {
  readonly date: string | null;
  readonly label: string;
}

const percent = (at: number) => `${(at * 100).toFixed(3)}%`;

/**
 * The story's span of time, as its `# timeline:` tag names it: month ticks, a marker where the
 * run stands and a dot for every decision taken, with the same in text for screen readers.
 * Renders nothing without a span, or when no date falls in it.
 *
 * @summary A horizontal timeline of the story.
 * @csspart base - The timeline's wrapper.
 * @csspart track - The rail with the marker and the decision dots.
 * @csspart marker - Where the run stands now.
 * @csspart mark - A decision taken.
 * @cssproperty --timeline-past - Colour of the marker and the time already past.
 * @cssproperty --timeline-rail - Colour of the rail and the month ticks.
 */
@customElement('campaign-timeline')
export class CampaignTimeline extends LitElement {
  static override styles = [sharedStyles, campaignTimelineStyles];

  /** The span the story declares (`# timeline: FIRST = LAST`); null shows nothing. */
  @property({ attribute: false }) span: TimelineTag | null = null;
  /** The story's current date, as the story writes it ("12 December 1942"). */
  @property() date: string | null = null;
  /** The decisions taken so far, oldest first. */
  @property({ attribute: false }) marks: readonly TimelineMark[] = [];

  /** The rail's parts, the month names and the decisions in text, kept between updates. */
  private dots = new KeptNodes<HTMLElement>();
  private spoken = new KeptNodes<HTMLElement>();
  private ticks = new KeptNodes<HTMLElement>();
  private monthNames = new KeptNodes<HTMLElement>();
  private past = el('div', { class: 'past' });
  private now = el('div', { class: 'now', part: 'marker' });
  private rail = el('div', { class: 'rail' });
  /** Where things stand on the rail, worked out once per update. */
  private layout: Layout | null = null;

  @query('.track') private track!: HTMLElement | null;
  @query('.months') private months!: HTMLElement | null;
  @query('.decisions') private decisions!: HTMLElement | null;

  protected override willUpdate(): void {
    this.layout = this.workOutLayout();
  }

  /** The span, where the run stands and where each decision falls, or null to show nothing. */
  private workOutLayout(): Layout | null {
    const span = timelineSpan(this.span);
    if (!span || !this.span) return null;
    const now = timelinePosition(this.date, span);
    const placed = this.marks.map((mark) => ({ ...mark, at: timelinePosition(mark.date, span) }));
    if (now === null && placed.every((m) => m.at === null)) return null;
    const ticks = timelineMonths(span);
    const months = ticks.map((m, i) => ({
      ...m,
      width: (ticks[i + 1]?.at ?? 1) - m.at,
      showYear: i === 0 || m.month === 'January',
    }));
    return { tag: this.span, now, placed, months };
  }

  override render() {
    const layout = this.layout;
    if (!layout) return nothing;
    const { tag, now } = layout;
    const said = `${tag.start} to ${tag.end}. ${now === null ? 'The date now is not known.' : `Now: ${this.date}.`}`;
    return html`<div class="timeline" part="base">
      <h2 class="visually-hidden">Timeline</h2>
      <p class="visually-hidden" .textContent=${said}></p>
      <div class="track" part="track" aria-hidden="true"></div>
      <ol class="months" aria-hidden="true"></ol>
      <ol class="decisions visually-hidden" aria-label="Decisions taken"></ol>
    </div>`;
  }

  protected override updated(): void {
    const layout = this.layout;
    if (!layout || !this.track || !this.months || !this.decisions) return;
    const { now, placed, months } = layout;
    if (now !== null) {
      place(this.past, { width: percent(now) });
      place(this.now, { left: percent(now) });
    }
    this.now.title = `Now: ${this.date}`;
    const ticks = this.ticks.update(
      months.slice(1),
      (m) => `${m.year}-${m.month}`,
      (m) => percent(m.at),
      (m) => place(el('div', { class: 'tick' }), { left: percent(m.at) }),
    );
    const shownMarks = placed.flatMap((m, i) => (m.at === null ? [] : [{ ...m, at: m.at, i }]));
    const dots = this.dots.update(
      shownMarks,
      (m) => String(m.i),
      (m) => JSON.stringify([m.date, m.label, m.at]),
      (m) => {
        const dot = el('div', {
          class: 'dot',
          part: 'mark',
          title: `${m.i + 1}. ${m.date}: ${m.label}`,
        });
        return place(dot, { left: percent(m.at) });
      },
    );
    placeChildren(this.track, [
      this.rail,
      ...(now === null ? [] : [this.past]),
      ...ticks,
      ...dots,
      ...(now === null ? [] : [this.now]),
    ]);
    placeChildren(
      this.months,
      this.monthNames.update(
        months,
        (m) => `${m.year}-${m.month}`,
        (m) => JSON.stringify(m),
        (m) => place(monthLabel(m), { left: percent(m.at), width: percent(m.width) }),
      ),
    );
    this.decisions.hidden = placed.length === 0;
    placeChildren(
      this.decisions,
      this.spoken.update(
        placed,
        (_m, i) => String(i),
        (m) => JSON.stringify([m.date, m.label]),
        (m) => el('li', {}, `${m.date ?? 'Undated'}: ${m.label}`),
      ),
    );
  }
}

/** A month's name on the rail: short on a phone, whole on a wide screen, the year where it turns. */
function monthLabel(m: { month: string; year: number; showYear: boolean }): HTMLElement {
  const short = `${m.month.slice(0, 3)}${m.showYear ? ` ’${String(m.year).slice(2)}` : ''}`;
  return el(
    'li',
    { class: m.showYear ? 'year' : null, 'data-short': short },
    el('span', { class: 'full' }, `${m.month}${m.showYear ? ` ${m.year}` : ''}`),
  );
}

/** Sets an element's position on the rail (through the CSSOM, as the page's policy allows). */
function place<T extends HTMLElement>(element: T, at: { left?: string; width?: string }): T {
  if (at.left !== undefined) element.style.left = at.left;
  if (at.width !== undefined) element.style.width = at.width;
  return element;
}

/** The timeline's span, where the run stands, where each decision falls, and the months. */
interface Layout {
  readonly tag: TimelineTag;
  readonly now: number | null;
  readonly placed: readonly (TimelineMark & { readonly at: number | null })[];
  readonly months: readonly (TimelineMonth & {
    readonly width: number;
    readonly showYear: boolean;
  })[];
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-timeline': CampaignTimeline;
  }
}
