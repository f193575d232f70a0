/**
 * Storage behind a small key-value interface: IndexedDB through localforage, one store per
 * story, with an in-memory store that is both the test double and the fallback when the
 * browser blocks storage.
 */
import localforage from 'localforage';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The browser refused to store more: the disk or the origin's quota is full. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The browser’s storage for this site is full, so progress could not be saved.', options);
    this.name = 'StorageFullError';
  }
}

/** Storage failed for another reason (blocked, closed, broken). */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

/** Turns any storage failure into one of the two typed errors. */
export function storageFailure(error: unknown): Error {
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(
    `The browser’s storage failed (${detail}), so progress could not be saved.`,
    {
      cause: error,
    },
  );
}

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();
  async get(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key) ?? null);
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
  async keys(): Promise<string[]> {
    return [...this.data.keys()];
  }
}

export class LocalForageStore implements KeyValueStore {
  private readonly forage: LocalForage;
  constructor(namespace: string) {
    this.forage = localforage.createInstance({
      name: 'stavka',
      storeName: namespace.replace(/[^a-z0-9_]/gi, '_'),
      driver: localforage.INDEXEDDB,
    });
  }
  async get(key: string): Promise<unknown> {
    return this.forage.getItem(key);
  }
  async set(key: string, value: unknown): Promise<void> {
    try {
      await this.forage.setItem(key, value);
    } catch (error) {
      throw storageFailure(error);
    }
  }
  async remove(key: string): Promise<void> {
    await this.forage.removeItem(key);
  }
  async keys(): Promise<string[]> {
    return this.forage.keys();
  }
}

export interface OpenedStore {
  readonly store: KeyValueStore;
  readonly persistent: boolean;
  /** Why the game is playing in memory, when it is. */
  readonly reason?: string;
}

/** Opens the story's own store, probing that it really works; falls back to memory. */
export async function openStore(namespace: string): Promise<OpenedStore> {
  try {
    const store = new LocalForageStore(namespace);
    await store.set('__probe', 1);
    if ((await store.get('__probe')) !== 1)
      throw new Error('storage did not keep what was written');
    await store.remove('__probe');
    return { store, persistent: true };
  } catch (error) {
    const reason =
      error instanceof StorageFullError
        ? 'storage is full'
        : 'the browser blocks storage for this site';
    return { store: new MemoryStore(), persistent: false, reason };
  }
}
