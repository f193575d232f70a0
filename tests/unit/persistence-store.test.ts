import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MemoryStore,
  openStore,
  storeNameFor,
  type KeyValueStore,
} from '../../src/persistence/store.ts';
import { TabChannel, type TabWrite } from '../../src/persistence/tab-channel.ts';

describe('opening storage', () => {
  it('uses the browser’s storage when a probe write reads back', async () => {
    const real = new MemoryStore();
    const opened = await openStore('contract', { create: () => real });
    expect(opened).toEqual({ store: real, persistent: true });
    expect(await real.keys()).toEqual([]);
  });

  it('plays in memory and says why when there is no storage at all (as in Node)', async () => {
    const opened = await openStore('contract');
    expect(opened.persistent).toBe(false);
    expect(opened.store).toBeInstanceOf(MemoryStore);
    expect(opened.reason).toBe('the browser blocks storage for this site');
  });

  it('plays in memory when storage is full, blocked or silent', async () => {
    const fake = (set: KeyValueStore['set']): KeyValueStore => ({
      get: async () => null,
      keys: async () => [],
      remove: async () => {},
      set,
    });
    const failing = (error: unknown) =>
      fake(async () => {
        throw error;
      });
    const full = await openStore('contract', {
      create: () => failing(new DOMException('Quota exceeded', 'QuotaExceededError')),
    });
    expect(full).toMatchObject({
      persistent: false,
      reason: 'storage is full',
    });

    const blocked = await openStore('contract', {
      create: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(blocked).toMatchObject({
      persistent: false,
      reason: 'the browser blocks storage for this site',
    });

    const silent = await openStore('contract', {
      timeoutMs: 20,
      create: () => fake(() => new Promise<void>(() => {})),
    });
    expect(silent).toMatchObject({
      persistent: false,
      reason: 'storage did not answer',
    });
    expect(silent.store).toBeInstanceOf(MemoryStore);
  });

  it('gives every story a store of its own, even ids that look alike once sanitised', () => {
    expect(storeNameFor('stavka-campaign')).toBe('stavka_campaign');
    const names = ['url:/a-b.json', 'url:/a_b.json', 'url:/a.b.json', 'a_b', 'a-b'].map(
      storeNameFor,
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\w+$/);
  });

  it('copies values in and out of memory, as IndexedDB does', async () => {
    const store = new MemoryStore();
    const value = { list: [1, 2] };
    await store.set('k', value);
    value.list.push(3);
    const read = (await store.get('k')) as { list: number[] };
    expect(read).toEqual({ list: [1, 2] });
    read.list.push(4);
    expect(await store.get('k')).toEqual({ list: [1, 2] });
    expect(await store.get('missing')).toBeNull();
  });
});

describe('the tab channel', () => {
  const channels: TabChannel[] = [];
  const open = (storyId: string, tabId: string, heard: TabWrite[]) => {
    const channel = new TabChannel(storyId, tabId, (message) => heard.push(message));
    channels.push(channel);
    return channel;
  };

  afterEach(() => {
    for (const channel of channels.splice(0)) channel.close();
    vi.unstubAllGlobals();
  });

  it('tells the other tabs of the same story when this one writes, and only them', async () => {
    const heardByB: TabWrite[] = [];
    const heardByA: TabWrite[] = [];
    const heardElsewhere: TabWrite[] = [];
    const a = open('contract', 'a', heardByA);
    open('contract', 'b', heardByB);
    open('second-story', 'c', heardElsewhere);

    a.announce(3);
    await vi.waitFor(() => expect(heardByB).toEqual([{ tabId: 'a', revision: 3 }]));
    expect(heardByA).toEqual([]);
    expect(heardElsewhere).toEqual([]);
  });

  it('does nothing, quietly, where BroadcastChannel does not exist', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const channel = open('contract', 'a', []);
    expect(channel.connected).toBe(false);
    expect(() => channel.announce(1)).not.toThrow();
    expect(() => channel.close()).not.toThrow();
  });
});
