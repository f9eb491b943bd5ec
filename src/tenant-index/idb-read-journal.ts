import type { ClientGrant } from '../api/client-grants';
import type { IndexWrite } from './index-writes';
import { idbKeyValues, type KeyValues } from './key-values';
import { noJournal, type ReadJournal } from './read-journal';

/**
 * Who a saved read belongs to: the token's subject (an M2M app's `{client_id}@clients`) and its scopes.
 * A read is resumed only by the same subject, and only with a token that may read grants: a later
 * token in the same browser (a colleague's, or one without `read:client_grants`) sees none of it.
 */
export type ReadOwner = { subject?: string; scopes: readonly string[] };

/** What the saved pages hold, and so what a token must be allowed to read to be shown them. */
export const SAVED_READ_SCOPE = 'read:client_grants';

type Meta = {
  savedAt: number;
  /** When the first saved page was read: the oldest part of what a resumed read shows. */
  startedAt: number;
  subject: string;
  pages: number;
  /**
   * The first page of each saved batch, in order: its key holds the batch's pages. Pages before the first batch have a
   * key each (`page N`): a read saved by the version before batches, which had no such list and still resumes.
   */
  batches?: number[];
  /** '' once every grant is saved. */
  next: string;
  total: number;
  writes: IndexWrite[];
};

/**
 * A partial read older than this is not resumed: the tenant has likely moved on, and a fresh read is
 * cheaper than doubting every page.
 */
const MAX_AGE_MS = 30 * 60 * 1000;

/**
 * A batch of pages is kept as one Blob of JSON. Not arrays of objects: IndexedDB structured-clones objects one by one
 * on the page's thread, which cost the unthrottled 100,000-grant read ~1.5 s of ~19 s (bench scale, 3 runs each); a
 * Blob goes to storage as bytes. (A JSON string was slower still, 23 s; gzip too, 20 s against 16 s.) And one Blob
 * per batch, not per page: Chromium keeps each Blob in IndexedDB as a file of its own, and a file per page made that
 * read 16.0 s against 13.9 s (5 runs each, alternated), when without any journal it took 13.7 s.
 */
const batchValue = (pages: ClientGrant[][]): Blob =>
  new Blob([JSON.stringify(pages)], { type: 'application/json' });
const fromJson = async <T>(stored: Blob): Promise<T> => JSON.parse(await stored.text()) as T;
/** The layout before batches: a key per page, its JSON in a Blob, or (older still) the array itself. */
const pageGrants = (stored: ClientGrant[] | Blob): Promise<ClientGrant[]> =>
  stored instanceof Blob ? fromJson<ClientGrant[]>(stored) : Promise.resolve(stored);
/** Pages saved together: one IndexedDB transaction per page cost a 100,000-grant read about a quarter more time. */
const PAGES_PER_SAVE = 10;
/** A page waits at most this long for company before it is saved (a slow, rate-limited read still saves). */
const SAVE_DELAY_MS = 1000;

// Keys are `domain \n subject \n what`; the subject is encoded, so it cannot forge another's prefix.
const ownerPrefix = (domain: string, subject: string) => `${domain}\n${encodeURIComponent(subject)}\n`;
const isFresh = (meta: Partial<Meta> | undefined, now: number): meta is Meta =>
  typeof meta?.savedAt === 'number' && now - meta.savedAt <= MAX_AGE_MS;

/**
 * Drops every other owner's saved read that is too old to be resumed, and anything in an older layout
 * (keyed by domain alone, which any token could resume): the browser keeps no more of a tenant than it must.
 */
async function dropStale(db: KeyValues, mine: string, now: number): Promise<void> {
  const owners = new Map<string, string[]>();
  const unowned: string[] = [];
  for (const key of await db.keys()) {
    const parts = key.split('\n');
    if (parts.length !== 3) unowned.push(key);
    else if (!key.startsWith(mine)) {
      const prefix = `${parts[0]}\n${parts[1]}\n`;
      owners.set(prefix, [...(owners.get(prefix) ?? []), key]);
    }
  }
  const prefixes = [...owners.keys()];
  const metas = await db.getMany<Meta>(prefixes.map((prefix) => `${prefix} meta`));
  const stale = prefixes.flatMap((prefix, i) => (isFresh(metas[i], now) ? [] : (owners.get(prefix) ?? [])));
  if (unowned.length + stale.length > 0) await db.delMany([...unowned, ...stale]);
}

/**
 * Never the token: only grants (what the tenant's API returns), the checkpoint to go on from, and whose
 * read it is. Nothing is kept for a token without a subject or without `read:client_grants`, and nothing
 * is saved once `lifetime` aborts (Disconnect, which then clears the store).
 */
export function idbReadJournal(
  domain: string,
  owner: ReadOwner,
  options: { lifetime?: AbortSignal; now?: () => number; db?: KeyValues } = {},
): ReadJournal {
  const { lifetime, now = Date.now } = options;
  const db = options.db ?? (typeof indexedDB === 'undefined' ? undefined : idbKeyValues());
  const { subject } = owner;
  if (!db || subject === undefined || !owner.scopes.includes(SAVED_READ_SCOPE)) return noJournal;
  const prefix = ownerPrefix(domain, subject);
  const metaKey = `${prefix} meta`;
  const pageKey = (seq: number) => `${prefix} page ${seq}`;
  const batchKey = (first: number) => `${prefix} batch ${first}`;
  // Pages read but not saved yet, the checkpoint after the last of them, and the writes to replay.
  let buffer: { seq: number; grants: ClientGrant[] }[] = [];
  let pending: { pages: number; next: string; total: number } | undefined;
  let writes: IndexWrite[] = [];
  let batches: number[] = [];
  let startedAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = () => lifetime?.aborted === true;
  const forget = () => {
    clearTimeout(timer);
    timer = undefined;
    buffer = [];
    pending = undefined;
  };
  lifetime?.addEventListener('abort', forget, { once: true });
  const clearMine = async () => {
    forget();
    writes = [];
    batches = [];
    startedAt = undefined;
    await db.delMany((await db.keys()).filter((key) => key.startsWith(prefix)));
  };
  // One transaction: the pages and the checkpoint after them are saved together or not at all.
  const flush = async () => {
    const pages = buffer;
    const at = pending;
    forget();
    if (!at || closed()) return;
    const first = pages[0]?.seq;
    // Noted before the write: a save the timer starts meanwhile lists this batch too (transactions land in order).
    // A save with no new page (a write replayed after the last one) keeps the batches as they are.
    if (first !== undefined) batches = [...batches, first];
    const meta: Meta = { savedAt: now(), startedAt: startedAt ?? now(), subject, ...at, batches, writes };
    const batch: [string, unknown][] =
      first === undefined ? [] : [[batchKey(first), batchValue(pages.map((page) => page.grants))]];
    await db.setMany([...batch, [metaKey, meta]]);
  };
  // Every saved page, in order, from both layouts; undefined when one is missing or the count is off.
  const loadPages = async (meta: Meta): Promise<ClientGrant[][] | undefined> => {
    const saved = meta.batches ?? [];
    const single = saved[0] ?? meta.pages;
    const keys = [...Array.from({ length: single }, (_, seq) => pageKey(seq)), ...saved.map(batchKey)];
    const stored = await db.getMany<ClientGrant[] | Blob>(keys);
    if (stored.some((value) => !value)) return undefined;
    const singles = await Promise.all((stored.slice(0, single) as (ClientGrant[] | Blob)[]).map(pageGrants));
    const batched = await Promise.all((stored.slice(single) as Blob[]).map(fromJson<ClientGrant[][]>));
    const pages = [...singles, ...batched.flat()];
    return pages.length === meta.pages ? pages : undefined;
  };
  // Storage is a convenience: when IndexedDB refuses (quota, private mode), the read simply goes on.
  const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => work().catch(() => fallback);
  return {
    load: () =>
      quietly(async () => {
        if (closed()) return undefined;
        await dropStale(db, prefix, now());
        const meta = await db.get<Meta>(metaKey);
        if (!isFresh(meta, now()) || meta.subject !== subject) return void (await clearMine());
        const pages = await loadPages(meta);
        if (!pages) return void (await clearMine());
        writes = [...meta.writes];
        // Saved again, a resumed read adds batches after these (after the layout before's pages, if it was that).
        batches = [...(meta.batches ?? [])];
        startedAt = meta.startedAt;
        return {
          grants: pages.flat(),
          pages: meta.pages,
          next: meta.next,
          total: meta.total,
          writes: meta.writes,
          startedAt: meta.startedAt,
        };
      }, undefined),
    savePage: (seq, grants, next, total) =>
      quietly(async () => {
        if (closed()) return;
        if (seq === 0) startedAt = now();
        buffer.push({ seq, grants });
        // The last page ('' for next) is saved at once: a reload during the organizations phase keeps every grant.
        pending = { pages: seq + 1, next: next ?? '', total };
        if (!next || buffer.length >= PAGES_PER_SAVE) return flush();
        timer ??= setTimeout(() => void quietly(flush, undefined), SAVE_DELAY_MS);
      }, undefined),
    saveWrite: (write) =>
      quietly(async () => {
        if (closed()) return;
        writes = [...writes, write];
        if (pending) return flush();
        const meta = await db.get<Meta>(metaKey);
        if (meta) await db.setMany([[metaKey, { ...meta, writes }]]);
      }, undefined),
    clear: () => quietly(clearMine, undefined),
  };
}

/** Disconnect: no saved read of any tenant, by anyone, stays in this browser. */
export async function forgetSavedReads(given?: KeyValues): Promise<void> {
  const db = given ?? (typeof indexedDB === 'undefined' ? undefined : idbKeyValues());
  await db?.clear().catch(() => undefined);
}
