/**
 * The campaign shell around `<ink-player>`: the timeline above the story, the war room beside it
 * (stats and theatre map) and a summary in the ending box. Every panel is rebuilt from the
 * player's view on each `ink-view`, so a rewind, a load or a restart shows exactly that moment.
 */
import { timelinePosition } from './components/campaign-timeline/timeline-position.ts';
import type { CampaignTimeline } from './components/campaign-timeline/campaign-timeline.ts';
import './components/campaign-timeline/campaign-timeline.ts';
import { InkViewEvent } from './components/events.ts';
import type { InkPlayer } from './components/ink-player/ink-player.ts';
import './components/stats-panel/stats-panel.ts';
import type { StatsPanel } from './components/stats-panel/stats-panel.ts';
import { regionsFromStats } from './components/theatre-map/regions.ts';
import './components/theatre-map/theatre-map.ts';
import type { TheatreMap } from './components/theatre-map/theatre-map.ts';
import type { View } from './engine/playthrough.ts';

/** Wide enough for the war room to sit open beside the story. */
const WIDE = '(min-width: 1000px)';

/** Styles for the shell's light-DOM wrappers (the components style themselves). */
const SHELL_CSS = `
  ink-player > .war-room {
    margin: 0.75rem 0 0;
    font-family: var(--font-ui);
  }
  ink-player > .war-room > details > summary {
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
  ink-player > .war-room > details > summary:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  ink-player > .war-room > details[open] > summary {
    margin-bottom: 0.65rem;
  }
  ink-player > .war-room theatre-map {
    margin-bottom: 0.9rem;
  }
  ink-player > campaign-timeline {
    border-bottom: 1px solid var(--border);
  }
  ink-player > .campaign-summary {
    margin: 1rem 0;
    font-family: var(--font-ui);
  }
  ink-player > .campaign-summary h3 {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
    margin: 1rem 0 0.4rem;
  }
  ink-player > .campaign-summary stats-panel,
  ink-player > .campaign-summary theatre-map {
    max-width: 30rem;
  }
`;

let styled = false;

/** Adds the shell's styles to the document once. */
function adoptShellStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SHELL_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Creates an element with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

interface ShellPanels {
  readonly timeline: CampaignTimeline;
  readonly warRoom: HTMLElement;
  readonly stats: StatsPanel;
  readonly map: TheatreMap;
  readonly summary: HTMLElement;
  readonly finalStats: StatsPanel;
  readonly finalMapTitle: HTMLElement;
  readonly finalMap: TheatreMap;
}

function createPanels(): ShellPanels {
  const timeline = el('campaign-timeline', { slot: 'above' });
  const stats = el('stats-panel');
  const map = el('theatre-map');
  const details = el('details', {}, el('summary', {}, 'War room: map and stats'), map, stats);
  details.open = window.matchMedia?.(WIDE).matches ?? false;
  const warRoom = el(
    'div',
    { slot: 'aside', class: 'war-room' },
    el('h2', { class: 'visually-hidden' }, 'War room'),
    details,
  );
  const finalStats = el('stats-panel', { since: 'the start of the campaign' });
  const finalMapTitle = el('h3', {}, 'The theatre at the end');
  const finalMap = el('theatre-map', {
    label: 'Map of the theatre at the end (who holds each region is listed below)',
  });
  const summary = el(
    'div',
    { slot: 'ending', class: 'campaign-summary' },
    el('h3', {}, 'The campaign in figures'),
    finalStats,
    finalMapTitle,
    finalMap,
  );
  return { timeline, warRoom, stats, map, summary, finalStats, finalMapTitle, finalMap };
}

/** Sets every panel from one view; nothing is kept from the moment before. */
function showView(panels: ShellPanels, view: View): void {
  const marks = view.history.map((entry) => ({ date: entry.date, label: entry.choiceText }));
  const dated =
    timelinePosition(view.scene.date) !== null ||
    marks.some((mark) => timelinePosition(mark.date) !== null);
  panels.timeline.date = view.scene.date;
  panels.timeline.marks = marks;
  panels.timeline.hidden = !dated;

  const held = regionsFromStats(view.stats);
  panels.stats.stats = view.stats;
  panels.stats.previous = view.previousStats;
  panels.map.held = held;
  panels.map.hidden = held === null;
  panels.warRoom.hidden = view.stats.length === 0;

  const ended = view.ended && view.stats.length > 0;
  panels.summary.hidden = !ended;
  panels.finalStats.stats = ended ? view.stats : [];
  panels.finalStats.previous = ended ? (view.history[0]?.stats ?? null) : null;
  panels.finalMap.held = ended ? held : null;
  panels.finalMap.hidden = !ended || held === null;
  panels.finalMapTitle.hidden = panels.finalMap.hidden;
}

const connected = new WeakSet<InkPlayer>();

/**
 * Puts the campaign panels into `player`'s slots and keeps them in step with every moment it
 * shows. Panels a story has no data for (no dates, no stats, no regions) stay hidden.
 */
export function connectShell(
  player: InkPlayer,
  endings: readonly { readonly id: string; readonly title: string }[] = [],
): void {
  if (connected.has(player)) return;
  connected.add(player);
  adoptShellStyles();
  const panels = createPanels();
  player.append(panels.timeline, panels.warRoom, panels.summary);
  const count = el('p', { class: 'endings-count' });
  panels.summary.prepend(count);
  const showCount = (view: View) => {
    const at = endings.findIndex((e) => e.id === view.scene.ending?.id);
    count.textContent =
      at >= 0 ? `Ending ${at + 1} of the ${endings.length} this campaign can reach.` : '';
    count.hidden = at < 0;
  };
  player.addEventListener(InkViewEvent.eventName, (event) => {
    showView(panels, event.view);
    showCount(event.view);
  });
  if (player.view) showView(panels, player.view);
  else {
    panels.timeline.hidden = true;
    panels.warRoom.hidden = true;
    panels.summary.hidden = true;
  }
}
