import { useMemo } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Connection } from '../connection/connection-context';
import { TenantIndexStore, type IndexSnapshot } from './index-store';
import { createTenantIndex } from './tenant-index';
import { registerStore, storeOf } from './index-writes';
import { tenantIndexKey } from './tenant-index-key';
import { usePublishedSnapshot, type PublishedStore } from './use-published-snapshot';
import type { TenantIndexState } from './use-tenant-index';

function storeFor({ api, scopes }: Connection, queryClient: QueryClient): TenantIndexStore {
  let store = storeOf(api);
  if (!store) {
    const background = (signal: AbortSignal) => ({ signal, priority: 'background' as const });
    store = new TenantIndexStore(
      api,
      queryClient,
      {
        // Not through the grants table's name queries: those keep names for the main tenant in this tab's storage.
        apis: (signal) => api.resourceServers.listAll(background(signal)),
        clients: (signal) => api.clients.listAll(background(signal)),
      },
      // As for the main tenant: a 403 on organizations names every scope this token lacks, not only the first.
      { scopes },
    );
    registerStore(api, store);
    // Its own Disconnect: what was read of it leaves the cache (the main Disconnect clears the whole cache).
    api.lifetime?.addEventListener(
      'abort',
      () => queryClient.removeQueries({ queryKey: tenantIndexKey(api.domain) }),
      {
        once: true,
      },
    );
  }
  return store;
}

// For a side that shows no second tenant (hooks cannot be called conditionally): never reads, never changes.
const idle: IndexSnapshot = {
  index: createTenantIndex(),
  version: 0,
  status: 'idle',
  progress: { phase: 'apis', loaded: 0 },
};
const noTenant: PublishedStore<IndexSnapshot> = {
  key: ['compare', 'no-second-tenant'],
  current: () => idle,
  ensureRead: () => undefined,
  dispose: () => undefined,
};

/**
 * The whole of a tenant connected beside the main one (Compare's second side): the same store and snapshot as the
 * main tenant's index, on that connection's own api (its pacer, its rate limit), keyed by its domain.
 */
export function useTenantIndexOf(
  connection: Connection | undefined,
  { start = true } = {},
): TenantIndexState {
  const queryClient = useQueryClient();
  const store = connection ? storeFor(connection, queryClient) : undefined;
  const snapshot = usePublishedSnapshot<IndexSnapshot>(store ?? noTenant, start);
  return useMemo(
    () => ({
      ...snapshot,
      partial: snapshot.status !== 'ready',
      cancel: () => store?.cancel(),
      refresh: () => store?.refresh(),
    }),
    [snapshot, store],
  );
}
