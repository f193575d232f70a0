import { css } from 'lit';

export const theatreMapStyles = css`
  :host {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text);
  }
  :host([hidden]) {
    display: none;
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
    transition: fill var(--duration, 180ms) ease-out;
  }
  .region[data-owner='soviet'] {
    fill: var(--region-soviet);
  }
  .region[data-owner='british'] {
    fill: var(--region-british);
  }
  .region[data-owner='japanese'] {
    fill: var(--region-japanese);
  }
  .region[data-owner='neutral'] {
    fill: var(--region-neutral);
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
  .swatch.soviet {
    background: var(--region-soviet);
  }
  .swatch.british {
    background: var(--region-british);
  }
  .swatch.japanese {
    background: var(--region-japanese);
  }
  .swatch.neutral {
    background: var(--region-neutral);
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
    font: inherit;
    padding: 0.25rem 0.6rem;
    border-radius: var(--radius);
    border: 1px solid var(--border);
    background: var(--bg-raised);
    color: var(--text);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  dialog {
    width: min(64rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    box-sizing: border-box;
    padding: 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--bg);
    color: var(--text);
    box-shadow: var(--shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
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
  .fallback {
    margin: 0;
    padding: 0.5rem;
  }
`;
