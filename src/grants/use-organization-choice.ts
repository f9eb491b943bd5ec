import { useState } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getOrganization, type Organization } from '../api/organizations';
import { ApiError, describeError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { useConnection } from '../connection/connection-context';
import { hasScope } from '../connection/token';
import { organizationQueries } from '../organizations/organization-queries';

/** The scopes the filter needs, and what each one does here (said when the token lacks it). */
export const FILTER_SCOPES = [
  { scope: 'read:organization_client_grants', enables: "list an organization's grants" },
  { scope: 'read:organizations', enables: 'choose an organization by name' },
] as const;

/** "Needs read:organizations (to choose an organization by name)." or undefined when the token holds both. */
export function missingFilterScopes(scopes: readonly string[]): string | undefined {
  const missing = FILTER_SCOPES.filter(({ scope }) => !hasScope(scopes, scope));
  if (missing.length === 0) return undefined;
  return `Your token lacks ${missing.map(({ scope, enables }) => `${scope} (to ${enables})`).join(' and ')}.`;
}

/** One organization by id, for a link's `organization_id`: null when the tenant has none with that id. */
const oneOrganization = (api: ManagementApi, id: string) =>
  queryOptions({
    queryKey: [...organizationQueries.all(api), 'one', id] as const,
    queryFn: async ({ signal }): Promise<Organization | null> => {
      try {
        return await getOrganization(api.core, id, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    retry: false,
    staleTime: 60_000,
  });

/** What the field shows for the chosen id: its name once read, the id meanwhile, and why when it cannot. */
export type ChosenOrganization = { organization: Organization; note?: string; unknown?: boolean };

function describeChosen(id: string, read: { data?: Organization | null; error: unknown }): ChosenOrganization {
  if (read.data) return { organization: read.data };
  if (read.data === null)
    return { organization: { id, name: id }, unknown: true, note: `No organization with the id ${id} in this tenant.` };
  if (read.error) return { organization: { id, name: id }, note: `Could not read its name: ${describeError(read.error).title}.` };
  return { organization: { id, name: id } };
}

/**
 * The filter's data: the chosen organization (by id, named once read) and the tenant's organizations to choose
 * from, read only once the list is opened (a tenant may hold thousands: no reading for an admin who never asks).
 */
export function useOrganizationChoice(value: string | undefined) {
  const { api, scopes } = useConnection();
  const canRead = hasScope(scopes, 'read:organizations');
  const [opened, setOpened] = useState(false);
  const [read, setRead] = useState(0);
  const tenant = useQuery({ ...organizationQueries.tenant(api, setRead), enabled: canRead && opened });
  const one = useQuery({ ...oneOrganization(api, value ?? ''), enabled: canRead && Boolean(value) });
  const fromList = value ? tenant.data?.find((org) => org.id === value) : undefined;
  const chosen = value ? (fromList ? { organization: fromList } : describeChosen(value, one)) : undefined;
  return {
    chosen,
    options: tenant.data ?? [],
    reading: tenant.isFetching && !tenant.data,
    read,
    error: tenant.error,
    retry: () => void tenant.refetch(),
    open: () => setOpened(true),
    missing: missingFilterScopes(scopes),
  };
}
