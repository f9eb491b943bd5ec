import { useEffect, useMemo } from 'react';
import { hashKey, skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import { useConnection } from '../connection/connection-context';
import { clientQueries, resourceServerQueries } from '../grants/grant-queries';
import { TenantIndexStore, type IndexSnapshot } from './index-store';
import { idbReadJournal } from './idb-read-journal';
import { registerStore, storeOf } from './index-writes';

function storeFor(api: ManagementApi, queryClient: QueryClient): TenantIndexStore {
  let store = storeOf(api);
  if (!store) {
    store = new TenantIndexStore(
      api,
      queryClient,
      {
        // The same cache entries as the grants table's names: read once per connection, whoever asks first.
        // A partial list is always stale (grants/names-query.ts), so these resolve with the whole one.
        apis: async () => (await queryClient.fetchQuery(resourceServerQueries.all(api))).items,
        clients: async () => (await queryClient.fetchQuery(clientQueries.all(api))).items,
      },
      { journal: idbReadJournal(api.domain) },
    );
    registerStore(api, store);
  }
  return store;
}

export type TenantIndexState = IndexSnapshot & {
  /** True until a complete read has finished: answers may miss grants not read yet. */
  partial: boolean;
  cancel(): void;
  refresh(): void;
};

/**
 * The whole tenant, for tenant-wide views. The first view that asks starts the read (once per
 * connection; `start: false` only watches, e.g. a tab's counts); every view sees pages as they arrive. Disconnect clears the cache, which ends the read.
 */
export function useTenantIndex({ start = true } = {}): TenantIndexState {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  const store = storeFor(api, queryClient);
  const { data } = useQuery<IndexSnapshot>({
    queryKey: store.key,
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
    // The snapshot holds Maps: compare by reference, never walk them.
    structuralSharing: false,
  });
  useEffect(() => {
    if (start) store.ensureRead();
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'removed' && event.query.queryHash === hashKey(store.key)) store.dispose();
    });
    return unsubscribe;
  }, [store, queryClient, start]);
  const snapshot = data ?? store.current();
  return useMemo(
    () => ({
      ...snapshot,
      partial: snapshot.readAt === undefined || snapshot.status === 'reading',
      cancel: () => store.cancel(),
      refresh: () => store.refresh(),
    }),
    [snapshot, store],
  );
}
