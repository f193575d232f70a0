import { describe, expect, it } from 'vitest';
import { Playthrough, type PlaythroughData } from '../../src/engine/playthrough.ts';
import { makeSaveRecord } from '../../src/persistence/record.ts';
import { SaveStore } from '../../src/persistence/saves.ts';
import { parseSaveFile, serialiseEnvelope } from '../../src/persistence/schema.ts';
import { MemoryStore, StorageFullError, type KeyValueStore } from '../../src/persistence/store.ts';
import { compileFixture } from './compile-fixture.ts';

const json = compileFixture('player/orders-v1.ink');

function played(choices: number[]): PlaythroughData {
  const p = new Playthrough(json);
  p.start();
  for (const c of choices) p.choose(c);
  return p.data();
}

const record = (overrides: Partial<Parameters<typeof makeSaveRecord>[0]> = {}) =>
  makeSaveRecord({
    id: 'autosave',
    kind: 'autosave',
    name: 'Autosave',
    storyId: 'orders',
    storyHash: 'abc',
    data: played([1]),
    tabId: 'tab-a',
    revision: 1,
    ...overrides,
  });

describe('SaveStore', () => {
  it('saves, lists, renames and deletes slots, newest first, with chapter and date', async () => {
    const saves = new SaveStore(new MemoryStore(), 'orders');
    await saves.saveSlot(
      record({ id: 'one', kind: 'slot', name: 'First', now: new Date('2026-01-01') }),
    );
    await saves.saveSlot(
      record({
        id: 'two',
        kind: 'slot',
        name: 'Second',
        data: played([1, 0]),
        now: new Date('2026-01-02'),
      }),
    );
    expect((await saves.listSlots()).map((s) => [s.name, s.chapter, s.date])).toEqual([
      ['Second', 'Third', '3 March 1943'],
      ['First', 'Second', '2 March 1943'],
    ]);
    await saves.renameSlot('one', '  Renamed  ');
    expect((await saves.loadSlot('one')).name).toBe('Renamed');
    await saves.deleteSlot('two');
    expect((await saves.listSlots()).map((s) => s.name)).toEqual(['Renamed']);
    await expect(saves.loadSlot('two')).rejects.toThrow('no longer exists');
  });

  it('keeps a corrupt autosave and reports it instead of dropping it', async () => {
    const store = new MemoryStore();
    await store.set('autosave', { schemaVersion: 1, id: 'autosave', data: '{broken' });
    const saves = new SaveStore(store, 'orders');
    const loaded = await saves.loadAutosave();
    expect(loaded && 'corrupt' in loaded).toBe(true);
    expect(await store.get('autosave')).not.toBeNull();
    expect(await saves.exportAll()).toHaveLength(1);
    // Moved aside before the next autosave, it stays listed and exportable.
    await saves.keepDamagedAutosave(loaded && 'raw' in loaded ? loaded.raw : null);
    await saves.autosave(record(), 0);
    const slots = await saves.listSlots();
    expect(slots).toHaveLength(1);
    expect(slots[0]?.problem).toMatch(/cannot be loaded/);
    expect(await saves.exportAll()).toHaveLength(2);
  });

  it('refuses to overwrite an autosave another tab wrote since this one last saw it', async () => {
    const saves = new SaveStore(new MemoryStore(), 'orders');
    expect(await saves.autosave(record({ tabId: 'a', revision: 1 }), 0)).toEqual({
      conflict: false,
    });
    const b = await saves.autosave(record({ tabId: 'b', revision: 1 }), 0);
    expect(b.conflict).toBe(true);
    // The same tab moving on, or a tab that has seen revision 1, may write.
    expect((await saves.autosave(record({ tabId: 'a', revision: 2 }), 1)).conflict).toBe(false);
    expect((await saves.autosave(record({ tabId: 'b', revision: 3 }), 2)).conflict).toBe(false);
  });

  it('turns a full disk into StorageFullError', async () => {
    const full: KeyValueStore = Object.assign(new MemoryStore(), {
      set: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    const saves = new SaveStore(full, 'orders');
    await expect(saves.autosave(record(), 0)).rejects.toBeInstanceOf(StorageFullError);
  });

  it('exports to a versioned envelope and imports it back as slots, never over the game', async () => {
    const saves = new SaveStore(new MemoryStore(), 'orders');
    await saves.autosave(record(), 0);
    await saves.saveSlot(record({ id: 'slot-1', kind: 'slot', name: 'Kept' }));
    const text = serialiseEnvelope(await saves.exportAll());
    const parsed = parseSaveFile(text);
    expect(parsed.ok && parsed.records.length).toBe(2);
    const other = new SaveStore(new MemoryStore(), 'orders');
    expect(await other.importRecords(parsed.ok ? parsed.records : [])).toBe(2);
    expect(await other.loadAutosave()).toBeNull();
    expect((await other.listSlots()).map((s) => s.name).sort()).toEqual([
      'Imported autosave (Second)',
      'Kept',
    ]);
  });
});

describe('parseSaveFile', () => {
  const good = serialiseEnvelope([record()]);

  it('says a truncated file ends too soon', () => {
    const result = parseSaveFile(good.slice(0, good.length / 2));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/ends too soon/) });
  });

  it('says a foreign file is not a save file', () => {
    expect(parseSaveFile('{"name":"left-pad"}')).toEqual({
      ok: false,
      message: expect.stringMatching(/not a Stavka save file/),
    });
    expect(parseSaveFile('hello')).toEqual({
      ok: false,
      message: expect.stringMatching(/not JSON/),
    });
  });

  it('refuses a file of many megabytes by its size', () => {
    const result = parseSaveFile('', 50 * 1024 * 1024);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/50\.0 MB/) });
  });

  it('says a file from a newer version cannot be read', () => {
    const newer = good.replace('"version": 1', '"version": 9');
    expect(parseSaveFile(newer)).toEqual({
      ok: false,
      message: expect.stringMatching(/newer version/),
    });
  });

  it('keeps the good records of a file and names the bad ones', () => {
    const mixed = serialiseEnvelope([record(), { ...record(), data: { current: 'x' } }]);
    const result = parseSaveFile(mixed);
    expect(result.ok && result.records.length).toBe(1);
    expect(result.ok && result.rejected[0]?.index).toBe(1);
  });

  it('keeps text with HTML or script in it verbatim, as data', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parseSaveFile(serialiseEnvelope([record({ name })]));
    expect(result.ok && result.records[0]?.name).toBe(name);
  });
});
