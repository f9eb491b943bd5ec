import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { grantQueries } from '../grant-queries';

/** After a write the lists (and every duplicate check) are stale; the detail can be filled from the answer. */
function useAfterWrite() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return async (grant: ClientGrant) => {
    queryClient.setQueryData(grantQueries.detail(api, grant.id).queryKey, grant);
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
