/**
 * Styles every element shares, written once: text for screen readers only, the focus ring, the
 * buttons and the dialogs. Each element lists `sharedStyles` first and adds its own after.
 */
import { css } from 'lit';

/** Text for screen readers only: in the accessibility tree, not on screen. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** One focus ring for everything that takes focus from the keyboard. */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
`;

/** Buttons: raised, the size of a finger on a phone; `primary` for the one to press. */
export const buttonStyles = css`
  button {
    font: inherit;
    font-family: var(--font-ui);
    font-size: 0.9rem;
    padding: 0.4rem 0.7rem;
    min-height: 2.25rem;
    border-radius: var(--radius);
    border: 1px solid var(--border);
    background: var(--bg-raised);
    color: var(--text);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-text);
    border-color: var(--accent);
  }
`;

/** Modal dialogs: on the page's background, over a dimmed page. */
export const dialogStyles = css`
  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: min(85vh, 46rem);
    box-sizing: border-box;
    padding: 1rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--bg);
    color: var(--text);
    box-shadow: var(--shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;

export const sharedStyles = [visuallyHidden, focusStyles, buttonStyles, dialogStyles];
