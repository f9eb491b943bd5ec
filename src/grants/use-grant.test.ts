import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ManagementApi } from '../api/management-api';
import { grantQueries } from './grant-queries';
import { findGrantInLists } from './use-grant';

const api = { domain: 'acme.auth0.com' } as ManagementApi;
const grant = { id: 'cgr_2', client_id: 'c', audience: 'https://a/', subject_type: 'client' as const };

describe('findGrantInLists', () => {
  it('finds a grant on any cached list page, with that page’s fetch time', () => {
    const queryClient = new QueryClient();
    const page = { total: 2, start: 0, limit: 25, client_grants: [{ ...grant, id: 'cgr_1' }, grant] };
    queryClient.setQueryData(grantQueries.list(api, { page: 3, per_page: 25 }).queryKey, page, { updatedAt: 1_000 });
    expect(findGrantInLists(queryClient, api, 'cgr_2')).toEqual({ grant, updatedAt: 1_000 });
  });

  it('finds nothing for a grant on no cached page, or in another tenant’s cache', () => {
    const queryClient = new QueryClient();
    const other = { domain: 'other.auth0.com' } as ManagementApi;
    queryClient.setQueryData(grantQueries.list(other, { page: 0, per_page: 25 }).queryKey, { total: 1, start: 0, limit: 25, client_grants: [grant] });
    expect(findGrantInLists(queryClient, api, 'cgr_2')).toBeUndefined();
  });
});
