import type { QueryFunctionContext, QueryKey } from '@tanstack/react-query';
import type { PageWalk } from '../api/paging';
import type { CallOptions } from '../api/request';
import type { z } from '../schema';
import { loadStoredNames, saveStoredNames, type NamesKind } from '../connection/stored-names';

/** A names list as it is read: `complete` once every page is in; `pagesRead` lets a cut-short read resume. */
export type NamesList<T> = { items: T[]; complete: boolean; pagesRead: number };

type ReadAll<T> = (opts: CallOptions & PageWalk<T>) => Promise<T[]>;

/** How often a first read shows what it has so far: each update re-renders every name on screen. */
const PUBLISH_EVERY_MS = 500;

/**
 * Reads every page of a names list in the background lane of the request pacer. A first read (or one cut
 * short by an error, which resumes where it stopped) shows its pages as they arrive, so names appear while
 * the rest is read; a refresh keeps the whole old list until the new one is whole. The finished list is
 * kept for this tab (connection/stored-names.ts).
 */
export function readNames<T>(kind: NamesKind, domain: string, idOf: (item: T) => string, readAll: ReadAll<T>) {
  return async ({ signal, client, queryKey }: QueryFunctionContext<QueryKey>): Promise<NamesList<T>> => {
    const previous = client.getQueryData<NamesList<T>>(queryKey);
    const resume = previous && !previous.complete ? previous : undefined;
    const seen = new Map(resume?.items.map((item) => [idOf(item), item]));
    let pagesRead = resume?.pagesRead ?? 0;
    let published = 0;
    const onPage = (items: T[], page: number) => {
      for (const item of items) seen.set(idOf(item), item);
      pagesRead = page + 1;
      if (previous?.complete || Date.now() - published < PUBLISH_EVERY_MS) return;
      published = Date.now();
      // Dated 0: a partial list is always stale, so the next mount or fetchQuery (the tenant index) reads on.
      client.setQueryData<NamesList<T>>(
        queryKey,
        { items: [...seen.values()], complete: false, pagesRead },
        { updatedAt: 0 },
      );
    };
    const read = await readAll({ signal, priority: 'background', startPage: pagesRead, onPage });
    for (const item of read) seen.set(idOf(item), item);
    // Offsets may shift if apps are created or deleted during a long read: the next refresh corrects it.
    const items = [...seen.values()];
    // Disconnect aborts the read: nothing may be written back after it cleared the storage.
    if (!signal.aborted) saveStoredNames(kind, domain, { savedAt: Date.now(), items });
    return { items, complete: true, pagesRead };
  };
}

/** True while a names list is still being read (partial or nothing yet) and has not failed. */
export function stillReading(query: { data?: { complete: boolean }; isError: boolean }): boolean {
  return !query.data?.complete && !query.isError;
}

/** The names this tab kept for the domain, as the query's initial data (stale after its stale time, then refreshed). */
export function restoredNames<T>(kind: NamesKind, domain: string, schema: z.ZodMiniType<T>) {
  let loaded: { items: T[]; savedAt: number } | undefined | null = null;
  const load = () => (loaded === null ? (loaded = loadStoredNames(kind, domain, schema)) : loaded);
  return {
    initialData: (): NamesList<T> | undefined => {
      const stored = load();
      return stored && { items: stored.items, complete: true, pagesRead: 0 };
    },
    initialDataUpdatedAt: () => load()?.savedAt,
  };
}
