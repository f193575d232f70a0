/**
 * The saved games of one story: its autosave and its named slots, over a KeyValueStore that
 * belongs to that story alone (keys `autosave` and `slot:<id>`). Nothing read back is trusted
 * before validation, and nothing that fails validation is deleted: it stays, listed with its
 * problem, and can be exported.
 */
import { normaliseSaveName } from './record.ts';
import { sameData } from './same-data.ts';
import { compactRecord, parseRecord, type SaveRecord } from './schema.ts';
import { storageFailure, type KeyValueStore } from './store.ts';

const AUTOSAVE = 'autosave';
const SLOT = 'slot:';
/** Ids kept as they are on import; anything else gets a fresh id. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The save asked for is not there (deleted, perhaps in another tab). */
export class SaveNotFoundError extends Error {
  constructor(message = 'That save no longer exists.') {
    super(message);
    this.name = 'SaveNotFoundError';
  }
}

/** The save is there but cannot be loaded; it is kept so that it can be exported. */
export class DamagedSaveError extends Error {
  constructor(readonly problem: string) {
    super(`That save cannot be loaded: ${problem}. It is kept so that it can be exported.`);
    this.name = 'DamagedSaveError';
  }
}

/** A save name that is empty once trimmed. */
export class SaveNameError extends Error {
  constructor() {
    super('A save needs a name.');
    this.name = 'SaveNameError';
  }
}

/** The autosave as read back: a record, or why it cannot be used (with what was stored). */
export type LoadedAutosave =
  { readonly record: SaveRecord } | { readonly corrupt: string; readonly raw: unknown };

export type AutosaveResult =
  /** Written; `revision` is the revision stored (the record's own unless taking over). */
  | { readonly conflict: false; readonly revision: number }
  /** Not written: another tab has saved a newer game, `theirs`. */
  | { readonly conflict: true; readonly theirs: SaveRecord };

/** What an import did: slots added, and records skipped because they were already here. */
export interface ImportResult {
  readonly added: number;
  readonly skipped: number;
}

/** A save slot as the menu lists it. */
export interface SlotListing {
  readonly id: string;
  readonly name: string;
  readonly chapter: string | null;
  readonly date: string | null;
  readonly savedAt: string | null;
  readonly storyHash: string | null;
  /** Why the slot cannot be loaded, or null when it can. */
  readonly problem: string | null;
}

/** Runs `task` while holding the lock `name` across tabs (the Web Locks API). */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export interface SaveStoreOptions {
  /** Cross-tab lock for read-then-write steps; `navigator.locks` where it exists. */
  readonly lock?: LockRunner | null;
  /** New slot ids; `crypto.randomUUID` by default. */
  readonly newId?: () => string;
}

function webLocks(): LockRunner | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return null;
  return <T>(name: string, task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      // The lock is held until the task settles; its result goes straight to the caller.
      locks.request(name, () => task().then(resolve, reject)).catch(reject);
    });
}

/** The autosave found before a write; `record` is null when it is this tab's own last write. */
interface StoredAutosave {
  readonly revision: number;
  readonly record: SaveRecord | null;
}

function field(raw: unknown, key: string): unknown {
  return typeof raw === 'object' && raw !== null
    ? (raw as Record<string, unknown>)[key]
    : undefined;
}

/** Whether two records hold the same game: the same story build and the same run. */
function sameGame(a: SaveRecord, b: SaveRecord): boolean {
  return a.storyHash === b.storyHash && sameData(a.data, b.data);
}

/** Whether a stored record is `b` in every field (the same save, exported and back). */
function sameRecord(stored: SaveRecord | null, b: SaveRecord): boolean {
  return stored !== null && sameData(stored, b);
}

function timeOf(savedAt: string | null): number {
  const time = savedAt === null ? NaN : Date.parse(savedAt);
  return Number.isNaN(time) ? -Infinity : time;
}

export class SaveStore {
  private readonly lock: LockRunner | null;
  private readonly newId: () => string;
  private queue: Promise<unknown> = Promise.resolve();
  /** The autosave this store last wrote: when it is still there, it need not be re-validated. */
  private lastWritten: { readonly tabId: string; readonly revision: number } | null = null;

  constructor(
    private readonly store: KeyValueStore,
    readonly storyId: string,
    options: SaveStoreOptions = {},
  ) {
    this.lock = options.lock === undefined ? webLocks() : options.lock;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  }

  // -- autosave ---------------------------------------------------------------------------------

  /** The autosave, a note that it is damaged (what was stored stays), or null when there is none. */
  async loadAutosave(): Promise<LoadedAutosave | null> {
    const raw = await this.read(AUTOSAVE);
    if (raw === null) return null;
    const parsed = this.check(raw);
    return 'record' in parsed ? { record: parsed.record } : { corrupt: parsed.problem, raw };
  }

  /**
   * Writes the autosave, unless another tab has written a newer one since this tab last loaded
   * or wrote it (revision `expectedRevision`): then nothing is written and the other tab's
   * record comes back as `theirs`, so that neither tab silently overwrites the other.
   * `force` writes anyway (see `takeOver`). A damaged autosave in the way is moved aside into
   * a slot first, never overwritten.
   */
  async autosave(
    record: SaveRecord,
    expectedRevision: number,
    options: { readonly force?: boolean } = {},
  ): Promise<AutosaveResult> {
    this.assertOwn(record);
    return this.critical(async () => {
      const stored = await this.storedAutosave(record.tabId);
      if (
        !options.force &&
        stored?.record &&
        stored.record.tabId !== record.tabId &&
        stored.revision > expectedRevision
      ) {
        return { conflict: true, theirs: stored.record };
      }
      // Taking over writes above the other tab's revision, so that its next write is refused.
      const revision =
        options.force && stored ? Math.max(record.revision, stored.revision + 1) : record.revision;
      await this.writeRecord(AUTOSAVE, { ...record, revision, kind: 'autosave' });
      this.lastWritten = { tabId: record.tabId, revision };
      return { conflict: false, revision };
    });
  }

  /** Makes this tab's game the autosave even though another tab saved since (the player chose). */
  async takeOver(
    record: SaveRecord,
  ): Promise<{ readonly conflict: false; readonly revision: number }> {
    const result = await this.autosave(record, Number.MAX_SAFE_INTEGER, { force: true });
    if (result.conflict) throw new Error('unreachable: a forced autosave cannot conflict');
    return result;
  }

  /**
   * Moves a damaged autosave aside into a slot of its own (listed with its problem, exportable),
   * so that the next autosave does not overwrite it. Only a still-damaged autosave is removed;
   * `raw`, when given and no longer stored (another tab replaced it), is kept too. Returns the
   * slot id it was kept under, or null when there was nothing damaged to keep.
   */
  async keepDamagedAutosave(raw?: unknown): Promise<string | null> {
    return this.critical(async () => {
      const stored = await this.read(AUTOSAVE);
      if (stored !== null && !('record' in this.check(stored))) return this.moveAside(stored);
      if (raw !== undefined && raw !== null && !('record' in this.check(raw))) {
        return this.putDamaged(raw);
      }
      return null;
    });
  }

  // -- slots ------------------------------------------------------------------------------------

  /** Saves `record` as a slot under its id (replacing a slot of that id); returns what was stored. */
  async saveSlot(record: SaveRecord): Promise<SaveRecord> {
    this.assertOwn(record);
    const name = normaliseSaveName(record.name);
    if (!name) throw new SaveNameError();
    const slot: SaveRecord = { ...record, kind: 'slot', name };
    await this.critical(() => this.writeRecord(SLOT + slot.id, slot));
    return slot;
  }

  /** Every slot, newest first, each with its name, chapter and date; damaged ones with their problem. */
  async listSlots(): Promise<SlotListing[]> {
    const slots: SlotListing[] = [];
    for (const key of await this.slotKeys()) {
      const raw = await this.read(key);
      if (raw === null) continue;
      const id = key.slice(SLOT.length);
      const parsed = this.check(raw);
      if ('record' in parsed) {
        const r = parsed.record;
        slots.push({
          id,
          name: r.name,
          chapter: r.chapter,
          date: r.date,
          savedAt: r.savedAt,
          storyHash: r.storyHash,
          problem: null,
        });
        continue;
      }
      const name = field(raw, 'name');
      const savedAt = field(raw, 'savedAt');
      slots.push({
        id,
        name:
          typeof name === 'string' && normaliseSaveName(name)
            ? `${normaliseSaveName(name)} (damaged)`
            : `Damaged save ${id.slice(0, 17)}`,
        chapter: null,
        date: null,
        savedAt: typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : null,
        storyHash: null,
        problem: `This save cannot be loaded: ${parsed.problem}. It is kept so that it can be exported.`,
      });
    }
    return slots.sort((a, b) => timeOf(b.savedAt) - timeOf(a.savedAt));
  }

  /** The slot `id`; SaveNotFoundError or DamagedSaveError when it cannot be loaded. */
  async loadSlot(id: string): Promise<SaveRecord> {
    const raw = await this.read(SLOT + id);
    if (raw === null) throw new SaveNotFoundError();
    const parsed = this.check(raw);
    if ('problem' in parsed) throw new DamagedSaveError(parsed.problem);
    return parsed.record;
  }

  /** Renames slot `id`; returns the name as stored (trimmed, at most 80 characters). */
  async renameSlot(id: string, name: string): Promise<string> {
    const normalised = normaliseSaveName(name);
    if (!normalised) throw new SaveNameError();
    return this.critical(async () => {
      const record = await this.loadSlot(id);
      await this.writeRecord(SLOT + id, { ...record, name: normalised });
      return normalised;
    });
  }

  async deleteSlot(id: string): Promise<void> {
    await this.critical(() => this.guard(() => this.store.remove(SLOT + id)));
  }

  // -- export and import ------------------------------------------------------------------------

  /** Every record of this story as stored, damaged ones included (so that nothing is lost). */
  async exportAll(): Promise<unknown[]> {
    const records: unknown[] = [];
    for (const key of [AUTOSAVE, ...(await this.slotKeys()).sort()]) {
      const raw = await this.read(key);
      if (raw !== null) records.push(raw);
    }
    return records;
  }

  /** Slot `id` as stored, damaged or not. */
  async exportOne(id: string): Promise<unknown[]> {
    const raw = await this.read(SLOT + id);
    if (raw === null) throw new SaveNotFoundError();
    return [raw];
  }

  /**
   * Adds imported records (already validated, e.g. by `parseSaveFile`) as slots. An imported
   * autosave becomes a slot named "Imported autosave (…)", so an import never overwrites the
   * game in progress; an id that clashes with a different slot gets a new one; records of
   * another story are left out. What is already here is skipped, so importing an export into
   * the browser it came from adds nothing: a slot with the same id and the same content, or an
   * autosave whose game is the current autosave's or a slot's.
   */
  async importRecords(records: readonly SaveRecord[]): Promise<ImportResult> {
    return this.critical(async () => {
      const taken = new Set(await this.slotKeys());
      const games = await this.storedGames(taken);
      let added = 0;
      let skipped = 0;
      for (const record of records) {
        if (record.storyId !== this.storyId) continue;
        const isAutosave = record.kind === 'autosave';
        if (
          isAutosave
            ? games.some((game) => sameGame(game, record))
            : sameRecord(await this.readRecord(SLOT + record.id), record)
        ) {
          skipped++;
          continue;
        }
        const id =
          isAutosave || !SAFE_ID.test(record.id) || taken.has(SLOT + record.id)
            ? this.newId()
            : record.id;
        const where = [record.chapter, record.date].filter(Boolean).join(', ') || 'start';
        const name = isAutosave
          ? normaliseSaveName(`Imported autosave (${where})`)
          : normaliseSaveName(record.name) || 'Imported save';
        const slot: SaveRecord = { ...record, id, name, kind: 'slot' };
        await this.writeRecord(SLOT + id, slot);
        taken.add(SLOT + id);
        games.push(slot);
        added++;
      }
      return { added, skipped };
    });
  }

  /** The record stored at `key`, or null when there is none or it cannot be read. */
  private async readRecord(key: string): Promise<SaveRecord | null> {
    const raw = await this.read(key);
    const parsed = raw === null ? null : this.check(raw);
    return parsed && 'record' in parsed ? parsed.record : null;
  }

  /** The valid records stored now (the autosave and the slots `keys`), to compare imports with. */
  private async storedGames(keys: ReadonlySet<string>): Promise<SaveRecord[]> {
    const games: SaveRecord[] = [];
    for (const key of [AUTOSAVE, ...keys]) {
      const record = await this.readRecord(key);
      if (record) games.push(record);
    }
    return games;
  }

  // -- internals --------------------------------------------------------------------------------

  /** Validates a stored record and checks that it belongs to this story. */
  private check(raw: unknown): { record: SaveRecord } | { problem: string } {
    const parsed = parseRecord(raw);
    if ('record' in parsed && parsed.record.storyId !== this.storyId) {
      return { problem: `it belongs to another story (“${parsed.record.storyId}”)` };
    }
    return parsed;
  }

  /**
   * The stored autosave's revision, with the record when it was validated; a damaged one is
   * moved aside and null returned.
   */
  private async storedAutosave(tabId: string): Promise<StoredAutosave | null> {
    const raw = await this.read(AUTOSAVE);
    if (raw === null) return null;
    const last = this.lastWritten;
    if (
      last &&
      last.tabId === tabId &&
      field(raw, 'tabId') === tabId &&
      field(raw, 'revision') === last.revision
    ) {
      // Still what this tab last wrote: no other tab has written since, no need to re-validate.
      return { revision: last.revision, record: null };
    }
    const parsed = this.check(raw);
    if ('record' in parsed) return { revision: parsed.record.revision, record: parsed.record };
    await this.moveAside(raw);
    return null;
  }

  private async moveAside(raw: unknown): Promise<string> {
    const id = await this.putDamaged(raw);
    await this.guard(() => this.store.remove(AUTOSAVE));
    return id;
  }

  private async putDamaged(raw: unknown): Promise<string> {
    const id = `damaged-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    await this.write(SLOT + id, raw);
    return id;
  }

  private assertOwn(record: SaveRecord): void {
    if (record.storyId !== this.storyId) {
      throw new Error(`A save of “${record.storyId}” cannot be stored with “${this.storyId}”.`);
    }
  }

  private async slotKeys(): Promise<string[]> {
    return (await this.guard(() => this.store.keys())).filter((k) => k.startsWith(SLOT));
  }

  private async read(key: string): Promise<unknown> {
    const value = await this.guard(() => this.store.get(key));
    return value === undefined ? null : value;
  }

  /** Writes a valid record in its compact stored form. */
  private async writeRecord(key: string, record: SaveRecord): Promise<void> {
    await this.write(key, compactRecord(record));
  }

  private async write(key: string, value: unknown): Promise<void> {
    await this.guard(() => this.store.set(key, value));
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw storageFailure(error);
    }
  }

  /**
   * Runs read-then-write steps one at a time: in order within this tab, and under a Web Lock
   * across tabs where the browser has them, so that two tabs cannot interleave a check and a write.
   */
  private critical<T>(task: () => Promise<T>): Promise<T> {
    const lock = this.lock;
    const run = () => (lock ? lock(`stavka:saves:${this.storyId}`, task) : task());
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
