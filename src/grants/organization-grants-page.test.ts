import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import type { ApiRequest } from '../api/request';
import { listOrganizationGrantsPage } from './organization-grants-page';

function fakeApi(answer: (req: ApiRequest<unknown>) => unknown) {
  const request = vi.fn(async (req: ApiRequest<unknown>) => req.schema.parse(answer(req)));
  return { api: { core: { request } } as unknown as ManagementApi, request };
}

const signal = new AbortController().signal;

describe('listOrganizationGrantsPage', () => {
  it("asks the organization's list with audience and client_id only, and keeps its paging", async () => {
    const { api, request } = fakeApi(() => ({
      total: 30,
      start: 25,
      limit: 25,
      client_grants: [{ id: 'cgr_1', client_id: 'app', audience: 'https://a/', scope: ['read:x'] }],
    }));
    const page = await listOrganizationGrantsPage(
      api,
      'org_1',
      { page: 1, per_page: 25, audience: 'https://a/', client_id: 'app', organization_id: 'org_1' },
      signal,
    );
    const req = request.mock.calls[0]![0];
    expect(req.path).toBe('organizations/org_1/client-grants');
    expect(req.query).toEqual({ page: 1, per_page: 25, audience: 'https://a/', client_id: 'app', include_totals: true });
    expect(page.total).toBe(30);
    expect(page.client_grants[0]).toMatchObject({ id: 'cgr_1', client_id: 'app', scope: ['read:x'] });
  });

  it('an unknown organization has no grants: an empty page, not an error', async () => {
    const { api } = fakeApi(() => {
      throw new ApiError({ status: 404, error: 'Not Found', message: 'No organization found by that id or name' });
    });
    const page = await listOrganizationGrantsPage(api, 'org_gone', { page: 0, per_page: 25 }, signal);
    expect(page).toEqual({ total: 0, start: 0, limit: 25, client_grants: [] });
  });

  it('other failures reach the table (it says what happened and offers Retry)', async () => {
    const { api } = fakeApi(() => {
      throw new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' });
    });
    await expect(listOrganizationGrantsPage(api, 'org_1', { page: 0, per_page: 25 }, signal)).rejects.toMatchObject({ status: 403 });
  });
});
