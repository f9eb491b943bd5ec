import { describe, expect, it } from 'vitest';
import { clientSchema } from './clients';
import { createFakeFetch, jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';

function client(n: number) {
  return { client_id: `client${String(n).padStart(26, '0')}`, name: `App ${n}`, app_type: 'non_interactive' };
}

function setup(replies: Response[]) {
  const fake = createFakeFetch(replies);
  const api = createManagementApi({ domain: 'acme.us.auth0.com', token: 't.o.k', fetch: fake.fetch });
  return { api, calls: fake.calls };
}

describe('clientSchema', () => {
  it('never keeps client_secret (or any field it does not model)', () => {
    const parsed = clientSchema.parse({
      ...client(1),
      client_secret: 'super-secret',
      signing_keys: [{ cert: 'x' }],
      is_first_party: true,
      description: 'Billing',
    });
    expect(parsed).toEqual({ ...client(1), is_first_party: true, description: 'Billing' });
    expect(JSON.stringify(parsed)).not.toContain('super-secret');
  });

  it('needs client_id and name; the rest is optional', () => {
    expect(clientSchema.safeParse({ client_id: 'x', name: 'n' }).success).toBe(true);
    expect(clientSchema.safeParse({ client_id: 'x' }).success).toBe(false);
  });
});

describe('listClients', () => {
  it('builds the query with comma lists and include_totals', async () => {
    const { api, calls } = setup([
      jsonResponse({ total: 1, start: 0, limit: 10, clients: [{ ...client(1), client_secret: 's' }] }),
    ]);
    const page = await api.clients.list({
      page: 0,
      per_page: 10,
      fields: ['client_id', 'name'],
      include_fields: true,
      app_type: ['spa', 'non_interactive'],
    });
    expect(calls[0]?.url).toBe(
      'https://acme.us.auth0.com/api/v2/clients?page=0&per_page=10&fields=client_id%2Cname&include_fields=true&app_type=spa%2Cnon_interactive&include_totals=true',
    );
    expect(page.clients[0]).not.toHaveProperty('client_secret');
  });

  it('omits empty optional lists', async () => {
    const { api, calls } = setup([jsonResponse({ total: 0, start: 0, limit: 10, clients: [] })]);
    await api.clients.list({ page: 0, per_page: 10, fields: [] });
    expect(calls[0]?.url).toBe(
      'https://acme.us.auth0.com/api/v2/clients?page=0&per_page=10&include_totals=true',
    );
  });
});

describe('listAllClients', () => {
  it('pages 100 at a time with picker fields until the total is reached', async () => {
    const all = Array.from({ length: 250 }, (_, i) => client(i));
    const { api, calls } = setup([
      jsonResponse({ total: 250, start: 0, limit: 100, clients: all.slice(0, 100) }),
      jsonResponse({ total: 250, start: 100, limit: 100, clients: all.slice(100, 200) }),
      jsonResponse({ total: 250, start: 200, limit: 100, clients: all.slice(200) }),
    ]);
    await expect(api.clients.listAll()).resolves.toEqual(all);
    expect(calls.map((call) => new URL(call.url).search)).toEqual(
      [0, 1, 2].map(
        (page) =>
          `?page=${page}&per_page=100&fields=client_id%2Cname%2Capp_type%2Cis_first_party&include_fields=true&include_totals=true`,
      ),
    );
  });

  it('stops at an exact multiple of 100 without an extra request', async () => {
    const all = Array.from({ length: 100 }, (_, i) => client(i));
    const { api, calls } = setup([jsonResponse({ total: 100, start: 0, limit: 100, clients: all })]);
    await expect(api.clients.listAll()).resolves.toHaveLength(100);
    expect(calls).toHaveLength(1);
  });

  it('stops on an empty page even if total claims more', async () => {
    const { api, calls } = setup([
      jsonResponse({
        total: 500,
        start: 0,
        limit: 100,
        clients: Array.from({ length: 100 }, (_, i) => client(i)),
      }),
      jsonResponse({ total: 500, start: 100, limit: 100, clients: [] }),
    ]);
    await expect(api.clients.listAll()).resolves.toHaveLength(100);
    expect(calls).toHaveLength(2);
  });

  it('resumes at a given page and reports each page as it arrives', async () => {
    const all = Array.from({ length: 250 }, (_, i) => client(i));
    const { api, calls } = setup([
      jsonResponse({ total: 250, start: 100, limit: 100, clients: all.slice(100, 200) }),
      jsonResponse({ total: 250, start: 200, limit: 100, clients: all.slice(200) }),
    ]);
    const pages: number[] = [];
    await expect(
      api.clients.listAll({ startPage: 1, onPage: (items, page) => pages.push(page, items.length) }),
    ).resolves.toEqual(all.slice(100));
    expect(pages).toEqual([1, 100, 2, 50]);
    expect(calls.map((call) => new URL(call.url).searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('filters by app_type', async () => {
    const { api, calls } = setup([jsonResponse({ total: 0, start: 0, limit: 100, clients: [] })]);
    await api.clients.listAll({ app_type: ['non_interactive'] });
    expect(new URL(calls[0]?.url ?? '').searchParams.get('app_type')).toBe('non_interactive');
  });
});
