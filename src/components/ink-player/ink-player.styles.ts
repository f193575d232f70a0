import { css } from 'lit';

export const playerStyles = css`
  :host {
    display: block;
    max-width: 78rem;
    margin: 0 auto;
    padding: 0 1rem;
    color: var(--text);
    font-family: var(--font-story);
    line-height: 1.65;
    font-size: 1.08rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--border);
  }
  h1 {
    font-size: 1.35rem;
    line-height: 1.2;
    margin: 0;
    letter-spacing: 0.01em;
  }
  .where {
    margin: 0.15rem 0 0;
    color: var(--text-muted);
    font-family: var(--font-ui);
    font-size: 0.9rem;
  }
  .save-state {
    margin: 0 0 0 auto;
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text-muted);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    font-family: var(--font-ui);
  }
  .tool,
  dialog button,
  .ending button,
  .marks-toggle {
    font: inherit;
    font-family: var(--font-ui);
    font-size: 0.9rem;
    padding: 0.4rem 0.7rem;
    border-radius: var(--radius);
    border: 1px solid var(--border);
    background: var(--bg-raised);
    color: var(--text);
    cursor: pointer;
    min-height: 2.25rem;
  }
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 2rem;
  }
  .main {
    min-width: 0;
  }
  .aside {
    order: -1;
    min-width: 0;
  }
  /* The panels around the story (campaign-shell.ts) are drawn a frame after it: their place is
     kept from the first paint so that nothing under them moves when they come. The timeline
     (when the story declares one) is 3.1rem high, and so is the war room's closed disclosure
     with its margin, which stands above the story on a narrow screen (when there are stats). */
  .above.reserved {
    min-height: 3.1rem;
  }
  @media (max-width: 999.98px) {
    .aside.reserved {
      min-height: 3.1rem;
    }
  }
  @media (min-width: 1000px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) 22rem;
    }
    .aside {
      order: 0;
      position: sticky;
      top: 0.75rem;
      align-self: start;
      max-height: calc(100vh - 1.5rem);
      overflow: auto;
      padding-top: 0.75rem;
    }
  }
  .notices,
  .notice-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .notices {
    max-width: var(--measure);
    margin: 0 auto;
  }
  .notices.some {
    margin: 0.25rem auto 1rem;
    font-family: var(--font-ui);
    font-size: 0.92rem;
  }
  .notice {
    display: flex;
    gap: 0.75rem;
    align-items: start;
    justify-content: space-between;
    padding: 0.6rem 0.8rem;
    border-radius: var(--radius);
    border: 1px solid var(--border);
    background: var(--bg-raised);
  }
  .notice.warn {
    border-color: var(--bad);
    border-inline-start-width: 4px;
  }
  .notice p {
    margin: 0;
  }
  .notice button {
    font: inherit;
    background: none;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    color: var(--text);
    cursor: pointer;
    padding: 0.15rem 0.5rem;
  }
  .story {
    background-image: var(--story-background, none);
    background-size: cover;
    background-position: center;
    max-width: var(--measure);
    margin: 0 auto;
    padding: 1rem 0 0.5rem;
  }
  .story p {
    margin: 0 0 1em;
  }
  .story p:focus {
    outline: none;
  }
  .story h2 {
    font-size: 1.1rem;
    margin: 1.75rem 0 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--border);
    color: var(--accent);
    letter-spacing: 0.03em;
  }
  .story > .chapter:first-child > h2:first-child {
    margin-top: 0.25rem;
  }
  .story .chapter.folded h2 {
    margin: 0.5rem 0 0;
    padding-top: 0.35rem;
  }
  .story .chapter.folded + .chapter:not(.folded) > h2 {
    margin-top: 1.25rem;
  }
  .fold {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15rem 0.75rem;
    width: 100%;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-align: start;
    cursor: pointer;
  }
  .fold .fold-title {
    flex: 1 1 auto;
  }
  .fold .fold-title .date {
    display: block;
  }
  .fold .date,
  .fold .fold-summary {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    font-weight: normal;
    color: var(--text-muted);
    letter-spacing: 0;
  }
  .fold .fold-summary {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .fold[aria-expanded='false']::before {
    content: '▸' / '';
    font-family: var(--font-ui);
    font-weight: normal;
  }
  .fold.bare {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text-muted);
    text-decoration: underline;
    margin-bottom: 0.5rem;
  }
  .order {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 0.6rem;
    margin: 0.25rem 0 1.25rem;
    padding: 0.45rem 0.75rem;
    border-inline-start: 4px solid var(--accent);
    border-block: 1px dashed var(--border);
    font-family: var(--font-ui);
    font-size: 0.9rem;
    line-height: 1.45;
    scroll-margin-top: 1rem;
  }
  .order-label {
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
  }
  .order-text {
    flex: 1 1 12rem;
    font-weight: 600;
  }
  .order-date {
    font-size: 0.8rem;
    color: var(--text-muted);
  }
  .story h2 .date {
    display: block;
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text-muted);
    font-weight: normal;
    letter-spacing: 0;
  }
  figure {
    margin: 1.25rem 0;
  }
  /* A picture keeps its place while it loads (the campaign's are 8:5), so the text and the
     orders below it do not jump when it arrives or turns out to be missing. */
  figure img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: auto 8 / 5;
    border-radius: var(--radius);
    border: 1px solid var(--border);
  }
  .image-missing {
    display: grid;
    place-items: center;
    aspect-ratio: 8 / 5;
    border: 1px dashed var(--border);
    border-radius: var(--radius);
    color: var(--text-muted);
    font-family: var(--font-ui);
    font-size: 0.85rem;
  }
  /* Drawn, not written: the placeholder is no part of the story's text. */
  .image-missing::after {
    content: 'Picture not found';
  }
  .notice.error {
    margin: 1rem 0;
  }
  .choice:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  figcaption {
    font-family: var(--font-ui);
    font-size: 0.85rem;
    color: var(--text-muted);
    margin-top: 0.4rem;
  }
  .choices {
    max-width: var(--measure);
    margin: 0.5rem auto 2rem;
  }
  .choices-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  .choices h2 {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
    margin: 0;
  }
  .choices-head .marks-toggle {
    font-size: 0.8rem;
    min-height: 1.9rem;
    padding: 0.2rem 0.55rem;
    background: transparent;
    color: var(--text-muted);
  }
  .choices ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    width: 100%;
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
    text-align: start;
    font: inherit;
    color: var(--text);
    background: var(--bg-raised);
    border: 1px solid var(--border);
    border-left: 4px solid var(--accent);
    border-radius: var(--radius);
    padding: 0.65rem 0.85rem;
    cursor: pointer;
    box-shadow: var(--shadow);
    transition: transform var(--duration) ease-out;
  }
  .choice {
    flex-wrap: wrap;
  }
  .choice .text {
    flex: 1 1 12rem;
  }
  .choice .mark {
    flex: 1 0 100%;
    padding-left: calc(1.2em + 0.75rem);
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text-muted);
  }
  .choice:hover {
    transform: translateX(2px);
  }
  .key {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--accent);
    min-width: 1.2em;
  }
  .ending {
    max-width: var(--measure);
    margin: 1rem auto 2rem;
    padding: 1rem 1.25rem;
    border: 2px solid var(--accent);
    border-radius: var(--radius);
    background: var(--accent-soft);
  }
  .ending h2 {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }
  .ending .endings-found {
    font-family: var(--font-ui);
    font-size: 0.95rem;
    margin: 0 0 0.75rem;
  }
  .ending-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .ending .ending-note {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    color: var(--text-muted);
    margin: 0.5rem 0 0;
  }
  .ending .label {
    font-family: var(--font-ui);
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
    margin: 0;
  }
  .error {
    border-color: var(--bad);
    color: var(--bad);
  }
  dialog {
    width: min(34rem, calc(100vw - 2rem));
    max-height: min(80vh, 44rem);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--bg);
    color: var(--text);
    padding: 1rem;
    box-shadow: var(--shadow);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog header {
    padding-top: 0;
    margin-bottom: 0.75rem;
  }
  dialog h2 {
    margin: 0;
    font-size: 1.1rem;
  }
  .help-body {
    font-family: var(--font-ui);
    font-size: 0.95rem;
    line-height: 1.55;
  }
  .help-body h3 {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--text-muted);
    margin: 1rem 0 0.25rem;
  }
  .help-body h3:first-child {
    margin-top: 0;
  }
  .help-body p {
    margin: 0 0 0.5rem;
  }
  kbd {
    font-family: var(--font-ui);
    font-size: 0.85em;
    padding: 0.05rem 0.35rem;
    border: 1px solid var(--border);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--bg-raised);
  }
  @media (max-width: 480px) {
    :host {
      font-size: 1rem;
    }
    h1 {
      font-size: 1.15rem;
    }
  }
`;
