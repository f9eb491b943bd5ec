import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { readTenant } from './read-tenant';

const grants: ClientGrant[] = Array.from({ length: 250 }, (_, i) => ({ id: `cgr_${i}`, audience: 'https://orders', subject_type: 'client' }));

function fakeApi(asked: (string | undefined)[], hops: number, checked: string[] = []): ManagementApi {
  return {
    clientGrants: {
      list: vi.fn(async () => ({ total: grants.length, start: 0, limit: 1, client_grants: grants.slice(0, 1) })),
      listCheckpointDeferred: vi.fn(async ({ from, take }: { from?: string; take: number }) => {
        // Like the real request: the pacer's slot and fetch come a few promise hops after the call.
        for (let hop = 0; hop < hops; hop++) await Promise.resolve();
        asked.push(from);
        const start = from ? Number(from) : 0;
        const end = start + take;
        checked.push(`answered ${start}`);
        const page = () => (checked.push(`checked ${start}`), grants.slice(start, end));
        return { grants: page, ...(end < grants.length ? { next: String(end) } : {}) };
      }),
    },
  } as unknown as ManagementApi;
}

describe('readTenant', () => {
  it('sends the next request before indexing even when sending takes promise hops', async () => {
    const asked: (string | undefined)[] = [];
    const askedWhenIndexed: number[] = [];
    await readTenant(
      fakeApi(asked, 5),
      { apis: async () => [], clients: async () => [] },
      { onApis: () => undefined, onClients: () => undefined, onProgress: () => undefined, onGrants: () => askedWhenIndexed.push(asked.length) },
      new AbortController().signal,
    );
    expect(askedWhenIndexed).toEqual([2, 3, 3]);
  });

  it("checks a page's grants only after the next page has been asked for", async () => {
    const asked: (string | undefined)[] = [];
    const checked: string[] = [];
    await readTenant(
      fakeApi(asked, 0, checked),
      { apis: async () => [], clients: async () => [] },
      { onApis: () => undefined, onClients: () => undefined, onProgress: () => undefined, onGrants: () => undefined },
      new AbortController().signal,
    );
    expect(checked).toEqual(['answered 0', 'answered 100', 'checked 0', 'answered 200', 'checked 100', 'checked 200']);
  });

  it('asks for the next page before indexing the one that arrived, and stops at the last', async () => {
    const asked: (string | undefined)[] = [];
    const api = fakeApi(asked, 0);
    const askedWhenIndexed: number[] = [];
    const indexed: number[] = [];
    await readTenant(
      api,
      { apis: async () => [], clients: async () => [] },
      {
        onApis: () => undefined,
        onClients: () => undefined,
        onProgress: () => undefined,
        onGrants: (page) => {
          askedWhenIndexed.push(asked.length);
          indexed.push(page.length);
        },
      },
      new AbortController().signal,
    );
    expect(asked).toEqual([undefined, '100', '200']);
    expect(indexed).toEqual([100, 100, 50]);
    // Pages 1 and 2 were indexed while the following page was already requested; the last asks nothing.
    expect(askedWhenIndexed).toEqual([2, 3, 3]);
  });
});
