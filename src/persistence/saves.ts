/**
 * The saved games of one story: its autosave and its named slots, over a KeyValueStore that
 * belongs to that story alone. Nothing read back is trusted before validation, and nothing
 * that fails validation is deleted: it stays, listed with its problem, and can be exported.
 */
import { parseRecord, type SaveRecord } from './schema.ts';
import { storageFailure, type KeyValueStore } from './store.ts';

const AUTOSAVE = 'autosave';
const SLOT = 'slot:';

export type LoadedAutosave =
  { readonly record: SaveRecord } | { readonly corrupt: string; readonly raw: unknown };

export type AutosaveResult =
  { readonly conflict: false } | { readonly conflict: true; readonly theirs: SaveRecord };

export interface SlotListing {
  readonly id: string;
  readonly name: string;
  readonly chapter: string | null;
  readonly date: string | null;
  readonly savedAt: string | null;
  readonly problem: string | null;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export class SaveStore {
  constructor(
    private readonly store: KeyValueStore,
    readonly storyId: string,
  ) {}

  private async write(key: string, value: unknown): Promise<void> {
    try {
      await this.store.set(key, value);
    } catch (error) {
      throw storageFailure(error);
    }
  }

  /** The autosave, a note that it is damaged, or null when there is none. */
  async loadAutosave(): Promise<LoadedAutosave | null> {
    const raw = await this.store.get(AUTOSAVE);
    if (raw === null || raw === undefined) return null;
    const parsed = parseRecord(raw);
    return 'record' in parsed ? { record: parsed.record } : { corrupt: parsed.problem, raw };
  }

  /**
   * Moves a damaged autosave aside into a slot of its own (listed with its problem, exportable),
   * so that the next autosave does not overwrite it.
   */
  async keepDamagedAutosave(raw: unknown): Promise<void> {
    await this.write(`${SLOT}damaged-${Date.now().toString(36)}`, raw);
    await this.store.remove(AUTOSAVE);
  }

  /**
   * Writes the autosave unless another tab has written a newer one since this tab last read or
   * wrote it (`expectedRevision`); then it reports the conflict and writes nothing.
   */
  async autosave(
    record: SaveRecord,
    expectedRevision: number,
    force = false,
  ): Promise<AutosaveResult> {
    if (!force) {
      const stored = await this.loadAutosave();
      if (
        stored &&
        'record' in stored &&
        stored.record.tabId !== record.tabId &&
        stored.record.revision > expectedRevision
      ) {
        return { conflict: true, theirs: stored.record };
      }
    }
    await this.write(AUTOSAVE, record);
    return { conflict: false };
  }

  async saveSlot(record: SaveRecord): Promise<void> {
    await this.write(SLOT + record.id, { ...record, kind: 'slot' });
  }

  /** Every slot, newest first; damaged ones listed with their problem. */
  async listSlots(): Promise<SlotListing[]> {
    const keys = (await this.store.keys()).filter((k) => k.startsWith(SLOT));
    const slots: SlotListing[] = [];
    for (const key of keys) {
      const parsed = parseRecord(await this.store.get(key));
      const id = key.slice(SLOT.length);
      if ('record' in parsed) {
        const r = parsed.record;
        slots.push({
          id,
          name: r.name,
          chapter: r.chapter,
          date: r.date,
          savedAt: r.savedAt,
          problem: null,
        });
      } else {
        slots.push({
          id,
          name: `Damaged save ${id.slice(0, 8)}`,
          chapter: null,
          date: null,
          savedAt: null,
          problem: `This save cannot be loaded: ${parsed.problem}. It is kept so that it can be exported.`,
        });
      }
    }
    return slots.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  }

  async loadSlot(id: string): Promise<SaveRecord> {
    const raw = await this.store.get(SLOT + id);
    if (raw === null || raw === undefined) throw new Error('That save no longer exists.');
    const parsed = parseRecord(raw);
    if ('problem' in parsed) throw new Error(`That save cannot be loaded: ${parsed.problem}.`);
    return parsed.record;
  }

  async renameSlot(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A save needs a name.');
    const record = await this.loadSlot(id);
    await this.write(SLOT + id, { ...record, name: trimmed.slice(0, 80) });
  }

  async deleteSlot(id: string): Promise<void> {
    await this.store.remove(SLOT + id);
  }

  /** Every record of this story as stored, damaged ones included (so nothing is lost). */
  async exportAll(): Promise<unknown[]> {
    const keys = (await this.store.keys()).filter((k) => k === AUTOSAVE || k.startsWith(SLOT));
    const records: unknown[] = [];
    for (const key of keys.sort()) records.push(await this.store.get(key));
    return records;
  }

  async exportOne(id: string): Promise<unknown[]> {
    return [await this.loadSlot(id)];
  }

  /**
   * Adds imported records as slots. An imported autosave becomes a slot, so that an import never
   * overwrites the game in progress; ids that clash get new ones. Returns how many were added.
   */
  async importRecords(records: readonly SaveRecord[]): Promise<number> {
    const existing = new Set((await this.store.keys()).filter((k) => k.startsWith(SLOT)));
    let added = 0;
    for (const record of records) {
      const id = existing.has(SLOT + record.id) || record.kind === 'autosave' ? newId() : record.id;
      const name =
        record.kind === 'autosave'
          ? `Imported autosave (${record.chapter ?? 'start'})`.slice(0, 80)
          : record.name;
      await this.saveSlot({ ...record, id, name, kind: 'slot' });
      existing.add(SLOT + id);
      added++;
    }
    return added;
  }
}
