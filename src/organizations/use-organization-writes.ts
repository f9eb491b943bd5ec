import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthorized } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import {
  associateOrganizationClientGrant,
  isAssociated,
  removeOrganizationClientGrant,
  type Organization,
} from '../api/organizations';
import { useConnection } from '../connection/connection-context';
// Directly, not through tenant-index/index.ts: only the write reporting, never the index's code (see there).
import { applyWriteToIndex } from '../tenant-index/index-writes';
import { organizationQueries } from './organization-queries';

export type AddFailure = { organization: Organization; error: unknown };
export type AddOutcome = { added: Organization[]; failed: AddFailure[] };

/**
 * One association. A 409 is "already associated" (perhaps by a colleague a moment ago) or "that organization
 * already has 100 grants": which one is read back from the tenant, and only the second is a failure.
 */
async function associate(api: ManagementApi, organization: Organization, grantId: string): Promise<void> {
  try {
    await associateOrganizationClientGrant(api.core, organization.id, grantId);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    if (!(await isAssociated(api.core, organization.id, grantId))) throw error;
  }
}

/** One after the other through the tenant's pacer, so a long list never bursts past the rate limit. */
async function associateAll(
  api: ManagementApi,
  organizations: Organization[],
  grantId: string,
): Promise<AddOutcome> {
  const outcome: AddOutcome = { added: [], failed: [] };
  for (const [index, organization] of organizations.entries()) {
    try {
      await associate(api, organization, grantId);
      outcome.added.push(organization);
      // The tenant-wide index (Access view) follows without a re-read; a failure may or may not have applied.
      applyWriteToIndex(api, { associated: { orgId: organization.id, grantId } });
    } catch (error) {
      // An expired token fails every later request the same way: stop and report each as not added.
      if (isUnauthorized(error)) {
        outcome.failed.push(...organizations.slice(index).map((rest) => ({ organization: rest, error })));
        break;
      }
      outcome.failed.push({ organization, error });
    }
  }
  return outcome;
}

function useReadBack() {
  const { api } = useConnection();
  const queryClient = useQueryClient();
  // Whatever happened, show what the tenant now holds (a failure may still have been applied, or a colleague's).
  return () => queryClient.invalidateQueries({ queryKey: organizationQueries.all(api) });
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
    mutationFn: async (organization: Organization) => {
      await removeOrganizationClientGrant(api.core, organization.id, grantId);
      applyWriteToIndex(api, { dissociated: { orgId: organization.id, grantId } });
    },
    onSettled: readBack,
  });
}
