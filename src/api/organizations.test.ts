import { describe, expect, it } from 'vitest';
import { ApiError, ResponseShapeError } from './errors';
import { auth0Error, jsonResponse } from './fake-fetch';
import { setup } from './api-test-setup';
import {
  associateOrganizationClientGrant,
  getOrganization,
  isAssociated,
  listGrantOrganizations,
  listGrantOrganizationsPage,
  listOrganizationClientGrants,
  listOrganizations,
  listOrganizationsCheckpoint,
  removeOrganizationClientGrant,
} from './organizations';

const ACME = {
  id: 'org_acme1',
  name: 'acme',
  display_name: 'Acme Corp',
  branding: { colors: { primary: '#000000' } },
};
const GLOBEX = { id: 'org_globex2', name: 'globex' };
const GRANT_ID = 'cgr_0000000000000001';
const ORG_GRANT = {
  id: GRANT_ID,
  client_id: 'a'.repeat(32),
  audience: 'https://api.example.com',
  scope: ['read:x'],
  organization_usage: 'allow',
};

function url(call: { url: string } | undefined): URL {
  if (!call) throw new Error('no request was sent');
  return new URL(call.url);
}

describe('organizations endpoints', () => {
  it('lists organizations by offset with totals, keeping unknown fields', async () => {
    const { api, calls } = setup([
      jsonResponse({ total: 2, start: 0, limit: 50, organizations: [ACME, GLOBEX] }),
    ]);
    const page = await listOrganizations(api.core, { page: 0, per_page: 50 });
    expect(page.organizations).toEqual([ACME, GLOBEX]);
    expect(url(calls[0]).pathname).toBe('/api/v2/organizations');
    expect(Object.fromEntries(url(calls[0]).searchParams)).toEqual({
      page: '0',
      per_page: '50',
      include_totals: 'true',
    });
  });

  it('pages by checkpoint: always sends take, passes from, drops an empty next', async () => {
    const { api, calls } = setup([
      jsonResponse({ organizations: [ACME], next: 'b3JnX2dsb2JleDI' }),
      jsonResponse({ organizations: [GLOBEX], next: '' }),
    ]);
    const first = await listOrganizationsCheckpoint(api.core, { take: 1 });
    expect(first).toEqual({ organizations: [ACME], next: 'b3JnX2dsb2JleDI' });
    expect(Object.fromEntries(url(calls[0]).searchParams)).toEqual({ take: '1' });
    const second = await listOrganizationsCheckpoint(api.core, { take: 1, from: first.next });
    expect(second).toEqual({ organizations: [GLOBEX] });
    expect(Object.fromEntries(url(calls[1]).searchParams)).toEqual({ take: '1', from: 'b3JnX2dsb2JleDI' });
  });

  it('gets one organization, its id encoded in the path', async () => {
    const { api, calls } = setup([jsonResponse(ACME)]);
    expect(await getOrganization(api.core, 'org_acme1')).toEqual(ACME);
    expect(url(calls[0]).pathname).toBe('/api/v2/organizations/org_acme1');
    await expect(getOrganization(api.core, '..')).rejects.toThrow(TypeError);
  });

  it("lists a grant's organizations by checkpoint (default 50) and by offset", async () => {
    const { api, calls } = setup([
      jsonResponse({ organizations: [ACME] }),
      jsonResponse({ total: 1, start: 0, limit: 50, organizations: [ACME] }),
    ]);
    expect(await listGrantOrganizations(api.core, GRANT_ID)).toEqual({ organizations: [ACME] });
    expect(url(calls[0]).pathname).toBe(`/api/v2/client-grants/${GRANT_ID}/organizations`);
    expect(Object.fromEntries(url(calls[0]).searchParams)).toEqual({ take: '50' });
    expect((await listGrantOrganizationsPage(api.core, GRANT_ID, { page: 0, per_page: 50 })).total).toBe(1);
  });

  it("lists an organization's grants with audience/client_id filters and repeated grant_ids", async () => {
    const { api, calls } = setup([
      jsonResponse({ total: 1, start: 0, limit: 10, client_grants: [ORG_GRANT] }),
    ]);
    const page = await listOrganizationClientGrants(api.core, 'org_acme1', {
      page: 0,
      per_page: 10,
      audience: 'https://api.example.com',
      client_id: 'a'.repeat(32),
      grant_ids: [GRANT_ID, 'cgr_0000000000000002'],
    });
    expect(page.client_grants).toEqual([ORG_GRANT]);
    const sent = url(calls[0]);
    expect(sent.pathname).toBe('/api/v2/organizations/org_acme1/client-grants');
    expect(sent.searchParams.get('audience')).toBe('https://api.example.com');
    expect(sent.searchParams.get('client_id')).toBe('a'.repeat(32));
    expect(sent.searchParams.getAll('grant_ids')).toEqual([GRANT_ID, 'cgr_0000000000000002']);
    expect(sent.searchParams.get('include_totals')).toBe('true');
  });

  it('associates with a JSON body and removes with DELETE', async () => {
    const { api, calls } = setup([jsonResponse(ORG_GRANT, 201), new Response(null, { status: 204 })]);
    expect(await associateOrganizationClientGrant(api.core, 'org_acme1', GRANT_ID)).toEqual(ORG_GRANT);
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ grant_id: GRANT_ID });
    await removeOrganizationClientGrant(api.core, 'org_acme1', GRANT_ID);
    expect(calls[1]?.init.method).toBe('DELETE');
    expect(url(calls[1]).pathname).toBe(`/api/v2/organizations/org_acme1/client-grants/${GRANT_ID}`);
  });

  it('surfaces a 409 as an ApiError, and reads back whether the association exists', async () => {
    const { api, calls } = setup([
      auth0Error(
        409,
        'Conflict',
        'The client grant has already been added to this organization.',
        'client_grant_already_added',
      ),
      jsonResponse({ total: 1, start: 0, limit: 1, client_grants: [ORG_GRANT] }),
      jsonResponse({ total: 0, start: 0, limit: 1, client_grants: [] }),
    ]);
    await expect(associateOrganizationClientGrant(api.core, 'org_acme1', GRANT_ID)).rejects.toMatchObject({
      status: 409,
    });
    expect(await isAssociated(api.core, 'org_acme1', GRANT_ID)).toBe(true);
    expect(url(calls[1]).searchParams.getAll('grant_ids')).toEqual([GRANT_ID]);
    expect(await isAssociated(api.core, 'org_globex2', GRANT_ID)).toBe(false);
  });

  it('rejects an organization without a name as a shape error', async () => {
    const { api } = setup([jsonResponse({ organizations: [{ id: 'org_x' }] })]);
    await expect(listOrganizationsCheckpoint(api.core)).rejects.toBeInstanceOf(ResponseShapeError);
  });

  it('passes a 404 through as an ApiError', async () => {
    const { api } = setup([
      auth0Error(404, 'Not Found', 'No organization found by that id or name', 'inexistent_organization'),
    ]);
    await expect(getOrganization(api.core, 'org_gone')).rejects.toBeInstanceOf(ApiError);
  });
});
