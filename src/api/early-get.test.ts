import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyGet, startEarlyGet, waitForEarlyGet } from './early-get';
import { createManagementApi } from './management-api';

const url = 'http://127.0.0.1:4010/api/v2/client-grants?page=0&per_page=25&include_totals=true';
const page = { total: 1, start: 0, limit: 25, client_grants: [{ id: 'cgr_1', client_id: 'c1', audience: 'https://a/', scope: ['read:a'] }] };
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  adoptEarlyGet(url, 't0k3n');
});

describe('early GET', () => {
  it('is adopted once, and only for the same URL and token', () => {
    const early = vi.fn(async () => json(page));
    startEarlyGet(url, 't0k3n', early);
    expect(adoptEarlyGet(url, 'another-token')).toBeUndefined();
    expect(adoptEarlyGet(`${url}&client_id=x`, 't0k3n')).toBeUndefined();
    expect(adoptEarlyGet(url, 't0k3n')).toBeDefined();
    expect(adoptEarlyGet(url, 't0k3n')).toBeUndefined();
  });

  it('carries exactly the headers and options of any other request', () => {
    const early = vi.fn(async () => json(page));
    startEarlyGet(url, 't0k3n', early);
    expect(early).toHaveBeenCalledWith(url, {
      method: 'GET',
      headers: { Authorization: 'Bearer t0k3n', Accept: 'application/json' },
      body: undefined,
      signal: undefined,
      credentials: 'omit',
      redirect: 'error',
    });
  });

  it('the request core uses the early response for the same first page instead of fetching again', async () => {
    startEarlyGet(url, 't0k3n', async () => json(page));
    const later = vi.fn(async () => json(page));
    const api = createManagementApi({ domain: '127.0.0.1:4010', token: 't0k3n', fetch: later });
    await expect(api.clientGrants.list({ page: 0, per_page: 25 })).resolves.toMatchObject({ total: 1 });
    expect(later).not.toHaveBeenCalled();
    // Only once: a refresh really asks the tenant again.
    await api.clientGrants.list({ page: 0, per_page: 25 });
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('an early network failure is reported like any other', async () => {
    startEarlyGet(url, 't0k3n', async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createManagementApi({ domain: '127.0.0.1:4010', token: 't0k3n', fetch: vi.fn() });
    await expect(api.clientGrants.list({ page: 0, per_page: 25 })).rejects.toMatchObject({ name: 'NetworkError' });
  });
});

describe('waitForEarlyGet', () => {
  it('resolves true once a 2xx is in, for the same token only', async () => {
    let answer: (response: Response) => void = () => undefined;
    startEarlyGet(url, 't0k3n', () => new Promise<Response>((resolve) => (answer = resolve)));
    const waiting = waitForEarlyGet('t0k3n', 10_000);
    answer(json(page));
    await expect(waiting).resolves.toBe(true);
    await expect(waitForEarlyGet('another-token', 10_000)).resolves.toBe(false);
  });

  it('gives up after the wait, leaving the request to be adopted later', async () => {
    vi.useFakeTimers();
    try {
      startEarlyGet(url, 't0k3n', () => new Promise<Response>(() => undefined));
      const waiting = waitForEarlyGet('t0k3n', 250);
      await vi.advanceTimersByTimeAsync(250);
      await expect(waiting).resolves.toBe(false);
      expect(adoptEarlyGet(url, 't0k3n')).toBeDefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves false for an error status or a network failure: the table must see those itself', async () => {
    startEarlyGet(url, 't0k3n', async () => new Response('{}', { status: 401 }));
    await expect(waitForEarlyGet('t0k3n', 10_000)).resolves.toBe(false);
    startEarlyGet(url, 't0k3n', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(waitForEarlyGet('t0k3n', 10_000)).resolves.toBe(false);
  });

  it('resolves false at once when no early request was started for the page', async () => {
    adoptEarlyGet(url, 't0k3n');
    await expect(waitForEarlyGet('t0k3n', 10_000)).resolves.toBe(false);
  });
});
