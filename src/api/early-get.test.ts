import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyGet, earlyGetAnswered, startEarlyGet } from './early-get';
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

describe('earlyGetAnswered', () => {
  it('is true only once a 2xx is in, for the same token, until the response is adopted', async () => {
    let answer: (response: Response) => void = () => undefined;
    startEarlyGet(url, 't0k3n', () => new Promise<Response>((resolve) => (answer = resolve)));
    expect(earlyGetAnswered('t0k3n')).toBe(false);
    answer(json(page));
    await vi.waitFor(() => expect(earlyGetAnswered('t0k3n')).toBe(true));
    expect(earlyGetAnswered('another-token')).toBe(false);
    adoptEarlyGet(url, 't0k3n');
    expect(earlyGetAnswered('t0k3n')).toBe(false);
  });

  it('stays false for an error status: the table must see the error itself', async () => {
    const unauthorized = new Response('{}', { status: 401 });
    const fetched = Promise.resolve(unauthorized);
    startEarlyGet(url, 't0k3n', () => fetched);
    await fetched;
    await Promise.resolve();
    expect(earlyGetAnswered('t0k3n')).toBe(false);
  });
});
