/**
 * Storage behind a small key-value interface: IndexedDB through localforage, one store per
 * story, with an in-memory store that is both the test double and the fallback when the
 * browser blocks storage. Every failure comes out as a StorageError a player can read.
 */
import localforage from 'localforage';
import { hash53 } from '../branches/run-tree.ts';

/** Where saves are kept. Values are plain JSON-like data (structured-cloneable). */
export interface KeyValueStore {
  /** The value at `key`, or null when there is none. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Storage failed (blocked, closed, broken); the game goes on in memory. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** The browser refused to store more: the disk or the site's quota is full. */
export class StorageFullError extends StorageError {
  constructor(options?: { cause?: unknown }) {
    super('The browser’s storage for this site is full, so progress could not be saved.', options);
    this.name = 'StorageFullError';
  }
}

/** Whether `error` is the browser saying the quota is used up (in any of its spellings). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014 ||
    (typeof message === 'string' && /quota/i.test(message))
  );
}

/** Turns any storage failure into a StorageFullError or a StorageError (typed ones pass). */
export function storageFailure(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(
    `The browser’s storage failed (${detail}), so progress could not be saved.`,
    { cause: error },
  );
}

/** Keeps values in memory, copied in and out as IndexedDB would. */
export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();
  async get(key: string): Promise<unknown> {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : null;
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

/**
 * The IndexedDB object store name for a namespace. Simple ids (`stavka-campaign`) read as
 * they are with `_` for `-`; any other id also gets a hash of itself, so that two ids that
 * sanitise alike (`url:/a-b.json`, `url:/a_b.json`) never share a store.
 */
export function storeNameFor(namespace: string): string {
  if (/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(namespace)) return namespace.replace(/-/g, '_');
  const readable = namespace.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 60);
  // A double underscore never occurs in the simple names above.
  return `${readable}__${hash53(namespace).toString(36)}`;
}

/** One story's store in the origin's `stavka` database: IndexedDB, else localStorage. */
export class LocalForageStore implements KeyValueStore {
  private readonly forage: LocalForage;
  constructor(namespace: string) {
    this.forage = localforage.createInstance({
      name: 'stavka',
      storeName: storeNameFor(namespace),
      driver: [localforage.INDEXEDDB, localforage.LOCALSTORAGE],
    });
  }
  /** The driver in use once the store is ready (`asyncStorage`, `localStorageWrapper`). */
  get driver(): string | null {
    return this.forage.driver();
  }
  async get(key: string): Promise<unknown> {
    return this.guard(() => this.forage.getItem<unknown>(key));
  }
  async set(key: string, value: unknown): Promise<void> {
    await this.guard(() => this.forage.setItem(key, value));
  }
  async remove(key: string): Promise<void> {
    await this.guard(() => this.forage.removeItem(key));
  }
  async keys(): Promise<string[]> {
    return this.guard(() => this.forage.keys());
  }
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw storageFailure(error);
    }
  }
}

export interface OpenedStore {
  readonly store: KeyValueStore;
  /** False when the game is playing in memory: progress ends with the page. */
  readonly persistent: boolean;
  /**
   * Why the game is playing in memory, as a phrase that fits "Saving is not available in this
   * browser (…)": "storage is full", "the browser blocks storage for this site".
   */
  readonly reason?: string;
  /** The failure behind `reason`, for the console. */
  readonly cause?: unknown;
}

export interface OpenStoreOptions {
  /** Makes the real store (tests pass their own); a LocalForageStore by default. */
  readonly create?: (namespace: string) => KeyValueStore;
  /** How long the probe may take before the browser is taken to be blocking storage. */
  readonly timeoutMs?: number;
}

const PROBE_KEY = '__stavka_probe';

class ProbeTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function probe(store: KeyValueStore): Promise<void> {
  const token = `${Date.now()}:${Math.random()}`;
  await store.set(PROBE_KEY, token);
  if ((await store.get(PROBE_KEY)) !== token) {
    throw new StorageError('storage did not keep what was written');
  }
  await store.remove(PROBE_KEY);
}

function reasonFor(error: unknown): string {
  if (error instanceof ProbeTimeout) return 'storage did not answer';
  if (isQuotaError(error) || error instanceof StorageFullError) return 'storage is full';
  return 'the browser blocks storage for this site';
}

/**
 * Opens the story's own store and proves that it works (writes, reads back and removes a
 * probe key); when it does not, returns a MemoryStore and says why.
 */
export async function openStore(
  namespace: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> {
  const { create = (ns: string) => new LocalForageStore(ns), timeoutMs = 5000 } = options;
  try {
    const store = create(namespace);
    await withTimeout(probe(store), timeoutMs);
    return { store, persistent: true };
  } catch (error) {
    return { store: new MemoryStore(), persistent: false, reason: reasonFor(error), cause: error };
  }
}
