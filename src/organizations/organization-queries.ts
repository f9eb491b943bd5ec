import { queryOptions } from '@tanstack/react-query';
import type { ManagementApi } from '../api/management-api';
import { CursorGuard, PagingStopError } from '../api/paging-guard';
import { organizationsKey } from './organizations-key';
import {
  listGrantOrganizations,
  listGrantOrganizationsPage,
  listOrganizationsCheckpoint,
  type CheckpointQuery,
  type Organization,
  type OrganizationCheckpointPage,
} from '../api/organizations';

/** Organizations on screen per page of the associated list. */
export const SHOWN_PER_PAGE = 50;
/** Whole-list reads (the Add dialog's search, the ids to leave out) use the largest page the API allows. */
const READ_ALL_TAKE = 100;

// Keys start ['auth0', domain, …] like every other query (never the token); all under one prefix, so one
// invalidation after a write reads back every view of the associations.

type CheckpointReader = (query: CheckpointQuery, signal: AbortSignal) => Promise<OrganizationCheckpointPage>;

/**
 * Follows `next` to the end; `onProgress` hears how many were read so far (for "Reading… 300 so far").
 * The shared loop guard (#29 item 3) stops pages that repeat or rewind `next`, or an empty page with a
 * cursor: otherwise a broken tenant keeps this read, and the tenant's shared rate limit, busy forever.
 */
export async function readAll(
  read: CheckpointReader,
  signal: AbortSignal,
  onProgress?: (count: number) => void,
) {
  const all: Organization[] = [];
  const guard = new CursorGuard();
  let from: string | undefined;
  do {
    const page = await read({ take: READ_ALL_TAKE, from }, signal);
    all.push(...page.organizations);
    onProgress?.(all.length);
    const stop = guard.page(page.organizations.length, page.next);
    if (stop) throw new PagingStopError(stop, 'organizations');
    from = page.next;
  } while (from);
  return all;
}

// Plain queries, not infinite ones: the infinite-query code would join the first view's chunks (measured).
export const organizationQueries = {
  all: organizationsKey,
  /** One page (50) of the grant's associated organizations, with the total. */
  ofGrant: (api: ManagementApi, grantId: string, page: number) =>
    queryOptions({
      queryKey: [...organizationsKey(api), 'of-grant', grantId, page] as const,
      queryFn: ({ signal }) =>
        listGrantOrganizationsPage(api.core, grantId, { page, per_page: SHOWN_PER_PAGE }, { signal }),
    }),
  /** Every association of the grant, by checkpoint (the Add dialog does not offer those again). */
  allOfGrant: (api: ManagementApi, grantId: string) =>
    queryOptions({
      queryKey: [...organizationsKey(api), 'all-of-grant', grantId] as const,
      queryFn: ({ signal }) =>
        readAll((query, s) => listGrantOrganizations(api.core, grantId, query, { signal: s }), signal),
    }),
  /** Every organization of the tenant, by checkpoint (offset paging stops at 1,000). */
  tenant: (api: ManagementApi, onProgress?: (count: number) => void) =>
    queryOptions({
      queryKey: [...organizationsKey(api), 'tenant'] as const,
      queryFn: ({ signal }) =>
        readAll(
          (query, s) => listOrganizationsCheckpoint(api.core, query, { signal: s }),
          signal,
          onProgress,
        ),
      staleTime: 60_000,
    }),
};
