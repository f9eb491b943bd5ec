import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import type { ManagementApi } from '../api/management-api';
import type { ResourceServer } from '../api/resource-servers';
import { CursorGuard, type PagingStop } from '../api/paging-guard';

/** Resolves in a new task, after every pending promise callback: a message, not a timer (no clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Auth0's largest page (`take` and `per_page` are capped at 100). */
export const INDEX_PAGE_SIZE = 100;

/** The grants' phases, then (read-tenant-organizations.ts) the organizations and each one's associations. */
export type ReadPhase = 'apis' | 'applications' | 'grants' | 'organizations' | 'associations';
export type ReadProgress = { phase: ReadPhase; loaded: number; total?: number };

/** The phases after the grants: reached only once every grant was read, so the grants are complete. */
export function isOrganizationPhase(phase: ReadPhase): boolean {
  return phase === 'organizations' || phase === 'associations';
}

export type ReadTenantSinks = {
  onApis(apis: ResourceServer[]): void;
  onClients(clients: Client[]): void;
  onGrants(grants: ClientGrant[]): void;
  onProgress(progress: ReadProgress): void;
  /** After each page of grants, with the checkpoint after it (undefined: the last page). */
  onGrantsPage?(seq: number, grants: ClientGrant[], next: string | undefined, total: number): void;
};

/** How a read that was not aborted ended: complete, or stopped early (what was read is kept, partial). */
export type ReadEnd = { stop?: PagingStop };

/** Where an unfinished read left off (read-journal.ts): its grants are in the index already; `next` '' = all. */
export type ResumePoint = { next: string; loaded: number; total: number; pages: number };

/** How the names are read: shared with the grants table's name lookups, so one connection reads them once. */
export type NameSources = {
  apis(signal: AbortSignal): Promise<ResourceServer[]>;
  clients(signal: AbortSignal): Promise<Client[]>;
};

/**
 * Reads the whole tenant: APIs and applications (through the shared name reads), then every grant with
 * checkpoint paging (`from`/`take`), which reaches the end of any tenant where offset paging may not.
 * Checkpoint pages carry no total, so one `include_totals` request of a single item first gives the
 * count for "3,400 of 10,000". Every request is a background one: the admin's own clicks go first.
 * Stops when `signal` aborts (the request in flight is abandoned; nothing after it is sent). Each page is
 * requested as soon as the previous one's checkpoint is known, so indexing overlaps the next request.
 * A tenant whose pages loop (a cursor seen before, an empty page with a cursor, more grants than it
 * counted) or end before its count is not read forever nor called complete: the read ends with `stop`.
 */
export async function readTenant(
  api: ManagementApi,
  names: NameSources,
  sinks: ReadTenantSinks,
  signal: AbortSignal,
  resume?: ResumePoint,
): Promise<ReadEnd> {
  const background = { signal, priority: 'background' } as const;
  // Known once counted (or resumed); the names may finish before that.
  let total = resume?.total;
  let loaded = resume?.loaded ?? 0;
  const grantsProgress = () => {
    if (total !== undefined) sinks.onProgress({ phase: 'grants', loaded, total: Math.max(total, loaded) });
  };
  // The names are read beside the grants, not before them: on a tenant of 10,000 applications their 101 pages
  // took 2 s of a 20 s read (bench: scale:100000) while the grants waited. Progress names the names' phases
  // until they are in, then the grants' (the pacer still sends every request within the rate limit).
  const namesRead = watch(readNames(names, sinks, signal), grantsProgress);

  const count = async () => (await api.clientGrants.list({ page: 0, per_page: 1 }, background)).total;
  total ??= await count();
  // Every grant was saved before the reload (it came during the organizations phase): only the names are read.
  if (resume && !resume.next) {
    await namesRead.promise;
    return {};
  }
  let seq = resume?.pages ?? 0;
  const guard = new CursorGuard({ start: resume?.next, total, read: loaded });
  if (namesRead.done) grantsProgress();
  // The cursor first, the grants checked after the next request has gone out.
  const pageAfter = (from: string | undefined) => api.clientGrants.listCheckpointDeferred({ take: INDEX_PAGE_SIZE, from }, background);
  let request = pageAfter(resume?.next);
  for (;;) {
    const page = await request;
    // Cancelled while this page travelled (a fake or slow transport may still answer): nothing more is sent.
    signal.throwIfAborted();
    // The names failed: the read fails with their error, and no further page is asked for.
    if (namesRead.failed) await namesRead.promise;
    const stop = guard.page(page.count, page.next);
    // The next page is asked for before this one is indexed and saved: the tenant answers it meanwhile.
    // (Only one request is ever in flight; if indexing throws, that request's own outcome is ignored.)
    if (page.next && !stop) {
      request = pageAfter(page.next);
      request.catch(() => undefined);
      // The request is only sent a few promise hops later (the pacer's slot, then fetch): indexing now would
      // run first and hold it back. A task boundary lets it go out, so indexing overlaps the request.
      await nextTask();
    }
    const grants = page.grants();
    sinks.onGrants(grants);
    loaded += grants.length;
    // A colleague may add grants while we read: the total grows with what we actually saw.
    if (namesRead.done) grantsProgress();
    // A stopped read leaves no checkpoint to resume: its cursor is the one that looped.
    const next = stop ? undefined : page.next;
    sinks.onGrantsPage?.(seq++, grants, next, Math.max(total, loaded));
    if (stop) return await namesRead.promise.then(() => ({ stop }));
    if (!next) {
      const end = loaded < total ? endedShort(loaded, await count()) : {};
      // The read is over when the names are in too (a failure of theirs fails it).
      await namesRead.promise;
      return end;
    }
  }
}

/** The APIs, then the applications, each into the index as it arrives, with its phase. */
async function readNames(names: NameSources, sinks: ReadTenantSinks, signal: AbortSignal): Promise<void> {
  sinks.onProgress({ phase: 'apis', loaded: 0 });
  sinks.onApis(await names.apis(signal));
  sinks.onProgress({ phase: 'applications', loaded: 0 });
  sinks.onClients(await names.clients(signal));
}

type Watched = { promise: Promise<void>; done: boolean; failed: boolean };

/** A read running beside another: whether it ended and how, without an unhandled rejection meanwhile. */
function watch(promise: Promise<void>, onDone: () => void): Watched {
  const watched: Watched = { promise, done: false, failed: false };
  promise.then(
    () => {
      watched.done = true;
      onDone();
    },
    () => {
      watched.failed = true;
    },
  );
  return watched;
}

/**
 * The pages ended before the count asked for at the start. A colleague may have deleted grants meanwhile,
 * so the count is asked again (one request, only in this case): still more than was read means partial.
 */
function endedShort(loaded: number, total: number): ReadEnd {
  return loaded < total ? { stop: { reason: 'short', read: loaded, total } } : {};
}
