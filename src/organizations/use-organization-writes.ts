import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import type { Organization } from '../api/organizations';
import { useConnection } from '../connection/connection-context';
import { grantQueries } from '../grants/grant-queries';
import { organizationQueries } from './organization-queries';
import { applyOrganizationChange, applyOrganizationChanges } from './organization-writes';

export type AddFailure = { organization: Organization; error: unknown };
export type AddOutcome = { added: Organization[]; failed: AddFailure[] };

/** Associations one after the other (organization-writes.ts), worded as the Add dialog shows them. */
async function associateAll(
  api: ManagementApi,
  organizations: Organization[],
  grantId: string,
): Promise<AddOutcome> {
  const changes = organizations.map((organization) => ({ organization, action: 'associate' as const }));
  const { done, failed } = await applyOrganizationChanges(api, grantId, changes);
  return {
    added: done.map(({ organization }) => organization),
    failed: failed.map(({ change, error }) => ({ organization: change.organization, error })),
  };
}

/** Whatever happened, show what the tenant now holds (a failure may still have been applied, or a colleague's). */
export function useReadBack() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: organizationQueries.all(api) }),
      // The grants table filtered by an organization lists its associations: a grant added or removed shows at once.
      queryClient.invalidateQueries({ queryKey: grantQueries.lists(api) }),
    ]);
}

export function useAddOrganizations(grantId: string) {
  const { api } = useConnection();
  const readBack = useReadBack();
  return useMutation({
    mutationFn: (organizations: Organization[]) => associateAll(api, organizations, grantId),
    onSettled: readBack,
  });
}

export function useRemoveOrganization(grantId: string) {
  const { api } = useConnection();
  const readBack = useReadBack();
  return useMutation({
    mutationFn: (organization: Organization) => applyOrganizationChange(api, grantId, { organization, action: 'remove' }),
    onSettled: readBack,
  });
}
