import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededClientSecret } from './defaults.ts';
import { json, startTestTenant, type ErrorJson, type TestTenant } from './test-helpers.ts';

// Transport-level behaviour: CORS, rate limits, unknown routes, body limits, and the picker endpoints.

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await startTestTenant();
});
afterAll(() => tenant.close());

describe('CORS', () => {
  const preflight = (headers: string, method = 'PATCH'): Promise<Response> =>
    fetch(`${tenant.url}/api/v2/client-grants/cgr_x`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': method,
        'access-control-request-headers': headers,
      },
    });

  it('allows the dashboard preflight from any origin', async () => {
    const res = await preflight('authorization,content-type');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PATCH, DELETE');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toBe(
      'authorization, content-type, accept',
    );
  });

  it('refuses a preflight asking for a custom header such as Auth0-Client, as Auth0 does', async () => {
    const res = await preflight('authorization,auth0-client');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('authorization', 'PUT')).status).toBe(403);
  });

  it('sets allow-origin on real responses', async () => {
    const res = await tenant.call('/api/v2/client-grants?per_page=1', {
      headers: { origin: 'https://example.org' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('rate-limit headers and CORS exposure', () => {
  const limited = { seed: 'empty', rateLimit: { burst: 50, perSecond: 16 } } as const;
  const exposed = (res: Response) =>
    (res.headers.get('access-control-expose-headers') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase());

  it('sends x-ratelimit-* but does not expose them to browser scripts by default, as Auth0 most likely does not', async () => {
    const hidden = await startTestTenant(limited);
    try {
      const res = await hidden.call('/api/v2/client-grants', { headers: { origin: 'https://example.org' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('50');
      expect(res.headers.get('x-ratelimit-remaining')).not.toBeNull();
      expect(res.headers.get('x-ratelimit-reset')).not.toBeNull();
      expect(exposed(res)).toEqual(['www-authenticate', 'server-authorization']);
    } finally {
      await hidden.close();
    }
  });

  it('exposes x-ratelimit-* with exposeRateLimitHeaders (--expose-rate-limit-headers), on errors and preflights too', async () => {
    const open = await startTestTenant({ ...limited, exposeRateLimitHeaders: true });
    try {
      const ok = await open.call('/api/v2/client-grants', { headers: { origin: 'https://example.org' } });
      const notFound = await open.call('/api/v2/client-grants/cgr_missing');
      const preflight = await fetch(`${open.url}/api/v2/client-grants`, {
        method: 'OPTIONS',
        headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
      });
      for (const res of [ok, notFound, preflight]) {
        expect(exposed(res)).toEqual(expect.arrayContaining(['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']));
      }
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('x-ratelimit-remaining')).not.toBeNull();
    } finally {
      await open.close();
    }
  });
});

describe('rate limit', () => {
  it('sends x-ratelimit-* on every response and 429 when the bucket is empty', async () => {
    const small = await startTestTenant({ seed: 'empty', rateLimit: { burst: 3, perSecond: 0.5 } });
    try {
      const token = await small.token(); // takes one token from the bucket
      const first = await small.call('/api/v2/client-grants', { token });
      expect(first.status).toBe(200);
      expect(first.headers.get('x-ratelimit-limit')).toBe('3');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
      const reset = Number(first.headers.get('x-ratelimit-reset'));
      expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
      expect(reset).toBeLessThan(Date.now() / 1000 + 5);
      expect((await small.call('/api/v2/client-grants', { token })).status).toBe(200);
      const limited = await small.call('/api/v2/client-grants', { token });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(await limited.json()).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Global limit has been reached',
        errorCode: 'too_many_requests',
      });
    } finally {
      await small.close();
    }
  });

  it('sends no rate-limit headers when the limit is off', async () => {
    const res = await tenant.call('/api/v2/client-grants?per_page=1');
    expect(res.headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('unknown routes and bodies', () => {
  it('answers 404 with Auth0 error body for unknown paths and methods', async () => {
    for (const [path, method] of [
      ['/api/v2/users', 'GET'],
      ['/nope', 'GET'],
      ['/api/v2/client-grants', 'PUT'],
    ] as const) {
      const res = await tenant.call(path, { method });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    }
  });

  it('answers 413 for a body over 1 MB', async () => {
    const res = await tenant.call('/api/v2/client-grants', {
      method: 'POST',
      json: { audience: 'x'.repeat(1024 * 1024 + 10) },
    });
    expect(res.status).toBe(413);
    expect((await json<ErrorJson>(res)).statusCode).toBe(413);
  });
});

describe('GET /clients', () => {
  type ClientJson = Record<string, unknown> & { client_id: string; app_type: string };
  it('pages with totals and never returns a secret', async () => {
    const res = await tenant.call('/api/v2/clients?include_totals=true&per_page=25&page=1');
    const body = await json<{ start: number; limit: number; total: number; clients: ClientJson[] }>(res);
    expect(body).toMatchObject({ start: 25, limit: 25, total: 40 });
    expect(body.clients).toHaveLength(15);
    const all = await json<ClientJson[]>(await tenant.call('/api/v2/clients?per_page=100'));
    expect(all).toHaveLength(40);
    expect(JSON.stringify(all)).not.toContain('secret');
    expect(all.every((c) => /^[A-Za-z0-9]{32}$/.test(c.client_id))).toBe(true);
  });

  it('filters by app_type and is_first_party and projects fields', async () => {
    const spa = await json<ClientJson[]>(
      await tenant.call('/api/v2/clients?app_type=spa,native&fields=client_id,app_type,client_secret'),
    );
    expect(spa.length).toBeGreaterThan(0);
    expect(spa.every((c) => ['spa', 'native'].includes(c.app_type) && Object.keys(c).length === 2)).toBe(
      true,
    );
    const without = await json<ClientJson[]>(
      await tenant.call('/api/v2/clients?fields=description&include_fields=false&per_page=3'),
    );
    expect(without.every((c) => !('description' in c) && 'name' in c)).toBe(true);
    const thirdParty = await json<ClientJson[]>(await tenant.call('/api/v2/clients?is_first_party=false'));
    expect(thirdParty.map((c) => c.name)).toEqual(['Partner Portal']);
    expect((await tenant.call('/api/v2/clients?app_type=robot')).status).toBe(400);
    expect((await tenant.call('/api/v2/clients?per_page=101')).status).toBe(400);
  });

  it('with only read:client_summary returns client_id, name, app_type, description', async () => {
    const clients = await json<ClientJson[]>(
      await tenant.call('/api/v2/clients?app_type=non_interactive&per_page=100'),
    );
    const app = clients.find((c) => c.name === 'Search Indexer');
    const id = app?.client_id ?? '';
    const created = await tenant.call('/api/v2/client-grants', {
      method: 'POST',
      json: { client_id: id, audience: tenant.audience, scope: ['read:client_summary'] },
    });
    expect(created.status).toBe(201);
    const token = await tenant.token(id, seededClientSecret(id));
    const summary = await json<ClientJson[]>(await tenant.call('/api/v2/clients?per_page=3', { token }));
    expect(
      summary.every((c) =>
        Object.keys(c).every((k) => ['client_id', 'name', 'app_type', 'description'].includes(k)),
      ),
    ).toBe(true);
    const denied = await tenant.call('/api/v2/resource-servers', { token });
    expect(denied.status).toBe(403);
    expect((await json<ErrorJson>(denied)).message).toBe(
      'Insufficient scope, expected any of: read:resource_servers',
    );
  });
});

describe('GET /clients/{id}', () => {
  it('answers one application with the fields asked for, never its secret; an unknown id is a 404', async () => {
    const [first] = await json<{ client_id: string; name: string; app_type: string }[]>(await tenant.call('/api/v2/clients?per_page=1'));
    const id = first?.client_id ?? '';
    const one = await json<Record<string, unknown>>(await tenant.call(`/api/v2/clients/${id}?fields=client_id,name,app_type&include_fields=true`));
    expect(one).toEqual({ client_id: id, name: first?.name, app_type: first?.app_type });
    const full = await json<Record<string, unknown>>(await tenant.call(`/api/v2/clients/${id}`));
    expect(full).not.toHaveProperty('client_secret');
    const missing = await tenant.call('/api/v2/clients/NoSuchClient000000000000000000000');
    expect(missing.status).toBe(404);
    expect(await json<ErrorJson>(missing)).toMatchObject({ statusCode: 404, errorCode: 'inexistent_client' });
    expect((await tenant.call(`/api/v2/clients/${id}?page=1`)).status).toBe(400);
  });
});

describe('GET /resource-servers', () => {
  type ServerJson = {
    id: string;
    identifier: string;
    name: string;
    scopes: { value: string; description: string }[];
    is_system?: boolean;
  };
  it('lists APIs with the system Management API and ~250 scopes', async () => {
    const body = await json<{ total: number; start: number; limit: number; resource_servers: ServerJson[] }>(
      await tenant.call('/api/v2/resource-servers?include_totals=true'),
    );
    expect(body).toMatchObject({ total: 13, start: 0, limit: 50 });
    const management = body.resource_servers.find((s) => s.is_system);
    expect(management).toMatchObject({ name: 'Auth0 Management API', identifier: tenant.audience });
    expect(management?.scopes.length).toBeGreaterThanOrEqual(240);
    expect(management?.scopes.map((s) => s.value)).toContain('create:client_grants');
    expect(body.resource_servers.every((s) => /^[0-9a-f]{24}$/.test(s.id))).toBe(true);
    expect(body.resource_servers.filter((s) => 'is_system' in s)).toHaveLength(1);
  });

  it('filters by repeated identifiers and pages', async () => {
    const body = await json<ServerJson[]>(
      await tenant.call(
        '/api/v2/resource-servers?identifiers=https%3A%2F%2Forders.example.com%2F&identifiers=https%3A%2F%2Fsearch.example.com%2F',
      ),
    );
    expect(body.map((s) => s.name).sort()).toEqual(['Orders API', 'Search API']);
    expect(
      await json<ServerJson[]>(await tenant.call('/api/v2/resource-servers?per_page=10&page=1')),
    ).toHaveLength(3);
  });
});
