import { comparePairsKey } from './pair-settings-key';

export { comparePairsKey, forgetAllPairSettings } from './pair-settings-key';

/** The most pairs kept: the oldest is dropped past it, so the entry stays small. */
const maxPairs = 50;

/** One side as the admin names it: a tenant by domain, a file by its name(s). Never a token. */
export type SideIdentity = { kind: 'tenant'; domain: string } | { kind: 'file'; names: readonly string[] };

export type PairIdentity = {
  /** The storage key: direction matters (mappings rewrite the Source's names to the Target's). */
  key: string;
  /** "A → B", for messages. */
  label: string;
};

/** What is kept for a pair. `keywords` only when the admin asked for it (they may hold secrets). */
export type PairSettings = { mappings: string; keywords?: string };

type Entry = PairSettings & { savedAt: number };

const sideKey = (side: SideIdentity) =>
  side.kind === 'tenant' ? `tenant:${side.domain}` : `file:${[...side.names].sort().join('\n')}`;
const sideLabel = (side: SideIdentity) => (side.kind === 'tenant' ? side.domain : side.names.join(', '));

export function pairIdentity(source: SideIdentity, target: SideIdentity): PairIdentity {
  return { key: JSON.stringify([sideKey(source), sideKey(target)]), label: `${sideLabel(source)} → ${sideLabel(target)}` };
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Record<keyof Entry, unknown>>;
  return (
    typeof entry.mappings === 'string' &&
    (entry.keywords === undefined || typeof entry.keywords === 'string') &&
    typeof entry.savedAt === 'number'
  );
}

/** Every well-formed entry; storage is untrusted, so a damaged one (or a damaged whole) is skipped, never thrown. */
function readEntries(storage: Storage): Map<string, Entry> {
  try {
    const value: unknown = JSON.parse(storage.getItem(comparePairsKey) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map();
    return new Map(Object.entries(value).filter((pair): pair is [string, Entry] => isEntry(pair[1])));
  } catch {
    return new Map();
  }
}

function writeEntries(storage: Storage, entries: Map<string, Entry>): void {
  try {
    if (entries.size === 0) storage.removeItem(comparePairsKey);
    else storage.setItem(comparePairsKey, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or refused (private mode): the settings stay on the page, only not remembered.
  }
}

export function loadPairSettings(storage: Storage, key: string): PairSettings | undefined {
  const entry = readEntries(storage).get(key);
  if (!entry) return undefined;
  return entry.keywords === undefined ? { mappings: entry.mappings } : { mappings: entry.mappings, keywords: entry.keywords };
}

/** Keeps the pair's settings; empty ones (no mappings, no kept keywords) remove the entry instead. */
export function savePairSettings(storage: Storage, key: string, settings: PairSettings, now = Date.now()): void {
  const entries = readEntries(storage);
  entries.delete(key);
  if (settings.mappings.trim() !== '' || (settings.keywords !== undefined && settings.keywords.trim() !== ''))
    entries.set(key, { ...settings, savedAt: now });
  const newest = [...entries].sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, maxPairs);
  writeEntries(storage, new Map(newest));
}

export function forgetPairSettings(storage: Storage, key: string): void {
  const entries = readEntries(storage);
  entries.delete(key);
  writeEntries(storage, entries);
}
