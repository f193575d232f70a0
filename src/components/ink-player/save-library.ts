/**
 * What the save controller loads on demand, in the persistence chunk: the storage and schema
 * code, plus the controller's rarer paths (recovering a journalled run, importing a file), so
 * that none of it is on the first screen.
 */
import type { PlaythroughData } from '../../engine/playthrough.ts';
import {
  makeSaveRecord,
  MAX_SAVE_FILE_BYTES,
  parseRecord,
  parseSaveFile,
  type LoadedAutosave,
  type SaveStore,
} from '../../persistence/index.ts';

export * from '../../persistence/index.ts';

/** What a page writes to localStorage as it goes away (see SaveController.flush). */
export interface JournalEntry {
  readonly storyHash: string;
  readonly tabId: string;
  /** The autosave's revision as the page last loaded or wrote it. */
  readonly base: number;
  readonly revision: number;
  readonly data: PlaythroughData;
}

/**
 * The run a page journalled as it went away (`raw`, as localStorage held it), when IndexedDB
 * does not have it: written as the autosave when it follows on from the stored one, else kept
 * as a slot so nothing is lost. Returns the autosave to continue.
 */
export async function recoverJournal(
  saves: SaveStore,
  storyId: string,
  raw: string,
  loaded: LoadedAutosave | null,
): Promise<LoadedAutosave | null> {
  let parsed: ReturnType<typeof parseRecord>;
  let base = -1;
  try {
    const entry = JSON.parse(raw) as JournalEntry;
    base = Number(entry.base);
    // Validated like any stored record: the journal is only as trusted as IndexedDB.
    parsed = parseRecord(
      makeSaveRecord({
        id: 'autosave',
        kind: 'autosave',
        name: 'Autosave',
        storyId,
        storyHash: String(entry.storyHash),
        data: entry.data,
        tabId: String(entry.tabId),
        revision: Number(entry.revision),
      }),
    );
  } catch {
    parsed = { problem: 'damaged' };
  }
  const stored = loaded && 'record' in loaded ? loaded.record : null;
  if ('record' in parsed && parsed.record.storyId === storyId) {
    const journal = parsed.record;
    // It follows on from the stored autosave unless another page has saved since it loaded.
    if (!stored || stored.tabId === journal.tabId || stored.revision <= base) {
      const revision = Math.max(journal.revision, (stored?.revision ?? 0) + 1);
      const record = { ...journal, revision };
      await saves.autosave(record, stored?.revision ?? 0);
      return { record };
    }
    await saves.saveSlot({
      ...journal,
      id: crypto.randomUUID(),
      kind: 'slot',
      name: `Orders of a closed page (${journal.chapter ?? 'start'})`,
    });
  }
  return loaded;
}

/** Imports the saves of `storyId` from a file the player picked; says what happened, in words. */
export async function importSaveFile(
  saves: SaveStore,
  storyId: string,
  file: File,
): Promise<string> {
  // A file over the limit is refused by its size, before any of it is read.
  const text = file.size > MAX_SAVE_FILE_BYTES ? '' : await file.text();
  const parsed = parseSaveFile(text, file.size);
  if (!parsed.ok) throw new Error(parsed.message);
  const mine = parsed.records.filter((r) => r.storyId === storyId);
  const foreign = parsed.records.length - mine.length;
  const { added, skipped } = await saves.importRecords(mine);
  const parts = [`Imported ${added} save${added === 1 ? '' : 's'}.`];
  if (skipped > 0) {
    parts.push(
      `${skipped} ${skipped === 1 ? 'was' : 'were'} already here and ${skipped === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  if (foreign > 0) parts.push(`${foreign} belonged to another story and were left out.`);
  if (parsed.rejected.length > 0) {
    parts.push(
      `${parsed.rejected.length} could not be read: ${parsed.rejected.map((r) => `record ${r.index + 1}: ${r.reason}`).join('; ')}.`,
    );
  }
  return parts.join(' ');
}
