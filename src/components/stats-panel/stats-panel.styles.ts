import { css } from 'lit';

export const statsPanelStyles = css`
  :host {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.88rem;
    line-height: 1.35;
    color: var(--text);
    --stat-good-color: var(--good);
    --stat-bad-color: var(--bad);
  }
  :host([hidden]) {
    display: none;
  }
  .caption {
    margin: 0 0 0.35rem;
    color: var(--text-muted);
    font-size: 0.78rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(3.2rem, auto);
    margin: 0;
    border-top: 1px solid var(--border);
  }
  dl.unchanged {
    grid-template-columns: minmax(0, 1fr) auto 0;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    column-gap: 0.6rem;
    align-items: baseline;
    padding: 0.3rem 0.15rem;
    border-bottom: 1px solid var(--border);
  }
  .row.changed {
    background: color-mix(in srgb, var(--accent-soft) 55%, transparent);
  }
  dt {
    grid-column: 1;
    min-width: 0;
  }
  dd {
    margin: 0;
  }
  .value {
    grid-column: 2;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .change {
    grid-column: 3;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-size: 0.8rem;
    white-space: nowrap;
  }
  .good {
    color: var(--stat-good-color);
  }
  .bad {
    color: var(--stat-bad-color);
  }
  .missing {
    color: var(--text-muted);
    font-weight: normal;
  }
  /* A LIST: its members on their own line under the label, the change under them. */
  .row.list .value,
  .row.list .change {
    grid-column: 1 / -1;
    text-align: start;
    white-space: normal;
  }
  .members {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.2rem 0 0;
    padding: 0;
    list-style: none;
    font-weight: normal;
  }
  .members li {
    padding: 0.05rem 0.4rem;
    border: 1px solid var(--border);
    border-radius: 999px;
    background: var(--bg-raised);
  }
  .members li.new {
    border-color: var(--text-muted);
  }
  .members li.new.good {
    border-color: var(--stat-good-color);
  }
  .members li.new.bad {
    border-color: var(--stat-bad-color);
  }
  /* A new member's tag is drawn by the style, and says the same to a screen reader. */
  .members li.new::after {
    content: 'new' / ', new';
    font-size: 0.72rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    margin-inline-start: 0.3rem;
  }
  .members li.new.good::after {
    content: 'new' / ', new, good';
    color: var(--stat-good-color);
  }
  .members li.new.bad::after {
    content: 'new' / ', new, bad';
    color: var(--stat-bad-color);
  }
  .lost s {
    color: var(--text-muted);
  }
  .none {
    color: var(--text-muted);
    font-style: italic;
  }
`;
