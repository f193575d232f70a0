import { LitElement, css, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { RestoredGame, SaveController, SlotSummary } from '../ink-player/save-controller.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';

/** Asks the player to load a game (a slot or an imported save). */
export class GameLoadEvent extends CustomEvent<RestoredGame> {
  static readonly eventName = 'game-load' as const;
  constructor(game: RestoredGame) {
    super(GameLoadEvent.eventName, { detail: game, bubbles: true, composed: true });
  }
}

/** Offers a file to the player's browser as a download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Save slots: save, load, rename, delete; export one or all to a file and import them back.
 * The page loads it the first time the player opens it, and calls `show()`.
 *
 * @summary Saved games menu.
 * @event game-load - The player chose a save to load (`GameLoadEvent`).
 */
@customElement('save-menu')
export class SaveMenu extends LitElement {
  static override styles = [
    ...sharedStyles,
    css`
      :host {
        display: contents;
        font-family: var(--font-ui);
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
      }
      form {
        display: flex;
        gap: 0.5rem;
        margin: 1rem 0;
        flex-wrap: wrap;
      }
      label {
        display: block;
        font-size: 0.85rem;
        color: var(--text-muted);
      }
      input[type='text'] {
        flex: 1 1 12rem;
        font: inherit;
        padding: 0.4rem 0.5rem;
        border: 1px solid var(--border);
        border-radius: var(--radius);
        background: var(--bg-raised);
        color: var(--text);
        min-width: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        border: 1px solid var(--border);
        border-radius: var(--radius);
        padding: 0.6rem;
        background: var(--bg-raised);
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .meta,
      .problem {
        font-size: 0.82rem;
        color: var(--text-muted);
      }
      .problem {
        color: var(--bad);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        margin-top: 0.5rem;
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 1rem;
        padding-top: 0.75rem;
        border-top: 1px solid var(--border);
      }
      .status {
        min-height: 1.2em;
        font-size: 0.88rem;
        margin: 0.5rem 0 0;
      }
      .status.bad {
        color: var(--bad);
      }
    `,
  ];

  @property({ attribute: false }) controller: SaveController | null = null;
  @property({ attribute: false }) storyId = '';

  @state() private _slots: SlotSummary[] = [];
  @state() private _status = '';
  @state() private _statusBad = false;
  @state() private _renaming: string | null = null;

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('input[type=file]') private _file!: HTMLInputElement;

  private say(text: string, bad = false): void {
    this._status = text;
    this._statusBad = bad;
  }

  private async refresh(): Promise<void> {
    if (!this.controller) return;
    try {
      this._slots = await this.controller.listSlots();
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), true);
    }
  }

  /** Opens the dialog with the slots listed afresh. */
  async show(): Promise<void> {
    await this.updateComplete;
    this.say('');
    this._dialog.showModal();
    await this.refresh();
  }

  private async run(action: () => Promise<string>): Promise<void> {
    try {
      this.say(await action());
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error), true);
    }
    await this.refresh();
  }

  private handleSave(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    void this.run(async () => {
      const saved = await this.controller!.saveSlot(name);
      input.value = '';
      return `Saved as “${saved}”.`;
    });
  }

  private handleLoad(slot: SlotSummary): void {
    void this.run(async () => {
      const game = await this.controller!.loadSlot(slot.id);
      this.dispatchEvent(new GameLoadEvent(game));
      this._dialog.close();
      return `Loaded “${slot.name}”.`;
    });
  }

  private handleRename(event: SubmitEvent, slot: SlotSummary): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem(
      'rename',
    ) as HTMLInputElement;
    void this.run(async () => {
      await this.controller!.renameSlot(slot.id, input.value.trim());
      this._renaming = null;
      return `Renamed to “${input.value.trim()}”.`;
    });
  }

  private handleDelete(slot: SlotSummary): void {
    if (!window.confirm(`Delete the save “${slot.name}”? This cannot be undone.`)) return;
    void this.run(async () => {
      await this.controller!.deleteSlot(slot.id);
      return `Deleted “${slot.name}”.`;
    });
  }

  private handleExport(slot: SlotSummary | null): void {
    void this.run(async () => {
      const file = slot
        ? await this.controller!.exportOne(slot.id)
        : await this.controller!.exportAll();
      download(file.fileName, file.text);
      return `Exported to ${file.fileName}.`;
    });
  }

  private handleImport(): void {
    const file = this._file.files?.[0];
    this._file.value = '';
    if (!file) return;
    void this.run(() => this.controller!.importFile(file));
  }

  private renderSlot(slot: SlotSummary) {
    const renaming = this._renaming === slot.id;
    return html`<li>
      ${
        renaming
          ? html`<form @submit=${(e: SubmitEvent) => this.handleRename(e, slot)}>
              <label class="visually-hidden" for="rename-${slot.id}">New name</label>
              <input
                id="rename-${slot.id}"
                name="rename"
                type="text"
                maxlength="80"
                required
                .value=${slot.name}
                aria-label=${`New name for ${slot.name}`}
              />
              <button type="submit">Rename</button>
              <button type="button" @click=${() => (this._renaming = null)}>Cancel</button>
            </form>`
          : html`<div class="name">${slot.name}</div>`
      }
      <div class="meta">
        ${[slot.chapter, slot.date].filter(Boolean).join(' · ')}${
          slot.savedAt ? html` — saved ${timeFormat.format(new Date(slot.savedAt))}` : nothing
        }
      </div>
      ${slot.problem ? html`<div class="problem">${slot.problem}</div>` : nothing}
      <div class="actions">
        <button
          type="button"
          ?disabled=${slot.problem !== null}
          aria-label=${`Load ${slot.name}`}
          @click=${() => this.handleLoad(slot)}
        >
          Load
        </button>
        <button
          type="button"
          aria-label=${`Rename ${slot.name}`}
          @click=${() => (this._renaming = slot.id)}
        >
          Rename
        </button>
        <button
          type="button"
          aria-label=${`Export ${slot.name}`}
          @click=${() => this.handleExport(slot)}
        >
          Export
        </button>
        <button
          type="button"
          aria-label=${`Delete ${slot.name}`}
          @click=${() => this.handleDelete(slot)}
        >
          Delete
        </button>
      </div>
    </li>`;
  }

  override render() {
    return html`
      <dialog aria-labelledby="saves-title">
        <div class="head">
          <h2 id="saves-title">Saved games</h2>
          <button type="button" @click=${() => this._dialog.close()}>Close</button>
        </div>
        <form @submit=${this.handleSave}>
          <label class="visually-hidden" for="save-name">Name of the new save</label>
          <input
            id="save-name"
            name="name"
            type="text"
            maxlength="80"
            placeholder="Name this save"
          />
          <button class="primary" type="submit">Save current game</button>
        </form>
        ${
          this._slots.length === 0
            ? html`<p class="meta">No saved games yet.</p>`
            : html`<ul aria-label="Save slots">
                ${this._slots.map((slot) => this.renderSlot(slot))}
              </ul>`
        }
        <div class="footer">
          <button type="button" @click=${() => this.handleExport(null)}>Export everything</button>
          <button type="button" @click=${() => this._file.click()}>Import from file…</button>
          <input
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Import saves from a file"
            @change=${this.handleImport}
          />
        </div>
        <p class="status ${this._statusBad ? 'bad' : ''}" role="status">${this._status}</p>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'save-menu': SaveMenu;
  }
  interface HTMLElementEventMap {
    [GameLoadEvent.eventName]: GameLoadEvent;
  }
}
