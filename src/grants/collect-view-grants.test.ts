import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant, ListClientGrantsCheckpointQuery } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import type { ApiRequest } from '../api/request';
import { collectViewGrants } from './collect-view-grants';

const grant = (id: string, audience = 'https://a/'): ClientGrant => ({ id, client_id: 'app', audience, subject_type: 'client' });
const TENANT = [grant('cgr_1'), grant('cgr_2'), grant('cgr_3', 'https://b/'), grant('cgr_4')];

/** Every grant by checkpoint (one page), and the organization's associations by offset. */
function fakeApi(associated: string[]) {
  const listCheckpoint = vi.fn(async (query: ListClientGrantsCheckpointQuery) => ({
    client_grants: TENANT.filter((g) => !query.audience || g.audience === query.audience),
  }));
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    const grants = TENANT.filter((g) => associated.includes(g.id) && (!req.query?.audience || g.audience === req.query.audience));
    return req.schema.parse({ total: grants.length, start: 0, limit: 100, client_grants: grants });
  });
  const api = { clientGrants: { listCheckpoint }, core: { request } } as unknown as ManagementApi;
  return { api, listCheckpoint, request };
}

const signal = new AbortController().signal;

describe('collectViewGrants', () => {
  it("keeps only the organization's grants, whole, narrowed by the same API filter", async () => {
    const { api, listCheckpoint, request } = fakeApi(['cgr_2', 'cgr_3', 'cgr_4']);
    const grants = await collectViewGrants(api, { organization_id: 'org_1', audience: 'https://a/' }, signal, () => {});
    expect(grants.map((g) => g.id)).toEqual(['cgr_2', 'cgr_4']);
    expect(request.mock.calls[0]![0]).toMatchObject({ path: 'organizations/org_1/client-grants', query: { audience: 'https://a/', per_page: 100 } });
    // organization_id is not a filter of GET /client-grants (Auth0 answers 400 to unknown parameters).
    expect(listCheckpoint.mock.calls[0]![0]).not.toHaveProperty('organization_id');
  });

  it('reads no grant when the organization has none', async () => {
    const { api, listCheckpoint } = fakeApi([]);
    expect(await collectViewGrants(api, { organization_id: 'org_1' }, signal, () => {})).toEqual([]);
    expect(listCheckpoint).not.toHaveBeenCalled();
  });

  it('without an organization, is the plain export read', async () => {
    const { api, request } = fakeApi(['cgr_2']);
    const grants = await collectViewGrants(api, {}, signal, () => {});
    expect(grants).toHaveLength(4);
    expect(request).not.toHaveBeenCalled();
  });
});
