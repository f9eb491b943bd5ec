import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ClientGrant, ClientGrantPage } from '../api/client-grants';
import { ApiError } from '../api/errors';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from './grant-queries';

type Snapshot = Array<[QueryKey, ClientGrantPage | undefined]>;

function withoutGrant(page: ClientGrantPage | undefined, id: string): ClientGrantPage | undefined {
  if (!page || !page.client_grants.some((grant) => grant.id === id)) return page;
  return { ...page, total: Math.max(0, page.total - 1), client_grants: page.client_grants.filter((grant) => grant.id !== id) };
}

/**
 * Deletes a grant. The row disappears at once (every cached page), and comes back if the tenant
 * refuses. A grant that is already gone counts as deleted, as Auth0 itself answers 204 for it.
 */
export function useDeleteGrant(onError: (error: unknown, grant: ClientGrant) => void) {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  const lists = grantQueries.lists(api);
  return useMutation({
    mutationFn: async (grant: ClientGrant) => {
      try {
        await api.clientGrants.remove(grant.id);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    },
    onMutate: async (grant): Promise<{ snapshot: Snapshot }> => {
      await queryClient.cancelQueries({ queryKey: lists });
      const snapshot = queryClient.getQueriesData<ClientGrantPage>({ queryKey: lists });
      queryClient.setQueriesData<ClientGrantPage>({ queryKey: lists }, (page) => withoutGrant(page, grant.id));
      return { snapshot };
    },
    onError: (error, grant, context) => {
      context?.snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data));
      onError(error, grant);
    },
    onSuccess: (_, grant) => {
      queryClient.removeQueries({ queryKey: grantQueries.detail(api, grant.id).queryKey });
      // A cached "a grant already exists" answer is now wrong; the next form asks afresh.
      queryClient.removeQueries({ queryKey: [...grantQueries.all(api), 'existing'] });
    },
    // Totals and the rows that move up from the next page come from the server, not from arithmetic.
    onSettled: () => queryClient.invalidateQueries({ queryKey: lists }),
  });
}
