import { css } from 'lit';

export const theatreMapStyles = css`
  :host {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  figure {
    margin: 0;
  }
  .frame {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    overflow: hidden;
    background: var(--sea);
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
  }
  .region {
    fill: var(--region-neutral);
    stroke: var(--map-ink);
  }
  /* Sides take colours in the order the story declares them. */
  .region[data-owner='side-1'],
  .swatch.side-1 {
    fill: var(--map-side-1);
    background: var(--map-side-1);
  }
  .region[data-owner='side-2'],
  .swatch.side-2 {
    fill: var(--map-side-2);
    background: var(--map-side-2);
  }
  .region[data-owner='side-3'],
  .swatch.side-3 {
    fill: var(--map-side-3);
    background: var(--map-side-3);
  }
  .region[data-owner='side-4'],
  .swatch.side-4 {
    fill: var(--map-side-4);
    background: var(--map-side-4);
  }
  .region[data-owner='neutral'],
  .swatch.neutral {
    fill: var(--region-neutral);
    background: var(--region-neutral);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    margin: 0.4rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    display: inline-block;
    width: 0.85rem;
    height: 0.85rem;
    border: 1px solid var(--map-ink);
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .under {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: 0.3rem 0.8rem;
    margin: 0.4rem 0 0;
  }
  .under .legend {
    margin: 0;
    flex: 1 1 14rem;
  }
  button {
    font-size: 0.8rem;
    padding: 0.25rem 0.6rem;
    min-height: 0;
  }
  dialog {
    width: min(64rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    padding: 0.75rem;
  }
  .dialog-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5rem;
  }
  .dialog-bar .legend {
    margin: 0;
  }
  /* On a phone the large map keeps its labels readable and scrolls sideways. */
  .large {
    overflow: auto;
  }
  .large svg {
    min-width: 44rem;
  }
  .holdings {
    margin: 0.4rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .fallback {
    margin: 0;
    padding: 0.5rem;
  }
`;
