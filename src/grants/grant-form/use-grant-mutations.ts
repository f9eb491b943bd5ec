import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { grantQueries } from '../grant-queries';

/**
 * After a write the lists are stale; the detail and the duplicate check for this app, API and subject
 * type are answered by the write itself, so they are filled in rather than fetched again.
 */
function useAfterWrite() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return async (grant: ClientGrant) => {
    queryClient.setQueryData(grantQueries.detail(api, grant.id).queryKey, grant);
    if (grant.client_id) {
      const key = { client_id: grant.client_id, audience: grant.audience, subject_type: grant.subject_type };
      queryClient.setQueryData(grantQueries.existing(api, key).queryKey, grant);
    }
    await queryClient.invalidateQueries({ queryKey: grantQueries.lists(api) });
  };
}

export function useCreateGrant() {
  const { api } = useConnection();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: (body: CreateClientGrantBody) => api.clientGrants.create(body),
    onSuccess: afterWrite,
  });
}

export function useUpdateGrant() {
  const { api } = useConnection();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateClientGrantBody }) =>
      api.clientGrants.update(id, body),
    onSuccess: afterWrite,
  });
}
