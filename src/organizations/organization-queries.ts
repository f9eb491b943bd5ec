import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import {
  listGrantOrganizations,
  listOrganizationsCheckpoint,
  type OrganizationCheckpointPage,
} from '../api/organizations';

/** Organizations on screen per page of the associated list ("Show more" reads the next). */
export const SHOWN_PER_PAGE = 50;
/** Whole-list reads (the Add dialog's search, the ids to leave out) use the largest page the API allows. */
const READ_ALL_TAKE = 100;

// Keys start ['auth0', domain, …] like every other query (never the token); all under one prefix, so one
// invalidation after a write reads back every view of the associations.
const organizationsKey = (api: ManagementApi) => ['auth0', api.domain, 'organizations'] as const;

const firstPage: string | undefined = undefined;
const nextCursor = (last: OrganizationCheckpointPage) => last.next;

export const organizationQueries = {
  all: organizationsKey,
  /** The grant's associated organizations, 50 at a time, by checkpoint. */
  ofGrant: (api: ManagementApi, grantId: string) =>
    infiniteQueryOptions({
      queryKey: [...organizationsKey(api), 'of-grant', grantId] as const,
      queryFn: ({ pageParam, signal }) =>
        listGrantOrganizations(api.core, grantId, { take: SHOWN_PER_PAGE, from: pageParam }, { signal }),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
    }),
  /** Every association of the grant (read to the end by the Add dialog: those are not offered again). */
  allOfGrant: (api: ManagementApi, grantId: string) =>
    infiniteQueryOptions({
      queryKey: [...organizationsKey(api), 'all-of-grant', grantId] as const,
      queryFn: ({ pageParam, signal }) =>
        listGrantOrganizations(api.core, grantId, { take: READ_ALL_TAKE, from: pageParam }, { signal }),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
    }),
  /** Every organization of the tenant, by checkpoint (offset paging stops at 1,000). */
  tenant: (api: ManagementApi) =>
    infiniteQueryOptions({
      queryKey: [...organizationsKey(api), 'tenant'] as const,
      queryFn: ({ pageParam, signal }) =>
        listOrganizationsCheckpoint(api.core, { take: READ_ALL_TAKE, from: pageParam }, { signal }),
      initialPageParam: firstPage,
      getNextPageParam: nextCursor,
      staleTime: 60_000,
    }),
};
