import { useMemo } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import { useConnection } from '../connection/connection-context';
import { usePublishedSnapshot } from '../tenant-index';
import { useLogsAccess } from './use-logs-access';
import { UsageStore, type UsageSnapshot } from './usage-store';

// One store per connection: a new token or tenant is a new ManagementApi, and a fresh read.
const stores = new WeakMap<ManagementApi, UsageStore>();

function storeFor(api: ManagementApi, queryClient: QueryClient): UsageStore {
  let store = stores.get(api);
  if (!store) {
    store = new UsageStore(api, queryClient);
    stores.set(api, store);
  }
  return store;
}

export type UsageIndexState = UsageSnapshot & {
  /** The token has read:logs; without it nothing is read and no usage finding is made. */
  allowed: boolean;
  cancel(): void;
  refresh(): void;
};

/** The tenant's usage index: the first view that asks (with read:logs) starts the read, once per connection. */
export function useUsageIndex({ start = true } = {}): UsageIndexState {
  const { api } = useConnection();
  const allowed = useLogsAccess();
  const store = storeFor(api, useQueryClient());
  const snapshot = usePublishedSnapshot(store, start && allowed);
  return useMemo(
    () => ({ ...snapshot, allowed, cancel: () => store.cancel(), refresh: () => store.refresh() }),
    [snapshot, allowed, store],
  );
}
