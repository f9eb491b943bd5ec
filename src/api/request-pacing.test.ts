import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { auth0Error, createFakeFetch, jsonResponse } from './fake-fetch';
import { createManagementApi } from './management-api';
import { createPacer } from './pacer';
import { DOMAIN, GRANT, NOW, PAGE, TOKEN, setup, tooMany } from './api-test-setup';

// The request core under its pacer: background reads never give up on a 429, 503 Retry-After is waited
// out, interactive requests overtake background ones, and the pacing view tells the UI what waits.

const unavailable = (retryAfter: string) =>
  auth0Error(503, 'Service Unavailable', 'Try later', undefined, { 'retry-after': retryAfter });

describe('429 on a background request', () => {
  it('retries past the interactive limit until it succeeds, saying each wait', async () => {
    // Backoff 1, 2, 4, 8, 10 s; the first two are longer because a background request also waits
    // until the halved estimate leaves a reserve for clicks, and the notice says the real wait.
    const { api, calls, waits, notices } = setup([tooMany(), tooMany(), tooMany(), tooMany(), tooMany(), jsonResponse(PAGE)]);
    await expect(api.clientGrants.list({ page: 0, per_page: 5 }, { priority: 'background' })).resolves.toMatchObject({ total: 1 });
    expect(calls).toHaveLength(6);
    expect(waits).toEqual([2000, 4000, 4000, 8000, 10_000]);
    expect(notices).toEqual(waits.map((wait, index) => [wait, index + 1, 'rate-limited']));
  });

  it('passes the priority on from listAll, page after page', async () => {
    const full = { total: 150, start: 0, limit: 100, clients: Array.from({ length: 100 }, (_, i) => ({ client_id: `c${i}`, name: `App ${i}` })) };
    const rest = { total: 150, start: 100, limit: 100, clients: [{ client_id: 'last', name: 'Last' }] };
    const { api, calls } = setup([jsonResponse(full), tooMany(), tooMany(), tooMany(), tooMany(), jsonResponse(rest)]);
    await expect(api.clients.listAll({ priority: 'background' })).resolves.toHaveLength(101);
    expect(calls).toHaveLength(6);
  });
});

describe('503 with Retry-After', () => {
  it('waits as long as it says, says so, and tries again', async () => {
    const { api, waits, notices } = setup([unavailable('4'), jsonResponse(GRANT)]);
    await expect(api.clientGrants.get('cgr_1')).resolves.toMatchObject({ id: GRANT.id });
    expect(waits).toEqual([4000]);
    expect(notices).toEqual([[4000, 1, 'unavailable']]);
  });

  it('gives up after two retries with the 503', async () => {
    const { api, calls } = setup([unavailable('1'), unavailable('1'), unavailable('1'), jsonResponse(GRANT)]);
    await expect(api.clientGrants.remove('cgr_1')).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(3);
  });

  it('does not repeat a POST (the tenant may have created the grant) nor wait longer than 30 s', async () => {
    const post = setup([unavailable('1'), jsonResponse(GRANT, 201)]);
    await expect(post.api.clientGrants.create({ client_id: 'c', audience: 'a' })).rejects.toBeInstanceOf(ApiError);
    expect(post.calls).toHaveLength(1);
    const long = setup([unavailable('3600'), jsonResponse(GRANT)]);
    await expect(long.api.clientGrants.get('cgr_1')).rejects.toMatchObject({ status: 503 });
    expect(long.waits).toEqual([]);
  });
});

describe('one pacer for every request of an api', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the admin’s request before background reads that were queued first', async () => {
    vi.useFakeTimers({ now: NOW });
    const fake = createFakeFetch([jsonResponse(PAGE), jsonResponse(GRANT), jsonResponse(PAGE), jsonResponse(PAGE)]);
    const pacer = createPacer({ initial: { capacity: 1, perSecond: 1 } });
    const api = createManagementApi({ domain: DOMAIN, token: TOKEN, fetch: fake.fetch, pacer });
    const reads = [0, 1, 2].map((page) => api.clientGrants.list({ page, per_page: 5 }, { priority: 'background' }));
    await vi.advanceTimersByTimeAsync(10);
    const click = api.clientGrants.get('cgr_1');
    await vi.advanceTimersByTimeAsync(3000);
    await Promise.all([...reads, click]);
    expect(fake.calls.map((call) => new URL(call.url).pathname + new URL(call.url).search.slice(0, 7))).toEqual([
      '/api/v2/client-grants?page=0',
      '/api/v2/client-grants/cgr_1',
      '/api/v2/client-grants?page=1',
      '/api/v2/client-grants?page=2',
    ]);
  });

  it('shows in pacing() until when the tenant asked everyone to wait', async () => {
    vi.useFakeTimers({ now: NOW });
    const fake = createFakeFetch([tooMany({ 'retry-after': '3' }), jsonResponse(PAGE)]);
    const api = createManagementApi({ domain: DOMAIN, token: TOKEN, fetch: fake.fetch, random: () => 0 });
    expect(api.pacing()).toMatchObject({ queued: { interactive: 0, background: 0 }, headersVisible: false });
    const read = api.clientGrants.list({ page: 0, per_page: 5 }, { priority: 'background' });
    await vi.advanceTimersByTimeAsync(10);
    expect(api.pacing()).toMatchObject({ waitingUntil: NOW + 3000, queued: { background: 1 } });
    expect(api.pacing().estimatedPerSecond).toBeLessThan(2);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(read).resolves.toMatchObject({ total: 1 });
    expect(api.pacing().waitingUntil).toBeUndefined();
  });
});
