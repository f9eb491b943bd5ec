import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, ResponseShapeError } from './errors';
import { auth0Error, createFakeFetch, jsonResponse, type FakeReply } from './fake-fetch';
import { createManagementApi } from './management-api';
import { buildUrl } from './http';
import { pathSegment } from './request';

const DOMAIN = 'acme.us.auth0.com';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const GRANT = {
  id: 'cgr_0000000000000001',
  client_id: 'a'.repeat(32),
  audience: 'https://api.example.com',
  scope: ['read:x'],
  subject_type: 'client',
};
const PAGE = { total: 1, start: 0, limit: 50, client_grants: [GRANT] };

function setup(replies: FakeReply[], domain = DOMAIN) {
  const fake = createFakeFetch(replies);
  const waits: number[] = [];
  const notices: Array<[number, number]> = [];
  const sleep = vi.fn(async (ms: number) => {
    waits.push(ms);
  });
  const api = createManagementApi({
    domain,
    token: TOKEN,
    fetch: fake.fetch,
    sleep,
    now: () => NOW,
    random: () => 0,
    onRateLimitWait: (waitMs, attempt) => notices.push([waitMs, attempt]),
  });
  return { api, calls: fake.calls, waits, notices, sleep };
}

function headerNames(init: RequestInit): string[] {
  return Object.keys(init.headers as Record<string, string>).sort();
}

const tooMany = (headers: Record<string, string> = {}) =>
  auth0Error(429, 'Too Many Requests', 'Global limit has been reached', 'too_many_requests', headers);

describe('origin', () => {
  it.each([
    ['acme.us.auth0.com', 'https://acme.us.auth0.com'],
    ['acme.eu.auth0.com:8443', 'https://acme.eu.auth0.com:8443'],
    ['localhost', 'http://localhost'],
    ['localhost:4010', 'http://localhost:4010'],
    ['127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['[::1]:4010', 'http://[::1]:4010'],
    ['127.0.0.2:4010', 'https://127.0.0.2:4010'],
    ['localhost.evil.com', 'https://localhost.evil.com'],
  ])('%s → %s', (domain, origin) => {
    const { api } = setup([], domain);
    expect(api.origin).toBe(origin);
    expect(api.domain).toBe(domain);
  });

  it.each([
    'https://acme.us.auth0.com',
    'acme.us.auth0.com/api/v2',
    'user@acme.us.auth0.com',
    'ACME.us.auth0.com',
    '',
  ])('refuses a non-normalised domain %j', (domain) => {
    expect(() => setup([], domain)).toThrow(TypeError);
  });
});

describe('request building', () => {
  it('lists grants with Auth0 wire names, include_totals and no token in the URL', async () => {
    const { api, calls } = setup([jsonResponse(PAGE)]);
    await api.clientGrants.list({
      page: 2,
      per_page: 25,
      client_id: 'abc',
      audience: 'https://api.example.com/',
      subject_type: 'user',
      allow_any_organization: true,
    });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(
      'https://acme.us.auth0.com/api/v2/client-grants?page=2&per_page=25&client_id=abc&audience=https%3A%2F%2Fapi.example.com%2F&subject_type=user&allow_any_organization=true&include_totals=true',
    );
    expect(call?.url).not.toContain(TOKEN);
    expect(call?.init.method).toBe('GET');
    expect(call?.init.body).toBeUndefined();
  });

  it('sends exactly Authorization and Accept on a GET', async () => {
    const { api, calls } = setup([jsonResponse(PAGE)]);
    await api.clientGrants.list({ page: 0, per_page: 50 });
    const init = calls[0]?.init ?? {};
    expect(headerNames(init)).toEqual(['Accept', 'Authorization']);
    expect(init.headers).toEqual({ Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' });
    expect(init.credentials).toBe('omit');
    expect(init.redirect).toBe('error');
  });

  it('omits undefined query values', async () => {
    const { api, calls } = setup([jsonResponse(PAGE)]);
    await api.clientGrants.list({ page: 0, per_page: 10, client_id: undefined, audience: undefined });
    expect(calls[0]?.url).toBe(
      'https://acme.us.auth0.com/api/v2/client-grants?page=0&per_page=10&include_totals=true',
    );
  });

  it('POSTs a JSON body with Content-Type', async () => {
    const { api, calls } = setup([jsonResponse(GRANT, 201)]);
    const body = { client_id: GRANT.client_id, audience: GRANT.audience, scope: ['read:x'] };
    await api.clientGrants.create(body);
    const init = calls[0]?.init ?? {};
    expect(calls[0]?.url).toBe('https://acme.us.auth0.com/api/v2/client-grants');
    expect(init.method).toBe('POST');
    expect(headerNames(init)).toEqual(['Accept', 'Authorization', 'Content-Type']);
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual(body);
  });

  it('PATCHes a grant by encoded id', async () => {
    const { api, calls } = setup([jsonResponse(GRANT)]);
    await api.clientGrants.update('cgr/1 2', { scope: ['read:x', 'write:x'] });
    expect(calls[0]?.url).toBe('https://acme.us.auth0.com/api/v2/client-grants/cgr%2F1%202');
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ scope: ['read:x', 'write:x'] });
  });

  it('GETs and DELETEs a single grant', async () => {
    const { api, calls } = setup([jsonResponse(GRANT), new Response(null, { status: 204 })]);
    await expect(api.clientGrants.get('cgr_1')).resolves.toMatchObject({ id: GRANT.id });
    await expect(api.clientGrants.remove('cgr_1')).resolves.toBeUndefined();
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ['GET', 'https://acme.us.auth0.com/api/v2/client-grants/cgr_1'],
      ['DELETE', 'https://acme.us.auth0.com/api/v2/client-grants/cgr_1'],
    ]);
    expect(headerNames(calls[1]?.init ?? {})).toEqual(['Accept', 'Authorization']);
  });

  it('refuses ids that would escape the endpoint', () => {
    expect(() => pathSegment('..')).toThrow(TypeError);
    expect(() => pathSegment('.')).toThrow(TypeError);
    expect(() => pathSegment('')).toThrow(TypeError);
    expect(pathSegment('../users')).toBe('..%2Fusers');
  });

  it('buildUrl keeps every request on the origin under /api/v2/', () => {
    expect(buildUrl('http://127.0.0.1:4010', 'clients', { page: 0 }).toString()).toBe(
      'http://127.0.0.1:4010/api/v2/clients?page=0',
    );
    expect(() => buildUrl('https://acme.us.auth0.com', '../../oauth/token')).toThrow(TypeError);
    expect(() => buildUrl('https://acme.us.auth0.com', '//evil.example/x')).not.toThrow();
    expect(buildUrl('https://acme.us.auth0.com', '//evil.example/x').origin).toBe(
      'https://acme.us.auth0.com',
    );
  });

  it('uses http for the local tenant', async () => {
    const { api, calls } = setup([jsonResponse(PAGE)], '127.0.0.1:4010');
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(calls[0]?.url).toBe(
      'http://127.0.0.1:4010/api/v2/client-grants?page=0&per_page=5&include_totals=true',
    );
  });

  it('passes the AbortSignal through', async () => {
    const { api, calls } = setup([jsonResponse(PAGE)]);
    const controller = new AbortController();
    await api.clientGrants.list({ page: 0, per_page: 5 }, { signal: controller.signal });
    expect(calls[0]?.init.signal).toBe(controller.signal);
  });
});

describe('429 handling', () => {
  it('waits until the reset header and retries', async () => {
    const reset = String(NOW / 1000 + 2);
    const { api, calls, waits, notices } = setup([
      tooMany({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
      jsonResponse(PAGE, 200, {
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '1',
        'x-ratelimit-reset': reset,
      }),
    ]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 })).resolves.toMatchObject({ total: 1 });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.url).toBe(calls[0]?.url);
    expect(waits).toEqual([2000]);
    expect(notices).toEqual([[2000, 1]]);
  });

  it('honours Retry-After before the reset header', async () => {
    const { api, waits } = setup([
      tooMany({ 'retry-after': '3', 'x-ratelimit-reset': String(NOW / 1000 + 8) }),
      jsonResponse(PAGE),
    ]);
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(waits).toEqual([3000]);
  });

  it('backs off exponentially when no headers are visible, and gives up after 3 retries', async () => {
    const { api, calls, waits, notices } = setup([tooMany(), tooMany(), tooMany(), tooMany()]);
    const error = await api.clientGrants.list({ page: 0, per_page: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      errorCode: 'too_many_requests',
      message: 'Global limit has been reached',
    });
    expect(calls).toHaveLength(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(notices.map(([, attempt]) => attempt)).toEqual([1, 2, 3]);
  });

  it('keeps the rate-limit info on the final 429 error', async () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 1) };
    const { api } = setup([tooMany(headers), tooMany(headers), tooMany(headers), tooMany(headers)]);
    await expect(api.clients.list({ page: 0, per_page: 5 })).rejects.toMatchObject({
      status: 429,
      rateLimit: { remaining: 0, resetAt: NOW + 1000 },
    });
  });

  it('adds up to 250 ms of jitter so concurrent retries do not collide', async () => {
    const fake = createFakeFetch([tooMany(), jsonResponse(PAGE)]);
    const waits: number[] = [];
    const api = createManagementApi({
      domain: DOMAIN,
      token: TOKEN,
      fetch: fake.fetch,
      now: () => NOW,
      random: () => 0.999,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(waits).toEqual([1249]);
  });

  it('succeeds on the last allowed retry', async () => {
    const { api, calls } = setup([tooMany(), tooMany(), tooMany(), jsonResponse(PAGE)]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 })).resolves.toMatchObject({ total: 1 });
    expect(calls).toHaveLength(4);
  });

  it('retries a POST too (a 429 means it was not processed)', async () => {
    const { api, calls } = setup([tooMany(), jsonResponse(GRANT, 201)]);
    await api.clientGrants.create({ client_id: 'c', audience: 'a' });
    expect(calls.map((call) => call.init.body)).toEqual([calls[0]?.init.body, calls[0]?.init.body]);
  });

  it.each([
    [400, 'Bad Request', 'Payload validation error', 'invalid_body'],
    [401, 'Unauthorized', 'Invalid token', undefined],
    [403, 'Forbidden', 'Insufficient scope, expected any of: read:client_grants', 'insufficient_scope'],
    [404, 'Not Found', 'The grant does not exist.', 'inexistent_client_grant'],
    [409, 'Conflict', 'A client grant for this client and audience already exists.', 'client_grant_conflict'],
    [500, 'Internal Server Error', 'Internal error', undefined],
    [503, 'Service Unavailable', 'Try later', undefined],
  ])('does not retry %i', async (status, reason, message, errorCode) => {
    const { api, calls, sleep } = setup([
      auth0Error(status, reason, message, errorCode),
      jsonResponse(GRANT),
    ]);
    const error = await api.clientGrants.get('cgr_1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, error: reason, message, errorCode });
    expect(calls).toHaveLength(1);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('429 with real timers faked', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses an abortable setTimeout by default', async () => {
    vi.useFakeTimers({ now: NOW });
    const fake = createFakeFetch([
      tooMany({ 'x-ratelimit-reset': String(NOW / 1000 + 5) }),
      jsonResponse(PAGE),
    ]);
    const api = createManagementApi({ domain: DOMAIN, token: TOKEN, fetch: fake.fetch, random: () => 0 });
    const result = api.clientGrants.list({ page: 0, per_page: 5 });
    await vi.advanceTimersByTimeAsync(4999);
    expect(fake.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toMatchObject({ total: 1 });
    expect(fake.calls).toHaveLength(2);
  });

  it('stops waiting when the caller aborts', async () => {
    vi.useFakeTimers({ now: NOW });
    const fake = createFakeFetch([tooMany(), jsonResponse(PAGE)]);
    const api = createManagementApi({ domain: DOMAIN, token: TOKEN, fetch: fake.fetch });
    const controller = new AbortController();
    const result = api.clientGrants.list({ page: 0, per_page: 5 }, { signal: controller.signal });
    const assertion = expect(result).rejects.toBe('cancelled');
    await vi.advanceTimersByTimeAsync(100);
    controller.abort('cancelled');
    await assertion;
    expect(fake.calls).toHaveLength(1);
  });
});

describe('rate-limit info', () => {
  it('is undefined until headers are seen, then the latest, and survives responses without headers', async () => {
    const { api } = setup([
      jsonResponse(PAGE),
      jsonResponse(PAGE, 200, {
        'x-ratelimit-limit': '50',
        'x-ratelimit-remaining': '49',
        'x-ratelimit-reset': String(NOW / 1000),
      }),
      jsonResponse(PAGE, 200, {
        'x-ratelimit-limit': '50',
        'x-ratelimit-remaining': '48',
        'x-ratelimit-reset': String(NOW / 1000),
      }),
      jsonResponse(PAGE),
    ]);
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(api.rateLimit()).toBeUndefined();
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(api.rateLimit()).toEqual({ limit: 50, remaining: 49, resetAt: NOW });
    await api.clientGrants.list({ page: 0, per_page: 5 });
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(api.rateLimit()?.remaining).toBe(48);
  });

  it('is read from error responses too', async () => {
    const { api } = setup([
      auth0Error(404, 'Not Found', 'nope', undefined, { 'x-ratelimit-remaining': '7' }),
    ]);
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({ rateLimit: { remaining: 7 } });
    expect(api.rateLimit()).toEqual({ remaining: 7 });
  });
});

describe('failures before a response', () => {
  it('turns a thrown fetch into a NetworkError that never contains the token', async () => {
    const { api } = setup([new TypeError('Failed to fetch')]);
    const error = await api.clientGrants.list({ page: 0, per_page: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ likelyCause: 'domain-or-cors', origin: 'https://acme.us.auth0.com' });
    expect((error as NetworkError).message).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('says the local tenant is likely down for a loopback domain', async () => {
    const { api } = setup([new TypeError('fetch failed')], 'localhost:4010');
    await expect(api.clientGrants.list({ page: 0, per_page: 5 })).rejects.toMatchObject({
      likelyCause: 'local-tenant-unreachable',
    });
  });

  it('says offline when the browser is offline', async () => {
    const spy = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { api } = setup([new TypeError('Failed to fetch')]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 })).rejects.toMatchObject({
      likelyCause: 'offline',
    });
    spy.mockRestore();
  });

  it('rethrows an abort as-is so React Query sees a cancellation', async () => {
    const controller = new AbortController();
    controller.abort();
    const abortError = new DOMException('The operation was aborted.', 'AbortError');
    const { api } = setup([abortError]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 }, { signal: controller.signal })).rejects.toBe(
      controller.signal.reason,
    );
  });
});

describe('error bodies', () => {
  it('parses Auth0’s error body', async () => {
    const { api } = setup([
      auth0Error(
        403,
        'Forbidden',
        'Insufficient scope, expected any of: read:client_grants',
        'insufficient_scope',
      ),
    ]);
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({
      status: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: read:client_grants',
      errorCode: 'insufficient_scope',
    });
  });

  it('accepts a plain-text error body', async () => {
    const { api } = setup([
      new Response('upstream connect error', { status: 502, statusText: 'Bad Gateway' }),
    ]);
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({
      status: 502,
      error: 'Bad Gateway',
      message: 'upstream connect error',
    });
  });

  it('does not echo an HTML error page', async () => {
    const { api } = setup([new Response('<html><body>oops</body></html>', { status: 503 })]);
    const error = await api.clientGrants.get('x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('The tenant answered 503 HTTP 503.');
  });

  it('handles an empty error body and JSON without a message', async () => {
    const { api } = setup([
      new Response(null, { status: 401, statusText: 'Unauthorized' }),
      jsonResponse({ foo: 1 }, 400),
    ]);
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({
      status: 401,
      message: 'The tenant answered 401 Unauthorized.',
    });
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({ status: 400, errorCode: undefined });
  });
});

describe('response parsing', () => {
  it('lets unknown fields through and defaults subject_type', async () => {
    const { api } = setup([
      jsonResponse({
        ...PAGE,
        extra: true,
        client_grants: [{ id: 'cgr_1', audience: 'a', brand_new_field: 1 }],
      }),
    ]);
    const page = await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(page.client_grants[0]).toEqual({
      id: 'cgr_1',
      audience: 'a',
      brand_new_field: 1,
      subject_type: 'client',
    });
  });

  it('throws ResponseShapeError naming the endpoint when a required field is missing', async () => {
    const { api } = setup([jsonResponse({ total: 1, start: 0, limit: 5, client_grants: [{ id: 'cgr_1' }] })]);
    const error = await api.clientGrants.list({ page: 0, per_page: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ endpoint: 'GET /api/v2/client-grants' });
    expect((error as ResponseShapeError).issues[0]).toMatch(/^client_grants\.0\.audience: /);
  });

  it('throws ResponseShapeError for a bare array where totals were asked for', async () => {
    const { api } = setup([jsonResponse([GRANT])]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 })).rejects.toBeInstanceOf(ResponseShapeError);
  });

  it('throws ResponseShapeError for a non-JSON success body (not an Auth0 tenant)', async () => {
    const { api } = setup([new Response('<!doctype html><title>Welcome</title>', { status: 200 })]);
    await expect(api.clientGrants.get('x')).rejects.toMatchObject({
      name: 'ResponseShapeError',
      issues: ['(body): not JSON'],
    });
  });

  it('lists at most five issues', async () => {
    const bad = Array.from({ length: 10 }, () => ({}));
    const { api } = setup([jsonResponse({ total: 10, start: 0, limit: 10, client_grants: bad })]);
    const error = (await api.clientGrants
      .list({ page: 0, per_page: 10 })
      .catch((caught: unknown) => caught)) as ResponseShapeError;
    expect(error.issues).toHaveLength(5);
  });
});
