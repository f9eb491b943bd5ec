import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, ResponseShapeError } from './errors';
import { auth0Error, jsonResponse } from './fake-fetch';
import { buildUrl } from './http';
import { pathSegment } from './request';

import { GRANT, PAGE, TOKEN, headerNames, setup } from './api-test-setup';

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
