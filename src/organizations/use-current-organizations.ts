import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Organization } from '../api/organizations';
import { useConnection } from '../connection/connection-context';
import { organizationQueries } from './organization-queries';
import { useOrganizationAccess } from './organization-scopes';

/**
 * Edit: the organizations the grant is associated with when the form opens, read afresh and then kept fixed.
 * They are the base of the edit: only what the admin adds or takes out is written, so an organization a
 * colleague associated meanwhile is neither removed nor re-added (the same rule as the grant's own fields).
 */
export function useCurrentOrganizations(grantId: string, enabled: boolean) {
  const { api } = useConnection();
  const access = useOrganizationAccess();
  const [openedAt] = useState(() => Date.now());
  const query = useQuery({
    ...organizationQueries.allOfGrant(api, grantId),
    enabled: enabled && access.readAssociations,
    refetchOnMount: 'always',
  });
  const fresh = query.data && query.dataUpdatedAt >= openedAt ? query.data : undefined;
  const [base, setBase] = useState<Organization[]>();
  if (!base && fresh) setBase(fresh);
  return {
    base,
    reading: enabled && !base && (query.isFetching || !query.error),
    error: base || query.isFetching ? null : query.error,
    retry: () => void query.refetch(),
  };
}
