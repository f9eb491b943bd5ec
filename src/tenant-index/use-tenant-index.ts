import { useMemo } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useConnection, type Connection } from '../connection/connection-context';
import { clientQueries, resourceServerQueries } from '../grants/grant-queries';
import { grantsComplete, TenantIndexStore, type IndexSnapshot } from './index-store';
import { idbReadJournal } from './idb-read-journal';
import { registerStore, storeOf } from './index-writes';
import { usePublishedSnapshot } from './use-published-snapshot';

function storeFor({ api, subject, scopes }: Connection, queryClient: QueryClient): TenantIndexStore {
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
      // Saved for this subject only, and resumed only with a token that may read grants.
      // The token's scopes name both organization scopes when it lacks them (a 403 names only the first).
      { journal: idbReadJournal(api.domain, { subject, scopes }, { lifetime: api.lifetime }), scopes },
    );
    registerStore(api, store);
  }
  return store;
}

export type TenantIndexState = IndexSnapshot & {
  /**
   * True unless every grant has been read (a complete read, or one gone on to organizations): answers may miss
   * grants not read yet. Organization answers have their own: `index.organizationsCoverage`.
   */
  partial: boolean;
  cancel(): void;
  refresh(): void;
};

/**
 * The whole tenant, for tenant-wide views. The first view that asks starts the read (once per
 * connection; `start: false` only watches, e.g. a tab's counts); every view sees pages as they arrive. Disconnect clears the cache, which ends the read.
 */
export function useTenantIndex({ start = true } = {}): TenantIndexState {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const store = storeFor(connection, queryClient);
  const snapshot = usePublishedSnapshot(store, start);
  return useMemo(
    () => ({
      ...snapshot,
      // Only a read that reached the end is complete: after Refresh the index is emptied, so a read that then
      // failed, was cancelled or stopped is partial even though an earlier one had finished.
      partial: !grantsComplete(snapshot),
      cancel: () => store.cancel(),
      refresh: () => store.refresh(),
    }),
    [snapshot, store],
  );
}
