import { ManagementClient } from 'auth0';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from './defaults.ts';
import { startTestTenant, type TestTenant } from './test-helpers.ts';

// The official SDK (v7) is the reference client: if it works against the local tenant, the
// emulator speaks the same wire protocol as Auth0 (token endpoint, checkpoint paging, CRUD).

let tenant: TestTenant;
let client: ManagementClient;

beforeAll(async () => {
  tenant = await startTestTenant();
  const rewrite: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return fetch(url.replace(`https://${tenant.domain}`, tenant.url), init);
  };
  client = new ManagementClient({
    domain: tenant.domain,
    clientId: DEFAULT_ADMIN_CLIENT_ID,
    clientSecret: DEFAULT_ADMIN_CLIENT_SECRET,
    fetch: rewrite,
  });
});

afterAll(() => tenant.close());

describe('auth0 SDK against the local tenant', () => {
  it('pages through every grant with checkpoint paging', async () => {
    const ids: string[] = [];
    let page = await client.clientGrants.list({ take: 30 });
    ids.push(...page.data.map((grant) => grant.id ?? ''));
    let pages = 1;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      ids.push(...page.data.map((grant) => grant.id ?? ''));
      pages++;
    }
    expect(ids).toHaveLength(200);
    expect(pages).toBe(7);
    expect(new Set(ids).size).toBe(200);
    expect([...ids].sort()).toEqual(ids);
  });

  it('iterates all grants with for await', async () => {
    let count = 0;
    for await (const grant of await client.clientGrants.list()) {
      expect(grant.id).toMatch(/^cgr_[A-Za-z0-9]{16}$/);
      count++;
    }
    expect(count).toBe(200);
  });

  it('creates, gets, updates and deletes a grant', async () => {
    const clients = await client.clients.list({ app_type: 'non_interactive', per_page: 100 });
    const app = clients.data.find((c) => c.name === 'Inventory Sync');
    expect(app?.client_id).toBeDefined();
    const created = await client.clientGrants.create({
      client_id: app?.client_id ?? '',
      audience: 'https://loyalty.example.com/',
      scope: ['read:points'],
    });
    expect(created.id).toMatch(/^cgr_/);
    expect(created.subject_type).toBe('client');

    const fetched = await client.clientGrants.get(created.id ?? '');
    expect(fetched.scope).toEqual(['read:points']);

    const updated = await client.clientGrants.update(created.id ?? '', {
      scope: ['read:points', 'update:points'],
    });
    expect(updated.scope).toEqual(['read:points', 'update:points']);

    const filtered = await client.clientGrants.list({
      client_id: app?.client_id ?? '',
      audience: 'https://loyalty.example.com/',
    });
    expect(filtered.data.map((g) => g.id)).toEqual([created.id]);

    await client.clientGrants.delete(created.id ?? '');
    await expect(client.clientGrants.get(created.id ?? '')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('surfaces a 409 for a duplicate grant', async () => {
    const grants = await client.clientGrants.list({ take: 100, subject_type: 'client' });
    const existing = grants.data.find((g) => g.client_id !== undefined && !g.is_system);
    await expect(
      client.clientGrants.create({
        client_id: existing?.client_id ?? '',
        audience: existing?.audience ?? '',
        scope: [],
      }),
    ).rejects.toMatchObject({ statusCode: 409 });
  });

  it('lists resource servers including the Management API', async () => {
    const servers = await client.resourceServers.list({ per_page: 100 });
    const management = servers.data.find((s) => s.identifier === tenant.audience);
    expect(management?.is_system).toBe(true);
    expect(management?.scopes?.length).toBeGreaterThan(200);
  });

  it('lists logs (search, page by page) and gets one event by id', async () => {
    // logs.list() sends page, per_page and include_totals=true, and names the query `search`.
    let page = await client.logs.list({ search: 'type:seccft', per_page: 20 });
    expect(page.data).toHaveLength(20);
    expect(page.data.every((event) => event.type === 'seccft')).toBe(true);
    expect(page.hasNextPage()).toBe(true);
    const first = page.data[0];
    page = await page.getNextPage();
    expect(page.data.every((event) => event.type === 'seccft' && event.log_id !== first?.log_id)).toBe(true);

    const one = await client.logs.get(first?.log_id ?? '');
    expect(one).toMatchObject({
      log_id: first?.log_id,
      client_id: first?.client_id,
      audience: first?.audience,
    });
    await expect(client.logs.get('900')).rejects.toMatchObject({ statusCode: 404 });
    await expect(client.logs.list({ search: 'user:john' })).rejects.toMatchObject({ statusCode: 400 });
  });

  it("logs the SDK's own grant writes as sapi events", async () => {
    const clients = await client.clients.list({ app_type: 'non_interactive', per_page: 100 });
    const app = clients.data.find((c) => c.name === 'Inventory Sync');
    const created = await client.clientGrants.create({
      client_id: app?.client_id ?? '',
      audience: 'https://catalog.example.com/',
      scope: [],
    });
    const [event] = (await client.logs.list({ search: 'type:sapi', per_page: 1 })).data;
    expect(event?.client_id).toBe(DEFAULT_ADMIN_CLIENT_ID);
    expect(event?.details).toMatchObject({
      request: { method: 'post', path: '/api/v2/client-grants' },
      response: { statusCode: 201, body: { id: created.id } },
    });
    await client.clientGrants.delete(created.id ?? '');
  });
});

// Every emulated operation of the client-grant, client, resource-server and log halves, through the SDK,
// with the parameters it sends for them (the organizations half: conformance/sdk-organizations.test.ts).
describe('auth0 SDK: every emulated operation and its documented parameters', () => {
  it('lists clients with every documented parameter the SDK knows, and iterates them all', async () => {
    const page = await client.clients.list({
      page: 0,
      per_page: 5,
      include_totals: true,
      is_global: false,
      is_first_party: true,
      app_type: 'non_interactive,spa',
      fields: 'client_id,name,app_type',
      include_fields: true,
    });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((c) => ['non_interactive', 'spa'].includes(c.app_type ?? ''))).toBe(true);
    expect(
      page.data.every((c) => Object.keys(c).every((k) => ['client_id', 'name', 'app_type'].includes(k))),
    ).toBe(true);
    const none = await client.clients.list({ external_client_id: 'https://cimd.example.com/client.json' });
    expect(none.data).toEqual([]);
    let count = 0;
    for await (const app of await client.clients.list({ is_global: false, per_page: 7 })) {
      expect(app.client_id).toBeDefined();
      count++;
    }
    const all = await tenant.call('/api/v2/clients?per_page=1&include_totals=true');
    expect(count).toBe(((await all.json()) as { total: number }).total);
  });

  it('gets one client with fields', async () => {
    const [first] = (await client.clients.list({ per_page: 1 })).data;
    const one = await client.clients.get(first?.client_id ?? '', {
      fields: 'client_id,name',
      include_fields: true,
    });
    expect(Object.keys(one).sort()).toEqual(['client_id', 'name']);
  });

  it('lists resource servers by identifiers and gets one by id and by identifier', async () => {
    const servers = (await client.resourceServers.list({ per_page: 100, include_fields: true })).data;
    const [a, b] = servers.filter((s) => !s.is_system);
    const picked = await client.resourceServers.list({
      identifiers: [a?.identifier ?? '', b?.identifier ?? ''],
    });
    expect(picked.data.map((s) => s.identifier).sort()).toEqual([a?.identifier, b?.identifier].sort());
    const byId = await client.resourceServers.get(a?.id ?? '', { include_fields: true });
    const byIdentifier = await client.resourceServers.get(a?.identifier ?? '');
    expect(byIdentifier).toEqual(byId);
    await expect(client.resourceServers.get('nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('lists grants with every filter, offset paging with totals', async () => {
    const [grant] = (await client.clientGrants.list({ take: 1, subject_type: 'client' })).data;
    const filtered = await client.clientGrants.list({
      audience: grant?.audience ?? '',
      client_id: grant?.client_id ?? '',
      subject_type: 'client',
      include_totals: true,
    });
    expect(filtered.data.map((g) => g.id)).toEqual([grant?.id]);
    const anyOrg = await client.clientGrants.list({ allow_any_organization: true, take: 100 });
    // Non-empty: `every` holds for an empty answer, which a filter that matched nothing would give.
    expect(anyOrg.data.length).toBeGreaterThan(0);
    expect(anyOrg.data.every((g) => g.allow_any_organization === true)).toBe(true);
    const defaults = await client.clientGrants.list({ default_for: 'third_party_clients', take: 100 });
    expect(defaults.data.length).toBeGreaterThan(0);
    expect(defaults.data.every((g) => g.default_for === 'third_party_clients')).toBe(true);
  });

  it('creates and updates a grant with every body field, null included', async () => {
    const app = (await client.clients.list({ app_type: 'non_interactive', per_page: 100 })).data.find(
      (c) => c.name === 'Inventory Sync',
    );
    const created = await client.clientGrants.create({
      client_id: app?.client_id ?? '',
      audience: 'https://loyalty.example.com/',
      scope: ['read:points'],
      organization_usage: 'allow',
      allow_any_organization: true,
      subject_type: 'user',
      authorization_details_types: ['payment_initiation'],
    });
    expect(created).toMatchObject({
      subject_type: 'user',
      organization_usage: 'allow',
      allow_any_organization: true,
    });
    const updated = await client.clientGrants.update(created.id ?? '', {
      scope: null,
      organization_usage: null,
      allow_any_organization: null,
      authorization_details_types: [],
      allow_all_scopes: true,
    });
    expect(updated).toMatchObject({ allow_all_scopes: true, authorization_details_types: [] });
    expect(updated.organization_usage).toBeUndefined();
    expect(updated.allow_any_organization).toBeUndefined();
    await client.clientGrants.delete(created.id ?? '');
  });

  it('searches logs with sort, fields and search, and reads one event', async () => {
    const page = await client.logs.list({
      search: 'type:seccft',
      sort: 'date:1',
      fields: 'log_id,date,type,client_id',
      include_fields: true,
      page: 0,
      per_page: 5,
    });
    expect(page.data).toHaveLength(5);
    const dates = page.data.map((e) => String(e.date));
    expect([...dates].sort()).toEqual(dates);
    const one = await client.logs.get(page.data[0]?.log_id ?? '');
    expect(one.type).toBe('seccft');
  });
});
