// For the form's organization tests: a tenant's organizations and one grant's associations behind `api.core`.
import { vi } from 'vitest';
import type { ApiRequest } from '../../api/request';

export type FakeOrg = { id: string; name: string; display_name?: string };
export const ACME: FakeOrg = { id: 'org_acme000000000001', name: 'acme', display_name: 'Acme Corp' };
export const GLOBEX: FakeOrg = { id: 'org_globex0000000002', name: 'globex', display_name: 'Globex' };
export const INITECH: FakeOrg = { id: 'org_initech000000003', name: 'initech', display_name: 'Initech' };

export const ORG_SCOPES = [
  'read:organizations',
  'read:organization_client_grants',
  'create:organization_client_grants',
  'delete:organization_client_grants',
];

/** `fault` may fail a request by throwing its error (once per call; the test decides how often). */
export function fakeOrganizationsCore(
  grantId: string,
  associated: FakeOrg[] = [],
  fault: (req: ApiRequest<unknown>) => Error | undefined = () => undefined,
) {
  const orgs = [ACME, GLOBEX, INITECH];
  const links = new Set(associated.map((org) => org.id));
  const answer = (req: ApiRequest<unknown>): unknown => {
    const method = req.method ?? 'GET';
    const [first, orgId, , linkedGrant] = req.path.split('/');
    if (req.path === 'organizations') return { organizations: orgs };
    if (req.path === `client-grants/${grantId}/organizations`) {
      return { organizations: orgs.filter((org) => links.has(org.id)) };
    }
    if (first !== 'organizations' || !orgId) throw new Error(`unexpected ${method} ${req.path}`);
    if (method === 'POST') {
      links.add(orgId);
      return { id: grantId, audience: 'https://orders.example.com/' };
    }
    if (method === 'DELETE' && linkedGrant === grantId) return void links.delete(orgId);
    const hit = links.has(orgId) ? [{ id: grantId, audience: 'https://orders.example.com/' }] : [];
    return { total: hit.length, start: 0, limit: 1, client_grants: hit };
  };
  const request = vi.fn(async (req: ApiRequest<unknown>) => {
    await Promise.resolve();
    const failure = fault(req);
    if (failure) throw failure;
    return req.schema.parse(answer(req));
  });
  const writes = () =>
    request.mock.calls
      .map(([req]) => req)
      .filter((req) => req.method === 'POST' || req.method === 'DELETE')
      .map((req) => `${req.method} ${req.path}`);
  return { core: { request }, request, links, writes };
}
