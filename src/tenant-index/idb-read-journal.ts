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

/** Pages saved together: one IndexedDB transaction per page cost a 100,000-grant read about a quarter more time. */
const PAGES_PER_SAVE = 10;
/** A page waits at most this long for company before it is saved (a slow, rate-limited read still saves). */
const SAVE_DELAY_MS = 1000;

/** Never the token: only grants (what the tenant's API returns) and the checkpoint to go on from. */
export function idbReadJournal(domain: string, now: () => number = Date.now): ReadJournal {
  if (typeof indexedDB === 'undefined') return noJournal;
  const metaKey = `${domain}\n meta`;
  const pageKey = (seq: number) => `${domain}\n page ${seq}`;
  // Pages read but not saved yet, the checkpoint after the last of them, and the writes to replay.
  let buffer: { seq: number; grants: ClientGrant[] }[] = [];
  let pending: { pages: number; next: string; total: number } | undefined;
  let writes: IndexWrite[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const forget = () => {
    clearTimeout(timer);
    timer = undefined;
    buffer = [];
    pending = undefined;
  };
  const clearMine = async () => {
    forget();
    writes = [];
    const mine = (await keys<string>(storeOnce())).filter((key) => key.startsWith(`${domain}\n`));
    await delMany(mine, storeOnce());
  };
  // One transaction: the pages and the checkpoint after them are saved together or not at all.
  const flush = async () => {
    const pages = buffer;
    const at = pending;
    forget();
    if (!at) return;
    const meta: Meta = { savedAt: now(), ...at, writes };
    await setMany(
      [...pages.map((page) => [pageKey(page.seq), page.grants] as [string, ClientGrant[]]), [metaKey, meta]],
      storeOnce(),
    );
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
        writes = [...meta.writes];
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
        buffer.push({ seq, grants });
        pending = { pages: seq + 1, next, total };
        if (buffer.length >= PAGES_PER_SAVE) return flush();
        timer ??= setTimeout(() => void quietly(flush, undefined), SAVE_DELAY_MS);
      }, undefined),
    saveWrite: (write) =>
      quietly(async () => {
        writes = [...writes, write];
        if (pending) return flush();
        const meta = await get<Meta>(metaKey, storeOnce());
        if (meta) await set(metaKey, { ...meta, writes }, storeOnce());
      }, undefined),
    clear: () => quietly(clearMine, undefined),
  };
}

/** Disconnect: no saved read of any tenant stays in this browser. */
export async function forgetSavedReads(): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await clear(storeOnce()).catch(() => undefined);
}
