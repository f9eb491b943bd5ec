import { clear, createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';

/** The few operations the read journal needs from a key-value store: IndexedDB in the app, a Map in tests. */
export type KeyValues = {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  /** One transaction: every entry is written, or none. */
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
};

let store: UseStore | undefined;
const storeOnce = () => (store ??= createStore('client-grants-dashboard', 'tenant-reads'));

/** The browser's IndexedDB (`client-grants-dashboard` / `tenant-reads`), through idb-keyval. */
export function idbKeyValues(): KeyValues {
  return {
    get: (key) => get(key, storeOnce()),
    getMany: (all) => getMany(all, storeOnce()),
    setMany: (entries) => setMany(entries, storeOnce()),
    delMany: (all) => delMany(all, storeOnce()),
    keys: () => keys<string>(storeOnce()),
    clear: () => clear(storeOnce()),
  };
}

/** In memory, for unit tests: values are copied in and out, as IndexedDB's structured clone does. */
export function memoryKeyValues(): KeyValues & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  // A Blob is immutable, so keeping the same one is a copy (jsdom's cannot be structured-cloned).
  const copy = <T>(value: T): T => (value === undefined || value instanceof Blob ? value : structuredClone(value));
  return {
    data,
    get: async <T>(key: string) => copy(data.get(key) as T | undefined),
    getMany: async <T>(all: string[]) => all.map((key) => copy(data.get(key) as T | undefined)),
    setMany: async (entries) => entries.forEach(([key, value]) => data.set(key, copy(value))),
    delMany: async (all) => all.forEach((key) => data.delete(key)),
    keys: async () => [...data.keys()],
    clear: async () => data.clear(),
  };
}
