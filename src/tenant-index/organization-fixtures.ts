// For the tenant index's unit tests: organizations and their associations behind a fake request context
// (`api.core`), answering as the Management API does (checkpoint pages of organizations, offset pages with a
// total of an organization's client grants).
import { vi } from 'vitest';
import { ApiError } from '../api/errors';
import type { Organization } from '../api/organizations';
import type { ApiRequest } from '../api/request';

export type FakeOrganizationTenant = {
  orgs: Organization[];
  /** organization id → ids of its associated grants. */
  links?: Map<string, string[]>;
  /** May fail a request (e.g. a 403) or hold it (a promise that settles later). */
  fault?: (req: ApiRequest<unknown>) => Error | Promise<void> | undefined;
  /** Overrides the checkpoint after `from` (e.g. a cursor that points back). */
  nextAfter?: (from: string | undefined, end: number) => string | undefined;
};

export const fixtureOrg = (n: number): Organization => ({
  id: `org_${String(n).padStart(5, '0')}`,
  name: `org-${n}`,
  display_name: `Org ${String(n).padStart(5, '0')}`,
});

export function forbidden(scope: string): ApiError {
  return new ApiError({
    status: 403,
    error: 'Forbidden',
    message: `Insufficient scope, expected any of: ${scope}`,
    errorCode: 'insufficient_scope',
  });
}

function answer(tenant: FakeOrganizationTenant, req: ApiRequest<unknown>): unknown {
  const query = req.query ?? {};
  if (req.path === 'organizations' && query.include_totals === true) {
    const [page, perPage] = [Number(query.page), Number(query.per_page)];
    const organizations = tenant.orgs.slice(page * perPage, (page + 1) * perPage);
    return { total: tenant.orgs.length, start: page * perPage, limit: perPage, organizations };
  }
  if (req.path === 'organizations') {
    const from = typeof query.from === 'string' ? query.from : undefined;
    const start = from ? Number(from) : 0;
    const end = start + Number(query.take);
    const next = tenant.nextAfter?.(from, end) ?? (end < tenant.orgs.length ? String(end) : undefined);
    return { organizations: tenant.orgs.slice(start, end), ...(next ? { next } : {}) };
  }
  const orgId = /^organizations\/([^/]+)\/client-grants$/.exec(req.path)?.[1];
  if (orgId === undefined) throw new Error(`unexpected ${req.method ?? 'GET'} ${req.path}`);
  const ids = tenant.links?.get(orgId) ?? [];
  const [page, perPage] = [Number(query.page), Number(query.per_page)];
  const client_grants = ids
    .slice(page * perPage, (page + 1) * perPage)
    .map((id) => ({ id, audience: 'https://api' }));
  return { total: ids.length, start: page * perPage, limit: perPage, client_grants };
}

/** A request context answering organization reads; `calls` lists each path with its page or cursor. */
export function fakeOrganizationsCore(tenant: FakeOrganizationTenant) {
  const calls: string[] = [];
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    const query = req.query ?? {};
    calls.push(
      `${req.path}${query.include_totals === true ? ` page ${String(query.page)}` : ` from ${String(query.from ?? '')}`}`,
    );
    const fault = tenant.fault?.(req);
    if (fault instanceof Error) throw fault;
    await fault;
    return req.schema.parse(answer(tenant, req));
  });
  return { core: { request }, calls };
}
