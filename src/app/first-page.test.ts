import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyGet, startEarlyGet } from '../api/early-get';
import { buildUrl } from '../api/http';
import { clientGrantsListQuery } from '../api/client-grants';
import { createManagementApi } from '../api/management-api';
import { grantQueries } from '../grants/grant-queries';
import { createQueryClient } from './query-client';
import { readFirstPage, takeFirstPage } from './first-page';

const domain = '127.0.0.1:4010';
const token = 't0k3n';
const page = { total: 1, start: 0, limit: 25, client_grants: [{ id: 'cgr_1', client_id: 'c1', audience: 'https://a/', scope: ['read:a'] }] };
const answer = () =>
  new Response(JSON.stringify(page), {
    status: 200,
    headers: { 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) },
  });
const storage = (session: unknown) => {
  const items = new Map([['client-grants:session', JSON.stringify(session)]]);
  return { getItem: (key: string) => items.get(key) ?? null } as Storage;
};
const urlFor = (query: { page: number; per_page: number }) =>
  buildUrl(`http://${domain}`, 'client-grants', clientGrantsListQuery(query)).toString();

const fetchSpy = vi.spyOn(globalThis, 'fetch');
afterEach(() => {
  fetchSpy.mockReset();
  adoptEarlyGet(urlFor({ page: 0, per_page: 25 }), token);
  adoptEarlyGet(urlFor({ page: 3, per_page: 25 }), token);
});

async function answered(url: string) {
  const response = Promise.resolve(answer());
  startEarlyGet(url, token, () => response);
  await response;
  await Promise.resolve();
}

describe('takeFirstPage', () => {
  it('reads an answered early request and seeds it under the key the table asks for', async () => {
    await answered(urlFor({ page: 0, per_page: 25 }));
    const first = await takeFirstPage('', storage({ domain, token }));
    expect(first).toMatchObject({ domain, token, rateLimit: { limit: 50, remaining: 49 } });
    const client = createQueryClient();
    first?.seed(client);
    const api = createManagementApi({ domain, token });
    expect(client.getQueryData(grantQueries.list(api, { page: 0, per_page: 25 }).queryKey)).toMatchObject(page);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('waits for an early request still on its way, up to a bound', async () => {
    let answerNow: (response: Response) => void = () => undefined;
    startEarlyGet(urlFor({ page: 0, per_page: 25 }), token, () => new Promise<Response>((resolve) => (answerNow = resolve)));
    const taking = takeFirstPage('', storage({ domain, token }), 10_000);
    answerNow(answer());
    await expect(taking).resolves.toMatchObject({ domain, token });
  });

  it('after the bound, renders without it and leaves the request to the table', async () => {
    startEarlyGet(urlFor({ page: 0, per_page: 25 }), token, () => new Promise<Response>(() => undefined));
    await expect(takeFirstPage('', storage({ domain, token }), 5)).resolves.toBeUndefined();
    expect(adoptEarlyGet(urlFor({ page: 0, per_page: 25 }), token)).toBeDefined();
  });

  it('never makes a request of its own when the early one was for another page', async () => {
    await answered(urlFor({ page: 3, per_page: 25 }));
    await expect(takeFirstPage('?page=1', storage({ domain, token }))).resolves.toBeUndefined();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives nothing without a stored session', async () => {
    await answered(urlFor({ page: 0, per_page: 25 }));
    await expect(takeFirstPage('', { getItem: () => null } as unknown as Storage)).resolves.toBeUndefined();
  });

  it('reads the request Connect started for a session not stored anywhere', async () => {
    await answered(urlFor({ page: 3, per_page: 25 }));
    const first = await readFirstPage(domain, token, '?page=3', 10_000);
    const client = createQueryClient();
    first?.seed(client);
    const api = createManagementApi({ domain, token });
    expect(client.getQueryData(grantQueries.list(api, { page: 3, per_page: 25 }).queryKey)).toMatchObject(page);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
