import { clear, createStore, delMany, get, getMany, keys, set, setMany, type UseStore } from 'idb-keyval';
import type { ClientGrant } from '../api/client-grants';
import type { IndexWrite } from './index-writes';
import { noJournal, type ReadJournal } from './read-journal';

type Meta = { savedAt: number; pages: number; next: string; total: number; writes: IndexWrite[] };

/**
 * A partial read older than this is not resumed: the tenant has likely moved on, and a fresh read is
 * cheaper than doubting every page.
 */
const MAX_AGE_MS = 30 * 60 * 1000;

let store: UseStore | undefined;
const storeOnce = () => (store ??= createStore('client-grants-dashboard', 'tenant-reads'));

/** Never the token: only grants (what the tenant's API returns) and the checkpoint to go on from. */
export function idbReadJournal(domain: string, now: () => number = Date.now): ReadJournal {
  if (typeof indexedDB === 'undefined') return noJournal;
  const metaKey = `${domain}\n meta`;
  const pageKey = (seq: number) => `${domain}\n page ${seq}`;
  const clearMine = async () => {
    const mine = (await keys<string>(storeOnce())).filter((key) => key.startsWith(`${domain}\n`));
    await delMany(mine, storeOnce());
  };
  // Storage is a convenience: when IndexedDB refuses (quota, private mode), the read simply goes on.
  const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => work().catch(() => fallback);
  return {
    load: () =>
      quietly(async () => {
        const meta = await get<Meta>(metaKey, storeOnce());
        if (!meta || now() - meta.savedAt > MAX_AGE_MS) return void (await clearMine());
        const pages = await getMany<ClientGrant[] | undefined>(
          Array.from({ length: meta.pages }, (_, seq) => pageKey(seq)),
          storeOnce(),
        );
        if (pages.some((page) => !page)) return void (await clearMine());
        return {
          grants: (pages as ClientGrant[][]).flat(),
          pages: meta.pages,
          next: meta.next,
          total: meta.total,
          writes: meta.writes,
        };
      }, undefined),
    savePage: (seq, grants, next, total) =>
      quietly(async () => {
        if (!next) return clearMine();
        const meta: Meta = {
          savedAt: now(),
          pages: seq + 1,
          next,
          total,
          writes: (await get<Meta>(metaKey, storeOnce()))?.writes ?? [],
        };
        // One transaction: the page and the checkpoint after it are saved together or not at all.
        await setMany(
          [
            [pageKey(seq), grants],
            [metaKey, meta],
          ],
          storeOnce(),
        );
      }, undefined),
    saveWrite: (write) =>
      quietly(async () => {
        const meta = await get<Meta>(metaKey, storeOnce());
        if (meta) await set(metaKey, { ...meta, writes: [...meta.writes, write] }, storeOnce());
      }, undefined),
    clear: () => quietly(clearMine, undefined),
  };
}

/** Disconnect: no saved read of any tenant stays in this browser. */
export async function forgetSavedReads(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await clear(storeOnce()).catch(() => undefined);
}
