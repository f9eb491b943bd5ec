import { ApiError } from '../api/errors';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ClientGrantFilters, ClientGrantPage } from '../api/client-grants';
import { clientSchema, type Client } from '../api/clients';
import { storedResourceServerSchema, type ResourceServer } from '../api/resource-servers';
import type { ManagementApi } from '../api/management-api';
import type { GrantsSearch } from './grants-search';
import { readNames, restoredNames } from './names-query';

// Every key starts ['auth0', domain, …] so two tenants never share cache entries; the token is never in a key.
const tenantKey = (api: ManagementApi) => ['auth0', api.domain] as const;

export type GrantListParams = ClientGrantFilters & { organization_id?: string; page: number; per_page: number };

/**
 * A page of the table: every grant (`GET /client-grants`), or, with `organization_id`, the grants associated with
 * that organization (`GET /organizations/{id}/client-grants`, whose module and schemas load only when asked for).
 */
async function listPage(api: ManagementApi, params: GrantListParams, signal: AbortSignal): Promise<ClientGrantPage> {
  if (!params.organization_id) return api.clientGrants.list(params, { signal });
  const { listOrganizationGrantsPage } = await import('./organization-grants-page');
  return listOrganizationGrantsPage(api, params.organization_id, params, signal);
}

export function listParams(search: GrantsSearch): GrantListParams {
  const { grant: _grant, ...params } = search;
  return params;
}

export const grantQueries = {
  all: (api: ManagementApi) => [...tenantKey(api), 'client-grants'] as const,
  lists: (api: ManagementApi) => [...grantQueries.all(api), 'list'] as const,
  list: (api: ManagementApi, params: GrantListParams) =>
    queryOptions({
      queryKey: [...grantQueries.lists(api), params] as const,
      queryFn: ({ signal }) => listPage(api, params, signal),
      // Old rows stay on screen (with a progress bar) while the next page or filter loads.
      placeholderData: keepPreviousData,
    }),
  detail: (api: ManagementApi, id: string) =>
    queryOptions({
      queryKey: [...grantQueries.all(api), 'detail', id] as const,
      queryFn: ({ signal }) => api.clientGrants.get(id, { signal }),
    }),
  /**
   * The (client_id, audience, subject_type) uniqueness check the create form runs before submitting.
   * Not under `lists`: invalidating the lists after a write must not refetch a check whose answer the
   * write itself gives (staleTime 0 still makes every newly opened form ask afresh).
   */
  existing: (api: ManagementApi, key: { client_id: string; audience: string; subject_type: 'client' | 'user' }) =>
    queryOptions({
      queryKey: [...grantQueries.all(api), 'existing', key] as const,
      queryFn: async ({ signal }) => {
        const page = await api.clientGrants.list({ ...key, page: 0, per_page: 1 }, { signal });
        return page.client_grants[0] ?? null;
      },
      staleTime: 0,
    }),
};

// Names for ids: read once per connection (all pages, 100 at a time, in the background), kept for this tab
// across reloads (dropped on Disconnect), and refreshed in the background once older than this.
const namesStaleTime = 10 * 60_000;

export const clientQueries = {
  all: (api: ManagementApi) =>
    queryOptions({
      queryKey: [...tenantKey(api), 'clients', 'all'] as const,
      queryFn: readNames<Client>('clients', api.domain, (client) => client.client_id, api.clients.listAll),
      staleTime: namesStaleTime,
      ...restoredNames('clients', api.domain, clientSchema),
    }),
  /** One application, for a row on screen whose name the list has not reached yet. */
  one: (api: ManagementApi, clientId: string) =>
    queryOptions({
      queryKey: [...tenantKey(api), 'clients', 'one', clientId] as const,
      queryFn: async ({ signal }) => {
        try {
          return await api.clients.get(clientId, { signal });
        } catch (error) {
          // A deleted application: an answer, not a failure to retry.
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
      staleTime: namesStaleTime,
      retry: false,
    }),
};

export const resourceServerQueries = {
  all: (api: ManagementApi) =>
    queryOptions({
      queryKey: [...tenantKey(api), 'resource-servers', 'all'] as const,
      queryFn: readNames<ResourceServer>(
        'resource-servers',
        api.domain,
        (server) => server.identifier,
        api.resourceServers.listAll,
      ),
      staleTime: namesStaleTime,
      ...restoredNames('resource-servers', api.domain, storedResourceServerSchema),
    }),
};
