import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { auth0Error, createFakeFetch, jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';
import { GRANT, NOW, PAGE, TOKEN, DOMAIN, fakeClock, setup, tooMany } from './api-test-setup';

// 429s: waiting for the reset (Retry-After, x-ratelimit-reset, backoff), at most 3 retries for an interactive request, the notice
// the UI shows while waiting, and the rate-limit info kept for the prefetch policy.

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
    expect(notices).toEqual([[2000, 1, 'rate-limited']]);
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
    const clock = fakeClock();
    const api = createManagementApi({ domain: DOMAIN, token: TOKEN, fetch: fake.fetch, ...clock, random: () => 0.999 });
    await api.clientGrants.list({ page: 0, per_page: 5 });
    expect(clock.waits).toEqual([1249]);
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
