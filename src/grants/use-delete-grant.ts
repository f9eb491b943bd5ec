import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ClientGrant, ClientGrantPage } from '../api/client-grants';
import { ApiError } from '../api/errors';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from './grant-queries';
import { describeWriteError, isUnknownOutcome, recoverDelete, WriteOutcomeError } from './write-outcome';

type Snapshot = Array<[QueryKey, ClientGrantPage | undefined]>;

/** `already`: someone deleted it first; `lost`: the answer was lost and a re-read found it gone. */
export type DeleteOutcome = 'deleted' | 'already' | 'lost';

function withoutGrant(page: ClientGrantPage | undefined, id: string): ClientGrantPage | undefined {
  if (!page || !page.client_grants.some((grant) => grant.id === id)) return page;
  return { ...page, total: Math.max(0, page.total - 1), client_grants: page.client_grants.filter((grant) => grant.id !== id) };
}

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** The page's notice for each outcome. */
export function deletedMessage(outcome: DeleteOutcome, label: string): string {
  if (outcome === 'already') return `The grant for ${label} was already deleted (someone else deleted it); nothing to do.`;
  if (outcome === 'lost') return `Deleted the grant for ${label}; the response was lost, and re-reading the tenant shows it is gone.`;
  return `Deleted the grant for ${label}.`;
}

export function deleteErrorMessage(error: unknown, label: string): string {
  const { detail, action } = describeWriteError(error);
  if (error instanceof WriteOutcomeError && error.applied === 'unknown') {
    return `Could not find out whether the grant for ${label} was deleted: ${detail} ${action}`;
  }
  return `The grant for ${label} was not deleted: ${detail}`;
}

/**
 * Deletes a grant. The row disappears at once (every cached page), and comes back if the tenant
 * refuses. Auth0 answers 204 even for an id that no longer exists, so the grant is read first: one
 * already gone is reported as "already deleted", not as this admin's deletion.
 */
export function useDeleteGrant(onError: (error: unknown, grant: ClientGrant) => void) {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  const lists = grantQueries.lists(api);
  return useMutation({
    mutationFn: async (grant: ClientGrant): Promise<DeleteOutcome> => {
      try {
        await api.clientGrants.get(grant.id);
      } catch (error) {
        if (isNotFound(error)) return 'already';
        throw error;
      }
      try {
        await api.clientGrants.remove(grant.id);
        return 'deleted';
      } catch (error) {
        if (isNotFound(error)) return 'already';
        if (!isUnknownOutcome(error)) throw error;
        await recoverDelete(api, grant.id, error);
        return 'lost';
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
