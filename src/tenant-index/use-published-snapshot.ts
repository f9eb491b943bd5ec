import { useEffect } from 'react';
import { hashKey, skipToken, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A background read that publishes its snapshots into the query cache under `key` (see index-store.ts). */
export type PublishedStore<S> = { readonly key: QueryKey; current(): S; ensureRead(): void; dispose(): void };

/**
 * The latest snapshot of `store`, re-rendering as it publishes. `start` begins the read (once per
 * connection); otherwise this only watches. Disconnect clears the cache, which ends the read.
 */
export function usePublishedSnapshot<S>(store: PublishedStore<S>, start: boolean): S {
  const queryClient = useQueryClient();
  const { data } = useQuery<S>({
    queryKey: store.key,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
    // Snapshots hold Maps: compare by reference, never walk them.
    structuralSharing: false,
  });
  useEffect(() => {
    if (start) store.ensureRead();
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'removed' && event.query.queryHash === hashKey(store.key)) store.dispose();
    });
  }, [store, queryClient, start]);
  return data ?? store.current();
}
