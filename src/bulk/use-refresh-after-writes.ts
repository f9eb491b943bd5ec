import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from '../grants/grant-queries';

/** After a batch: every cached list and detail of this tenant's grants is read again from the tenant. */
export function useRefreshAfterWrites(): () => void {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: grantQueries.all(api) }),
    [api, queryClient],
  );
}
