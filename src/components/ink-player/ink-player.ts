import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { StorySession, type ChoiceView, type Paragraph } from '../../engine/story-session.ts';

/**
 * Plays a compiled ink story: paragraphs as text, choices as buttons, keys 1-9 pick them.
 *
 * @summary An ink story player.
 */
@customElement('ink-player')
export class InkPlayer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 40rem;
      margin: 0 auto;
      padding: 1rem;
      line-height: 1.6;
    }
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    button {
      font: inherit;
      text-align: start;
      padding: 0.5rem 0.75rem;
      cursor: pointer;
    }
  `;

  /** The compiled story JSON to play. */
  @property({ attribute: false }) storyJson: string | null = null;

  @state() private _paragraphs: Paragraph[] = [];
  @state() private _choices: readonly ChoiceView[] = [];
  @state() private _title: string | null = null;
  @state() private _error: string | null = null;

  private session: StorySession | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.handleKey);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.handleKey);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('storyJson') && this.storyJson) this.begin(this.storyJson);
  }

  private begin(json: string): void {
    try {
      this.session = new StorySession(json);
      this._title = this.session.globals.title;
      const frame = this.session.start();
      this._paragraphs = [...frame.paragraphs];
      this._choices = frame.choices;
      this._error = null;
    } catch (error) {
      this._error = error instanceof Error ? error.message : String(error);
    }
  }

  private choose(index: number): void {
    if (!this.session) return;
    try {
      const frame = this.session.choose(index);
      this._paragraphs = frame.cleared
        ? [...frame.paragraphs]
        : [...this._paragraphs, ...frame.paragraphs];
      this._choices = frame.choices;
    } catch (error) {
      this._error = error instanceof Error ? error.message : String(error);
    }
  }

  private handleKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const n = Number(event.key);
    if (Number.isInteger(n) && n >= 1 && n <= 9 && n <= this._choices.length) {
      event.preventDefault();
      this.choose(n - 1);
    }
  };

  override render() {
    return html`
      ${this._title ? html`<h1>${this._title}</h1>` : null}
      ${this._error ? html`<p role="alert">${this._error}</p>` : null}
      <div class="story" aria-live="polite">
        ${this._paragraphs.filter((p) => p.text).map((p) => html`<p>${p.text}</p>`)}
      </div>
      <ol class="choices">
        ${this._choices.map(
          (c) => html`<li><button @click=${() => this.choose(c.index)}>${c.text}</button></li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ink-player': InkPlayer;
  }
}
