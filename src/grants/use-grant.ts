import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ClientGrant, ClientGrantPage } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from './grant-queries';

type Cached = { grant: ClientGrant; updatedAt: number };

/** A grant from any list page in the cache, with when that page was fetched (it is exactly that old). */
export function findGrantInLists(queryClient: QueryClient, api: ManagementApi, id: string): Cached | undefined {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: grantQueries.lists(api) })) {
    const page = query.state.data as ClientGrantPage | undefined;
    const grant = page?.client_grants?.find((candidate) => candidate.id === id);
    if (grant) return { grant, updatedAt: query.state.dataUpdatedAt };
  }
  return undefined;
}

/**
 * One grant: straight from a list page already in the cache when it is there (no second request), else
 * fetched. `enabled: false` for a value that cannot be a grant id: nothing to ask the tenant.
 */
export function useGrant(id: string, enabled = true) {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return useQuery({
    ...grantQueries.detail(api, id),
    enabled,
    initialData: () => findGrantInLists(queryClient, api, id)?.grant,
    // The page's own age: a grant taken from a 5-minute-old page is stale, not fresh.
    initialDataUpdatedAt: () => findGrantInLists(queryClient, api, id)?.updatedAt,
  });
}
