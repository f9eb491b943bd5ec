import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientGrant, ClientGrantPage } from '../api/client-grants';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from './grant-queries';

/** One grant: straight from a list page already in the cache when it is there (no second request), else fetched. */
export function useGrant(id: string) {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return useQuery({
    ...grantQueries.detail(api, id),
    initialData: () => {
      for (const [, page] of queryClient.getQueriesData<ClientGrantPage>({ queryKey: grantQueries.lists(api) })) {
        const found = page?.client_grants?.find((grant: ClientGrant) => grant.id === id);
        if (found) return found;
      }
      return undefined;
    },
    initialDataUpdatedAt: () => queryClient.getQueryState(grantQueries.lists(api))?.dataUpdatedAt,
  });
}
