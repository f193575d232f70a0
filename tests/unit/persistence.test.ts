import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { makeSaveRecord } from '../../src/persistence/record.ts';
import {
  DamagedSaveError,
  SaveNameError,
  SaveNotFoundError,
  SaveStore,
  type LockRunner,
} from '../../src/persistence/saves.ts';
import { parseSaveFile, serialiseEnvelope } from '../../src/persistence/schema.ts';
import {
  MemoryStore,
  StorageError,
  StorageFullError,
  type KeyValueStore,
} from '../../src/persistence/store.ts';
import { contractJson, played, recordOf } from '../fixtures/persistence/playthrough.ts';

function slot(id: string, name: string, choices: number[], savedAt: string) {
  return recordOf(choices, { id, kind: 'slot', name, now: new Date(savedAt) });
}

/** A store over which every write fails as `error`. */
function failingStore(error: unknown): KeyValueStore {
  const store = new MemoryStore();
  return {
    get: (key) => store.get(key),
    keys: () => store.keys(),
    remove: (key) => store.remove(key),
    set: async () => {
      throw error;
    },
  };
}

describe('save records', () => {
  it('takes chapter, date, seed and replay log from the moment saved', () => {
    const data = played([0, 1]);
    const record = makeSaveRecord({
      id: 'a',
      kind: 'slot',
      name: '  Before   the\nend  ',
      storyId: 'contract',
      storyHash: 'h',
      data,
      tabId: 't',
      revision: 3,
      now: new Date('2026-01-02T03:04:05Z'),
    });
    expect(record).toMatchObject({
      schemaVersion: 2,
      name: 'Before the end',
      chapter: 'Two',
      date: '2 May 1943',
      seed: data.current.seed,
      savedAt: '2026-01-02T03:04:05.000Z',
      revision: 3,
    });
    expect(record.log.map((s) => s.text)).toEqual(['Hold the north', 'Strike east']);
    expect(record.data).toBe(data);
  });

  it('names a save after where the run is when it is given no name', () => {
    expect(recordOf([1], { name: '   ' }).name).toBe('Two, 1 May 1943');
    expect(recordOf([0], { name: 'x'.repeat(200) }).name).toHaveLength(80);
  });
});

describe('save slots', () => {
  it('saves, lists newest first with chapter and date, renames and deletes', async () => {
    const saves = new SaveStore(new MemoryStore(), 'contract');
    await saves.saveSlot(slot('one', 'First', [], '2026-01-01T10:00:00Z'));
    await saves.saveSlot(slot('two', 'Second', [1], '2026-01-02T10:00:00Z'));
    await saves.saveSlot(slot('three', 'Third', [0, 1], '2026-01-01T12:00:00Z'));

    const listed = await saves.listSlots();
    expect(listed.map((s) => [s.id, s.name, s.chapter, s.date, s.savedAt, s.problem])).toEqual([
      ['two', 'Second', 'Two', '1 May 1943', '2026-01-02T10:00:00.000Z', null],
      ['three', 'Third', 'Two', '2 May 1943', '2026-01-01T12:00:00.000Z', null],
      ['one', 'First', 'One', '1 May 1943', '2026-01-01T10:00:00.000Z', null],
    ]);

    expect(await saves.renameSlot('one', '  Before   the march ')).toBe('Before the march');
    expect((await saves.loadSlot('one')).name).toBe('Before the march');
    await expect(saves.renameSlot('one', '   ')).rejects.toBeInstanceOf(SaveNameError);

    await saves.deleteSlot('two');
    expect((await saves.listSlots()).map((s) => s.name)).toEqual(['Third', 'Before the march']);
    await expect(saves.loadSlot('two')).rejects.toThrow(SaveNotFoundError);
    await expect(saves.loadSlot('two')).rejects.toThrow('That save no longer exists.');
  });

  it('loads a slot back to exactly the moment it was saved', async () => {
    const saves = new SaveStore(new MemoryStore(), 'contract');
    const original = new Playthrough(contractJson);
    original.start();
    original.choose(1);
    await saves.saveSlot(
      makeSaveRecord({
        id: 'mid',
        kind: 'slot',
        name: 'Mid',
        storyId: 'contract',
        storyHash: 'h',
        data: original.data(),
        tabId: 't',
        revision: 0,
      }),
    );
    const restored = new Playthrough(contractJson);
    const view = restored.load((await saves.loadSlot('mid')).data);
    expect(view.choices.map((c) => c.text)).toEqual(['Wait', 'Strike east']);
    expect(restored.choose(1).transcript.map((p) => p.text)).toEqual(
      original.choose(1).transcript.map((p) => p.text),
    );
  });

  it('lists a damaged slot with its problem and still exports it', async () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store, 'contract');
    const broken = { ...slot('bad', 'Broken road', [0], '2026-01-03T00:00:00Z'), seed: 'x' };
    await store.set('slot:bad', broken);
    await saves.saveSlot(slot('good', 'Good', [1], '2026-01-01T00:00:00Z'));

    const [damaged, good] = await saves.listSlots();
    expect(damaged).toMatchObject({
      id: 'bad',
      name: 'Broken road (damaged)',
      problem:
        'This save cannot be loaded: a field holds text where number was expected (at seed). It is kept so that it can be exported.',
    });
    expect(good?.problem).toBeNull();
    await expect(saves.loadSlot('bad')).rejects.toBeInstanceOf(DamagedSaveError);
    expect(await saves.exportOne('bad')).toEqual([broken]);
    expect(await store.get('slot:bad')).toEqual(broken);
  });
});

describe('the autosave', () => {
  it('keeps a corrupt autosave and reports it instead of dropping it', async () => {
    const store = new MemoryStore();
    const corrupt = { schemaVersion: 1, id: 'autosave', data: '{broken' };
    await store.set('autosave', corrupt);
    const saves = new SaveStore(store, 'contract');

    const loaded = await saves.loadAutosave();
    expect(loaded).toEqual({ corrupt: 'a field is missing (at kind)', raw: corrupt });
    expect(await store.get('autosave')).toEqual(corrupt);
    expect(await saves.exportAll()).toEqual([corrupt]);
  });

  it('moves a damaged autosave into a slot of its own rather than overwrite it', async () => {
    const store = new MemoryStore();
    const corrupt = { ...recordOf(), revision: -1 };
    await store.set('autosave', corrupt);
    const saves = new SaveStore(store, 'contract');

    expect(await saves.autosave(recordOf([1]), 0)).toEqual({ conflict: false, revision: 1 });
    const loaded = await saves.loadAutosave();
    expect(loaded && 'record' in loaded && loaded.record.chapter).toBe('Two');
    const slots = await saves.listSlots();
    expect(slots).toEqual([
      expect.objectContaining({ name: 'Autosave (damaged)', problem: expect.any(String) }),
    ]);
    expect(await saves.exportAll()).toContainEqual(corrupt);
  });

  it('moves a damaged autosave aside when asked, and leaves a good one alone', async () => {
    const store = new MemoryStore();
    const saves = new SaveStore(store, 'contract');
    await store.set('autosave', 'garbage');
    const id = await saves.keepDamagedAutosave('garbage');
    expect(id).toMatch(/^damaged-/);
    expect(await saves.loadAutosave()).toBeNull();
    expect(await saves.exportOne(id!)).toEqual(['garbage']);

    await saves.autosave(recordOf(), 0);
    expect(await saves.keepDamagedAutosave()).toBeNull();
    expect(await saves.loadAutosave()).toMatchObject({ record: { revision: 1 } });
  });

  it('says an autosave of another story belongs to it instead of loading it', async () => {
    const store = new MemoryStore();
    await store.set('autosave', recordOf([0], { storyId: 'other' }));
    expect(await new SaveStore(store, 'contract').loadAutosave()).toMatchObject({
      corrupt: 'it belongs to another story (“other”)',
    });
    await expect(
      new SaveStore(store, 'contract').autosave(recordOf([0], { storyId: 'other' }), 0),
    ).rejects.toThrow(/cannot be stored/);
  });
});

describe('two tabs of the same game', () => {
  it('refuses to overwrite an autosave another tab wrote since this one last saw it', async () => {
    const shared = new MemoryStore();
    const tabA = new SaveStore(shared, 'contract');
    const tabB = new SaveStore(shared, 'contract');

    // Both tabs opened with no autosave (revision 0). A plays first.
    expect(await tabA.autosave(recordOf([0], { tabId: 'a', revision: 1 }), 0)).toEqual({
      conflict: false,
      revision: 1,
    });
    const refused = await tabB.autosave(recordOf([1], { tabId: 'b', revision: 1 }), 0);
    expect(refused).toMatchObject({ conflict: true, theirs: { tabId: 'a', revision: 1 } });
    expect(await tabB.loadAutosave()).toMatchObject({ record: { tabId: 'a', chapter: 'Two' } });

    // A goes on undisturbed.
    expect((await tabA.autosave(recordOf([0, 1], { tabId: 'a', revision: 2 }), 1)).conflict).toBe(
      false,
    );
  });

  it('lets a tab that loaded the other tab’s autosave continue it', async () => {
    const shared = new MemoryStore();
    const tabA = new SaveStore(shared, 'contract');
    const tabB = new SaveStore(shared, 'contract');
    await tabA.autosave(recordOf([0], { tabId: 'a', revision: 4 }), 3);
    const loaded = await tabB.loadAutosave();
    const seen = loaded && 'record' in loaded ? loaded.record.revision : 0;
    expect(seen).toBe(4);
    expect(await tabB.autosave(recordOf([0, 0], { tabId: 'b', revision: seen + 1 }), seen)).toEqual(
      { conflict: false, revision: 5 },
    );
    // Now A is the stale one.
    expect((await tabA.autosave(recordOf([0, 1], { tabId: 'a', revision: 5 }), 4)).conflict).toBe(
      true,
    );
  });

  it('takes over on request, above the other tab’s revision, so that tab is refused next', async () => {
    const shared = new MemoryStore();
    const tabA = new SaveStore(shared, 'contract');
    const tabB = new SaveStore(shared, 'contract');
    await tabA.autosave(recordOf([0], { tabId: 'a', revision: 7 }), 6);

    expect(await tabB.takeOver(recordOf([1], { tabId: 'b', revision: 1 }))).toEqual({
      conflict: false,
      revision: 8,
    });
    expect(await tabB.loadAutosave()).toMatchObject({ record: { tabId: 'b', revision: 8 } });
    expect((await tabA.autosave(recordOf([0, 1], { tabId: 'a', revision: 8 }), 7)).conflict).toBe(
      true,
    );
  });

  it('does its check and write under the cross-tab lock, one at a time', async () => {
    const events: string[] = [];
    const lock: LockRunner = async (name, task) => {
      events.push(`lock ${name}`);
      try {
        return await task();
      } finally {
        events.push('unlock');
      }
    };
    const saves = new SaveStore(new MemoryStore(), 'contract', { lock });
    await Promise.all([
      saves.autosave(recordOf([0], { revision: 1 }), 0),
      saves.autosave(recordOf([0, 1], { revision: 2 }), 1),
    ]);
    expect(events).toEqual([
      'lock stavka:saves:contract',
      'unlock',
      'lock stavka:saves:contract',
      'unlock',
    ]);
    expect(await saves.loadAutosave()).toMatchObject({ record: { revision: 2 } });
  });
});

describe('export and import', () => {
  it('exports everything and imports it back as slots, never over the game in progress', async () => {
    const mine = new SaveStore(new MemoryStore(), 'contract');
    await mine.autosave(recordOf([0, 1]), 0);
    await mine.saveSlot(slot('kept', 'Kept', [1], '2026-01-01T00:00:00Z'));
    const parsed = parseSaveFile(serialiseEnvelope(await mine.exportAll()));
    expect(parsed.ok && parsed.rejected).toEqual([]);

    const other = new SaveStore(new MemoryStore(), 'contract');
    await other.autosave(recordOf([], { tabId: 'other' }), 0);
    expect(await other.importRecords(parsed.ok ? parsed.records : [])).toEqual({
      added: 2,
      skipped: 0,
    });

    // The game in progress is untouched.
    expect(await other.loadAutosave()).toMatchObject({
      record: { tabId: 'other', chapter: 'One' },
    });
    const slots = await other.listSlots();
    expect(slots.map((s) => s.name).sort()).toEqual([
      'Imported autosave (Two, 2 May 1943)',
      'Kept',
    ]);
    // And each imported save plays on from where it was.
    const imported = slots.find((s) => s.name.startsWith('Imported'))!;
    const view = new Playthrough(contractJson).load((await other.loadSlot(imported.id)).data);
    expect(view.ended).toBe(true);
    expect(view.scene.ending?.title).toBe('A Quiet End');
  });

  it('gives an imported slot a new id when a different save has its id, so nothing is replaced', async () => {
    const saves = new SaveStore(new MemoryStore(), 'contract', { newId: () => 'fresh' });
    await saves.saveSlot(slot('same', 'Mine', [0], '2026-01-01T00:00:00Z'));
    const exported = parseSaveFile(serialiseEnvelope(await saves.exportOne('same')));
    await saves.renameSlot('same', 'Renamed since');
    expect(await saves.importRecords(exported.ok ? exported.records : [])).toEqual({
      added: 1,
      skipped: 0,
    });
    expect((await saves.listSlots()).map((s) => [s.id, s.name]).sort()).toEqual([
      ['fresh', 'Mine'],
      ['same', 'Renamed since'],
    ]);
  });

  it('skips what is already here: an export imported back adds nothing, twice over', async () => {
    let ids = 0;
    const saves = new SaveStore(new MemoryStore(), 'contract', { newId: () => `new-${++ids}` });
    await saves.autosave(recordOf([0, 1]), 0);
    await saves.saveSlot(slot('kept', 'Kept', [1], '2026-01-01T00:00:00Z'));
    const exported = parseSaveFile(serialiseEnvelope(await saves.exportAll()));
    const records = exported.ok ? exported.records : [];
    expect(records).toHaveLength(2);
    const before = await saves.exportAll();

    expect(await saves.importRecords(records)).toEqual({ added: 0, skipped: 2 });
    expect(await saves.importRecords(records)).toEqual({ added: 0, skipped: 2 });
    expect(await saves.exportAll()).toEqual(before);

    // Once the game has moved on, the exported autosave is a moment worth keeping: one slot,
    // and importing the same file again does not add it a second time.
    await saves.autosave(recordOf([0], { revision: 2 }), 1);
    expect(await saves.importRecords(records)).toEqual({ added: 1, skipped: 1 });
    expect(await saves.importRecords(records)).toEqual({ added: 0, skipped: 2 });
    expect((await saves.listSlots()).map((s) => s.name).sort()).toEqual([
      'Imported autosave (Two, 2 May 1943)',
      'Kept',
    ]);
  });

  it('keeps each story’s saves to itself', async () => {
    const first = new SaveStore(new MemoryStore(), 'contract');
    await first.saveSlot(slot('s', 'Contract save', [0], '2026-01-01T00:00:00Z'));
    const parsed = parseSaveFile(serialiseEnvelope(await first.exportAll()));
    const second = new SaveStore(new MemoryStore(), 'second-story');
    expect(await second.importRecords(parsed.ok ? parsed.records : [])).toEqual({
      added: 0,
      skipped: 0,
    });
    expect(await second.listSlots()).toEqual([]);
  });
});

describe('storage that fails', () => {
  it('turns a full disk into a StorageFullError a player can read', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const saves = new SaveStore(failingStore(quota), 'contract');
    const failure = saves.autosave(recordOf(), 0);
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toThrow(
      'The browser’s storage for this site is full, so progress could not be saved.',
    );
    await expect(
      saves.saveSlot(slot('s', 'S', [0], '2026-01-01T00:00:00Z')),
    ).rejects.toBeInstanceOf(StorageFullError);
  });

  it('turns any other storage failure into a StorageError, and the store stays usable', async () => {
    const saves = new SaveStore(failingStore(new Error('disk I/O error')), 'contract');
    await expect(saves.autosave(recordOf(), 0)).rejects.toThrow(
      'The browser’s storage failed (disk I/O error), so progress could not be saved.',
    );
    await expect(saves.autosave(recordOf(), 0)).rejects.toBeInstanceOf(StorageError);
    expect(await saves.loadAutosave()).toBeNull();
  });
});

describe('stored size', () => {
  it('stores each step of the log a fixed number of times, so a record grows linearly', async () => {
    const { compactRecord, parseRecord } = await import('../../src/persistence/schema.ts');
    const { campaignRun } = await import('../fixtures/persistence/campaign-run.ts');
    // Every replay step is an object with a "path"; count them in what is written.
    const stepsStored = (decisions: number) =>
      JSON.stringify(compactRecord(campaignRun(decisions))).split('"path":').length - 1;
    // The record's own log and the current snapshot's: twice, whatever the length (version 1
    // kept a copy in every snapshot as well: 4 + 10 + … steps).
    expect([4, 8, 12].map(stepsStored)).toEqual([8, 16, 24]);
    // What is written is read back whole, each snapshot with its own log.
    const back = parseRecord(JSON.parse(JSON.stringify(compactRecord(campaignRun(8)))));
    expect('record' in back && back.record.data.history[5]?.snapshot.log).toHaveLength(5);
  });

  it('still reads a version 1 record, with a copy of the log in every snapshot', async () => {
    const { parseRecord } = await import('../../src/persistence/schema.ts');
    const v1 = { ...recordOf([0, 1]), schemaVersion: 1 };
    const parsed = parseRecord(JSON.parse(JSON.stringify(v1)));
    expect('record' in parsed && parsed.record.data.history[1]?.snapshot.log).toEqual(
      v1.data.history[1]?.snapshot.log,
    );
  });
});
