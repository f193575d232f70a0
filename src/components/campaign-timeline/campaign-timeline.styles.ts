import { css } from 'lit';

export const campaignTimelineStyles = css`
  :host {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.75rem;
    color: var(--text-muted);
    --timeline-rail: var(--border);
    --timeline-past: var(--accent);
    --timeline-dot: var(--bg-raised);
  }
  :host([hidden]) {
    display: none;
  }
  .timeline {
    padding: 0.6rem 0.6rem 0.2rem;
  }
  .track {
    position: relative;
    height: 1.1rem;
  }
  .rail,
  .past {
    position: absolute;
    top: 50%;
    left: 0;
    height: 3px;
    margin-top: -1.5px;
    border-radius: 2px;
  }
  .rail {
    right: 0;
    background: var(--timeline-rail);
  }
  .past {
    background: var(--timeline-past);
    opacity: 0.55;
  }
  .tick {
    position: absolute;
    top: 15%;
    bottom: 15%;
    width: 1px;
    background: var(--timeline-rail);
  }
  .dot,
  .now {
    position: absolute;
    top: 50%;
    transform: translate(-50%, -50%);
    border-radius: 50%;
  }
  .dot {
    width: 0.55rem;
    height: 0.55rem;
    background: var(--timeline-dot);
    border: 2px solid var(--timeline-past);
    box-sizing: border-box;
  }
  .now {
    width: 0.95rem;
    height: 0.95rem;
    background: var(--timeline-past);
    border: 2px solid var(--bg);
    box-shadow: 0 0 0 1px var(--timeline-past);
    box-sizing: border-box;
  }
  .months {
    position: relative;
    height: 1.1rem;
    margin: 0.1rem 0 0;
    padding: 0;
    list-style: none;
  }
  .months li {
    position: absolute;
    top: 0;
    display: flex;
    justify-content: center;
    white-space: nowrap;
  }
  .months .year {
    color: var(--text);
    font-weight: 600;
  }
  /* A phone shows a month's short name (from data-short), a wide screen the whole one. */
  .months li::before {
    content: attr(data-short);
  }
  .full {
    display: none;
  }
  @media (min-width: 640px) {
    :host {
      font-size: 0.78rem;
    }
    .full {
      display: inline;
    }
    .months li::before {
      content: none;
    }
  }
  @media (forced-colors: active) {
    .now,
    .past {
      background: Highlight;
    }
    .dot {
      border-color: CanvasText;
    }
  }
`;
