import { describe, expect, it } from 'vitest';
import { createManagementApi } from '../api/management-api';
import { readExportConnections } from './read-export-connections';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const entry = (i: number) => ({
  connection_id: `con_${String(i).padStart(3, '0')}`,
  assign_membership_on_login: i % 2 === 0,
  is_enabled: true,
  connection: { name: `conn-${String(i).padStart(3, '0')}`, strategy: 'auth0' },
});

/** org_a has 101 connections (two pages of 100), org_b none; `status` answers org_b's read with that status. */
function api(status?: number) {
  const fetchImpl: typeof fetch = (input) => {
    const url = new URL(String(input));
    if (url.pathname === '/api/v2/organizations/org_b/connections')
      return Promise.resolve(status ? json(status, { statusCode: status, error: 'x', message: 'boom' }) : json(200, { connections: [], start: 0, limit: 100, total: 0 }));
    const page = Number(url.searchParams.get('page'));
    const all = Array.from({ length: 101 }, (_, i) => entry(i));
    return Promise.resolve(json(200, { connections: all.slice(page * 100, page * 100 + 100), start: page * 100, limit: 100, total: 101 }));
  };
  return createManagementApi({ domain: 'acme.auth0.com', token: 't', fetch: fetchImpl }).core;
}

describe('readExportConnections', () => {
  it("reads every page of each organization's connections and writes them as the Deploy CLI does", async () => {
    const result = await readExportConnections(api(), ['org_a', 'org_b'], new AbortController().signal, () => undefined);
    if (result.status !== 'read') throw new Error(result.reason);
    const acme = result.byOrganization.get('org_a') ?? [];
    expect(acme).toHaveLength(101);
    expect(acme[0]).toEqual({ name: 'conn-000', assign_membership_on_login: true, is_enabled: true });
    expect(acme[100]).toEqual({ name: 'conn-100', assign_membership_on_login: true, is_enabled: true });
    expect(result.byOrganization.get('org_b')).toEqual([]);
  });

  it('any failure gives no connections and says why, so the file leaves organizations out', async () => {
    const result = await readExportConnections(api(503), ['org_a', 'org_b'], new AbortController().signal, () => undefined);
    expect(result).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^their connections could not be read \(Auth0 answered 503\), so the file leaves them out/) });
  });

  it('a cancelled export stays cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(readExportConnections(api(), ['org_a'], abort.signal, () => undefined)).rejects.toThrow();
  });
});
