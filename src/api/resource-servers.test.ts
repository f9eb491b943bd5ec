import { describe, expect, it } from 'vitest';
import { createFakeFetch, jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';
import { resourceServerSchema } from './resource-servers';

const MANAGEMENT_API = {
  id: '0123456789abcdef01234567',
  name: 'Auth0 Management API',
  identifier: 'https://acme.us.auth0.com/api/v2/',
  is_system: true,
  token_lifetime: 86400,
  signing_alg: 'RS256',
  scopes: [{ value: 'read:client_grants', description: 'Read Client Grants' }, { value: 'read:users' }],
  allow_offline_access: false,
};

function setup(replies: Response[]) {
  const fake = createFakeFetch(replies);
  const api = createManagementApi({ domain: 'acme.us.auth0.com', token: 't.o.k', fetch: fake.fetch });
  return { api, calls: fake.calls };
}

describe('resourceServerSchema', () => {
  it('parses the documented fields and lets unknown ones through', () => {
    expect(resourceServerSchema.parse(MANAGEMENT_API)).toEqual(MANAGEMENT_API);
  });

  it('needs id, name and identifier; scopes are optional', () => {
    expect(resourceServerSchema.safeParse({ id: 'x', name: 'n', identifier: 'i' }).success).toBe(true);
    expect(resourceServerSchema.safeParse({ id: 'x', name: 'n' }).success).toBe(false);
    expect(
      resourceServerSchema.safeParse({
        id: 'x',
        name: 'n',
        identifier: 'i',
        scopes: [{ description: 'no value' }],
      }).success,
    ).toBe(false);
  });
});

describe('resource servers', () => {
  it('lists a page with include_totals', async () => {
    const { api, calls } = setup([
      jsonResponse({ total: 1, start: 0, limit: 20, resource_servers: [MANAGEMENT_API] }),
    ]);
    const page = await api.resourceServers.list({ page: 0, per_page: 20 });
    expect(page.resource_servers[0]?.scopes?.[0]?.value).toBe('read:client_grants');
    expect(calls[0]?.url).toBe(
      'https://acme.us.auth0.com/api/v2/resource-servers?page=0&per_page=20&include_totals=true',
    );
  });

  it('lists all, 100 at a time', async () => {
    const servers = Array.from({ length: 130 }, (_, i) => ({
      id: `rs${i}`,
      name: `API ${i}`,
      identifier: `https://api/${i}`,
    }));
    const { api, calls } = setup([
      jsonResponse({ total: 130, start: 0, limit: 100, resource_servers: servers.slice(0, 100) }),
      jsonResponse({ total: 130, start: 100, limit: 100, resource_servers: servers.slice(100) }),
    ]);
    await expect(api.resourceServers.listAll()).resolves.toEqual(servers);
    expect(calls.map((call) => new URL(call.url).search)).toEqual([
      '?page=0&per_page=100&include_totals=true',
      '?page=1&per_page=100&include_totals=true',
    ]);
  });
});
