import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ClientGrantFilters } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { GrantsSearch } from './grants-search';

// Every key starts ['auth0', domain, …] so two tenants never share cache entries; the token is never in a key.
const tenantKey = (api: ManagementApi) => ['auth0', api.domain] as const;

export type GrantListParams = ClientGrantFilters & { page: number; per_page: number };

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
      queryFn: ({ signal }) => api.clientGrants.list(params, { signal }),
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

// Names for ids: fetched once per connection (all pages, 100 at a time) and kept while connected.
const namesStaleTime = 10 * 60_000;

export const clientQueries = {
  all: (api: ManagementApi) =>
    queryOptions({
      queryKey: [...tenantKey(api), 'clients', 'all'] as const,
      queryFn: ({ signal }) => api.clients.listAll({ signal }),
      staleTime: namesStaleTime,
    }),
};

export const resourceServerQueries = {
  all: (api: ManagementApi) =>
    queryOptions({
      queryKey: [...tenantKey(api), 'resource-servers', 'all'] as const,
      queryFn: ({ signal }) => api.resourceServers.listAll({ signal }),
      staleTime: namesStaleTime,
    }),
};
