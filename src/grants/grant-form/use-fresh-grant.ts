import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ClientGrant } from '../../api/client-grants';
import { useConnection } from '../../connection/connection-context';
import { grantQueries } from '../grant-queries';

/**
 * The grant as the tenant holds it when the form opens: always read again, never taken from a list
 * page that may be minutes old (another admin may have changed it since). Once read it stays fixed:
 * it is what the form was filled from, the base a later save compares the tenant with, so a refetch
 * on window focus must not move it under the admin's edits.
 */
export function useFreshGrant(id: string | undefined) {
  const { api } = useConnection();
  const [openedAt] = useState(() => Date.now());
  const query = useQuery({
    ...grantQueries.detail(api, id ?? ''),
    enabled: Boolean(id),
    refetchOnMount: 'always',
  });
  const fresh = query.data && query.dataUpdatedAt >= openedAt ? query.data : undefined;
  const [base, setBase] = useState<ClientGrant>();
  if (!base && fresh) setBase(fresh);
  return {
    base,
    // An error from an earlier read does not count once the fresh read is under way.
    error: base || query.isFetching ? null : query.error,
    retry: () => void query.refetch(),
  };
}
