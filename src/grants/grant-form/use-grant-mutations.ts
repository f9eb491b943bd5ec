import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientGrant, CreateClientGrantBody, UpdateClientGrantBody } from '../../api/client-grants';
import { ApiError } from '../../api/errors';
import { useConnection } from '../../connection/connection-context';
import { applyWriteToIndex, noteGrantCreated } from '../../tenant-index/index-writes';
import { grantQueries } from '../grant-queries';
import { isUnknownOutcome, recoverCreate, recoverUpdate } from '../write-outcome';

/**
 * What a write left in the tenant. `recovered` says the answer was lost (or, for a create, was a 409
 * about this very grant) and the grant was found by reading the tenant again.
 */
export type WriteResult = { grant: ClientGrant; recovered?: 'lost' | 'exists' };

/**
 * After a write the lists are stale; the detail and the duplicate check for this app, API and subject
 * type are answered by the write itself, so they are filled in rather than fetched again; so is the
 * tenant index, when a tenant-wide view has read it.
 */
function useAfterWrite() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return async ({ grant }: WriteResult) => {
    queryClient.setQueryData(grantQueries.detail(api, grant.id).queryKey, grant);
    applyWriteToIndex(api, { grant });
    if (grant.client_id) {
      const key = { client_id: grant.client_id, audience: grant.audience, subject_type: grant.subject_type };
      queryClient.setQueryData(grantQueries.existing(api, key).queryKey, grant);
    }
    await queryClient.invalidateQueries({ queryKey: grantQueries.lists(api) });
  };
}

type CreateVariables = { body: CreateClientGrantBody; signal?: AbortSignal };

export function useCreateGrant() {
  const { api } = useConnection();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ body, signal }: CreateVariables): Promise<WriteResult> => {
      try {
        return { grant: await api.clientGrants.create(body, { signal }) };
      } catch (error) {
        // A 409 may be about this very grant: a retry of an earlier attempt whose answer was lost (by the
        // admin, or by the browser resending on a dropped connection). If the tenant holds exactly what was
        // asked, that is the outcome; a grant with other settings keeps the 409 (recoverCreate).
        const conflict = error instanceof ApiError && error.status === 409;
        if (!conflict && !isUnknownOutcome(error, signal)) throw error;
        return { grant: await recoverCreate(api, body, error), recovered: conflict ? 'exists' : 'lost' };
      }
    },
    onSuccess: (result: WriteResult) => {
      noteGrantCreated(api, result.grant.id);
      return afterWrite(result);
    },
  });
}

type UpdateVariables = { id: string; body: UpdateClientGrantBody };

export function useUpdateGrant() {
  const { api } = useConnection();
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ id, body }: UpdateVariables): Promise<WriteResult> => {
      try {
        return { grant: await api.clientGrants.update(id, body) };
      } catch (error) {
        if (!isUnknownOutcome(error)) throw error;
        return { grant: await recoverUpdate(api, id, body, error), recovered: 'lost' };
      }
    },
    onSuccess: afterWrite,
  });
}
