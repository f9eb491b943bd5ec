import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../connection/connection-context';
import { organizationQueries } from './organization-queries';

/**
 * Every organization of the tenant, read to the end by checkpoint (GET /organizations has no name search),
 * with how many were read so far. Shared by the Add dialog and the grant form's picker: one cache entry.
 */
export function useTenantOrganizations(enabled = true) {
  const { api } = useConnection();
  const [read, setRead] = useState(0);
  const query = useQuery({ ...organizationQueries.tenant(api, setRead), enabled });
  return {
    organizations: query.data,
    read,
    reading: enabled && query.isPending && !query.error,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
