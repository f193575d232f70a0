/** Styles the branch views share: the page's buttons and focus ring, then headings and cards. */
import { css } from 'lit';
import { sharedStyles } from '../../styles/shared-styles.ts';

const branchOwnStyles = css`
  :host {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.92rem;
    line-height: 1.45;
    color: var(--text);
  }
  select,
  input {
    font: inherit;
    font-size: 0.88rem;
    color: var(--text);
    background: var(--bg-raised);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    padding: 0.3rem 0.6rem;
    min-height: 2rem;
  }
  button.danger {
    color: var(--bad);
    border-color: var(--bad);
  }
  h3 {
    font-size: 0.78rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
    margin: 1rem 0 0.4rem;
  }
  .muted {
    color: var(--text-muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 1rem;
    margin: 0 0 0.75rem;
  }
  .summary strong {
    font-variant-numeric: tabular-nums;
  }
  .card {
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--bg-raised);
    padding: 0.6rem 0.75rem;
  }
  .run-a {
    --run: var(--accent);
  }
  .run-b {
    --run: var(--focus);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--run);
    vertical-align: -0.05em;
    margin-right: 0.3em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
`;

export const branchStyles = [...sharedStyles, branchOwnStyles];
