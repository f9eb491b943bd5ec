// For the organizations feature's component tests: an in-memory tenant behind a fake request context.
import { vi } from 'vitest';
import type { ApiRequest } from '../api/request';
import { ApiError } from '../api/errors';
import type { Organization } from '../api/organizations';

export const GRANT_ID = 'cgr_0123456789abcdef';
export const ALL_ORG_SCOPES = [
  'read:client_grants',
  'read:organizations',
  'read:organization_client_grants',
  'create:organization_client_grants',
  'delete:organization_client_grants',
];

export const org = (n: number, display?: string): Organization => ({
  id: `org_${String(n).padStart(4, '0')}`,
  name: `org-${n}`,
  ...(display ? { display_name: display } : {}),
});

type Fault = (req: ApiRequest<unknown>) => Error | undefined;

function page(items: Organization[], query: ApiRequest<unknown>['query']) {
  const take = Number(query?.take ?? 50);
  const start = query?.from ? Number(query.from) : 0;
  const next = start + take < items.length ? String(start + take) : undefined;
  return { organizations: items.slice(start, start + take), ...(next ? { next } : {}) };
}

/** `associated`: ids of the organizations associated with GRANT_ID. `fault` may fail any request. */
export function fakeOrganizationsApi(
  orgs: Organization[],
  associated: string[],
  fault: Fault = () => undefined,
) {
  const links = new Set(associated);
  const linked = () => orgs.filter((o) => links.has(o.id));
  const answer = (req: ApiRequest<unknown>): unknown => {
    const method = req.method ?? 'GET';
    const [, orgId, , grantId] = req.path.split('/');
    if (method === 'GET' && req.path === `client-grants/${GRANT_ID}/organizations`) {
      if (req.query?.include_totals !== true) return page(linked(), req.query);
      const [pageIndex, perPage] = [Number(req.query.page), Number(req.query.per_page)];
      const organizations = linked().slice(pageIndex * perPage, (pageIndex + 1) * perPage);
      return { total: linked().length, start: pageIndex * perPage, limit: perPage, organizations };
    }
    if (method === 'GET' && req.path === 'organizations') return page(orgs, req.query);
    if (method === 'GET' && orgId) {
      const hit = links.has(orgId) ? [{ id: GRANT_ID, audience: 'https://api' }] : [];
      return { total: hit.length, start: 0, limit: 1, client_grants: hit };
    }
    if (method === 'POST' && orgId) {
      if (links.has(orgId))
        throw new ApiError({
          status: 409,
          error: 'Conflict',
          message: 'The client grant has already been added to this organization.',
        });
      links.add(orgId);
      return { id: GRANT_ID, audience: 'https://api' };
    }
    if (method === 'DELETE' && orgId && grantId === GRANT_ID) return void links.delete(orgId);
    throw new Error(`unexpected ${method} ${req.path}`);
  };
  // Writes in flight at once: the feature sends them one after the other.
  const writes = { inFlight: 0, most: 0 };
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    const write = (req.method ?? 'GET') !== 'GET';
    if (write) writes.most = Math.max(writes.most, ++writes.inFlight);
    try {
      await Promise.resolve();
      const failure = fault(req);
      if (failure) throw failure;
      return req.schema.parse(answer(req));
    } finally {
      if (write) writes.inFlight--;
    }
  });
  return { api: { domain: 'tenant.example.com', core: { request } }, request, links, writes };
}
