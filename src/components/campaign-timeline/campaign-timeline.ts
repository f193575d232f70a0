import { LitElement, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { campaignTimelineStyles } from './campaign-timeline.styles.ts';
import type { TimelineTag } from '../../engine/tags.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import { timelineMonths, timelinePosition, timelineSpan } from './timeline-position.ts';

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

  override render() {
    const span = timelineSpan(this.span);
    if (!span || !this.span) return nothing;
    const now = timelinePosition(this.date, span);
    const placed = this.marks.map((mark) => ({ ...mark, at: timelinePosition(mark.date, span) }));
    if (now === null && placed.every((m) => m.at === null)) return nothing;
    const ticks = timelineMonths(span);
    const months = ticks.map((m, i) => ({
      ...m,
      width: (ticks[i + 1]?.at ?? 1) - m.at,
      showYear: i === 0 || m.month === 'January',
    }));
    return html`<div class="timeline" part="base">
      <h2 class="visually-hidden">Timeline</h2>
      <p class="visually-hidden">
        ${this.span.start} to ${this.span.end}.
        ${now === null ? 'The date now is not known.' : `Now: ${this.date}.`}
      </p>
      <div class="track" part="track" aria-hidden="true">
        <div class="rail"></div>
        ${now === null ? nothing : html`<div class="past" style=${styleMap({ width: percent(now) })}></div>`}
        ${months.slice(1).map((m) => html`<div class="tick" style=${styleMap({ left: percent(m.at) })}></div>`)}
        ${placed.map((m, i) =>
          m.at === null
            ? nothing
            : html`<div
                class="dot"
                part="mark"
                title=${`${i + 1}. ${m.date}: ${m.label}`}
                style=${styleMap({ left: percent(m.at) })}
              ></div>`,
        )}
        ${
          now === null
            ? nothing
            : html`<div
                class="now"
                part="marker"
                title=${`Now: ${this.date}`}
                style=${styleMap({ left: percent(now) })}
              ></div>`
        }
      </div>
      <ol class="months" aria-hidden="true">
        ${months.map(
          (m) =>
            html`<li style=${styleMap({ left: percent(m.at), width: percent(m.width) })}>
              <span class=${m.showYear ? 'year' : ''}
                ><span class="short"
                  >${m.month.slice(0, 3)}${m.showYear ? ` ’${String(m.year).slice(2)}` : ''}</span
                ><span class="full">${m.month}${m.showYear ? ` ${m.year}` : ''}</span></span
              >
            </li>`,
        )}
      </ol>
      ${
        placed.length === 0
          ? nothing
          : html`<ol class="visually-hidden" aria-label="Decisions taken">
              ${placed.map((m) => html`<li>${m.date ?? 'Undated'}: ${m.label}</li>`)}
            </ol>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'campaign-timeline': CampaignTimeline;
  }
}
