import { describe, expect, it } from 'vitest';
import { createManagementApi } from '../api/management-api';
import { readExportOrganizations } from './read-export-organizations';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Two organizations; cgr_1 with both, cgr_2 with beta; `status` answers every request with that status instead. */
function api(status?: number) {
  const fetchImpl: typeof fetch = (input) => {
    const path = new URL(String(input)).pathname;
    if (status) return Promise.resolve(json(status, { statusCode: status, error: 'x', message: 'Insufficient scope, expected any of: read:organization_client_grants' }));
    if (path === '/api/v2/organizations')
      return Promise.resolve(json(200, { organizations: [{ id: 'org_b', name: 'beta' }, { id: 'org_a', name: 'acme', display_name: 'Acme' }] }));
    const grants = path.includes('org_a') ? [{ id: 'cgr_1', audience: 'x' }] : [{ id: 'cgr_2', audience: 'x' }, { id: 'cgr_1', audience: 'x' }];
    return Promise.resolve(json(200, { client_grants: grants, start: 0, limit: 100, total: grants.length }));
  };
  return createManagementApi({ domain: 'acme.auth0.com', token: 't', fetch: fetchImpl }).core;
}

describe('readExportOrganizations', () => {
  it("maps each grant to its organizations, by name, with progress through both phases", async () => {
    const phases: string[] = [];
    const result = await readExportOrganizations(api(), new AbortController().signal, (p) => phases.push(p.phase));
    expect(result).toEqual({
      status: 'read',
      byGrant: new Map([
        ['cgr_1', [{ id: 'org_a', name: 'acme', display_name: 'Acme' }, { id: 'org_b', name: 'beta' }]],
        ['cgr_2', [{ id: 'org_b', name: 'beta' }]],
      ]),
    });
    expect(new Set(phases)).toEqual(new Set(['organizations', 'associations']));
  });

  it('a 403 gives no organizations and says which scope is missing', async () => {
    expect(await readExportOrganizations(api(403), new AbortController().signal, () => undefined)).toEqual({
      status: 'unavailable',
      reason: 'the token lacks read:organization_client_grants; add read:organizations and read:organization_client_grants to include them.',
    });
  });

  it('other failures fail the export', async () => {
    await expect(readExportOrganizations(api(400), new AbortController().signal, () => undefined)).rejects.toThrow();
  });
});
