import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { readTenant, type ReadProgress } from './read-tenant';

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
        return {
          count: grants.slice(start, end).length,
          grants: page,
          ...(end < grants.length ? { next: String(end) } : {}),
        };
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

type Page = { items: number; next?: string };

/** A tenant of `counts` grants (one per answer to the count request) whose pages are `pages(from)`. */
function bentApi(pages: (from: string | undefined) => Page, counts: number[]) {
  const asked: (string | undefined)[] = [];
  let n = 0;
  const api = {
    clientGrants: {
      list: vi.fn(async () => ({
        total: counts[Math.min(counts.length - 1, n++)]!,
        start: 0,
        limit: 1,
        client_grants: [],
      })),
      listCheckpointDeferred: vi.fn(async ({ from }: { from?: string }) => {
        asked.push(from);
        const { items, next } = pages(from);
        const batch = Array.from({ length: items }, (_, i) => ({
          id: `cgr_${from ?? 'start'}_${i}`,
          audience: 'https://orders',
          subject_type: 'client' as const,
        }));
        return { count: items, grants: () => batch, ...(next ? { next } : {}) };
      }),
    },
  } as unknown as ManagementApi;
  return { api, asked };
}

async function readBent(api: ManagementApi) {
  const indexed: number[] = [];
  const progress: ReadProgress[] = [];
  const saved: (string | undefined)[] = [];
  const end = await readTenant(
    api,
    { apis: async () => [], clients: async () => [] },
    {
      onApis: () => undefined,
      onClients: () => undefined,
      onProgress: (p) => progress.push(p),
      onGrants: (page) => indexed.push(page.length),
      onGrantsPage: (_seq, _grants, next) => saved.push(next),
    },
    new AbortController().signal,
  );
  return { end, indexed, progress, saved };
}

describe('readTenant loop guard and completeness', () => {
  const cursor = (from: string | undefined) => Number(from ?? 0);

  it('stops on a next that points back, keeping what it read, and leaves nothing to resume from', async () => {
    // Page 3 points back to page 2's cursor: read forever, this was 4,211 requests in 30 s.
    const { api, asked } = bentApi(
      (from) => ({ items: 100, next: cursor(from) >= 300 ? '100' : String(cursor(from) + 100) }),
      [1500],
    );
    const { end, indexed, saved } = await readBent(api);
    expect(end).toEqual({ stop: { reason: 'repeated-cursor', read: 400, total: 1500 } });
    expect(asked).toEqual([undefined, '100', '200', '300']);
    expect(indexed).toEqual([100, 100, 100, 100]);
    expect(saved.at(-1)).toBeUndefined();
  });

  it('stops on an empty page that still has a cursor', async () => {
    const { api, asked } = bentApi(
      (from) =>
        from === '200' ? { items: 0, next: '300' } : { items: 100, next: String(cursor(from) + 100) },
      [1500],
    );
    const { end } = await readBent(api);
    expect(end.stop).toEqual({ reason: 'empty-page', read: 200, total: 1500 });
    expect(asked).toHaveLength(3);
  });

  it('stops once it has read more grants than the tenant counted (ever-new cursors that never end)', async () => {
    const { api, asked } = bentApi((from) => ({ items: 100, next: `${from ?? ''}x` }), [1500]);
    const { end } = await readBent(api);
    expect(end.stop).toEqual({ reason: 'overrun', read: 1700, total: 1500 });
    expect(asked).toHaveLength(17);
  });

  it('pages that end before the count are partial: the count is asked again, and still more means partial', async () => {
    const { api } = bentApi(
      (from) => (cursor(from) < 200 ? { items: 100, next: String(cursor(from) + 100) } : { items: 100 }),
      [1500, 1500],
    );
    const { end } = await readBent(api);
    expect(end.stop).toEqual({ reason: 'short', read: 300, total: 1500 });
  });

  it('pages that end before the first count are complete when grants were deleted meanwhile (the new count)', async () => {
    const { api } = bentApi(
      (from) => (cursor(from) < 200 ? { items: 100, next: String(cursor(from) + 100) } : { items: 100 }),
      [320, 300],
    );
    const { end } = await readBent(api);
    expect(end).toEqual({});
  });

  it('reads the names beside the grants, shows the names until they are in, and ends only when they are', async () => {
    const asked: (string | undefined)[] = [];
    let clientsAnswer: (value: []) => void = () => undefined;
    const phases: ReadProgress[] = [];
    const events: string[] = [];
    const read = readTenant(
      fakeApi(asked, 0),
      { apis: async () => [], clients: () => new Promise((resolve) => (clientsAnswer = resolve)) },
      {
        onApis: () => events.push('apis'),
        onClients: () => events.push('clients'),
        onProgress: (progress) => phases.push(progress),
        onGrants: (page) => events.push(`grants ${page.length}`),
      },
      new AbortController().signal,
    );
    await vi.waitFor(() => expect(asked).toEqual([undefined, '100', '200']));
    let ended = false;
    void read.then(() => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Every grant was read while the applications were still on their way; the read is not over yet.
    expect(events).toEqual(['apis', 'grants 100', 'grants 100', 'grants 50']);
    expect(ended).toBe(false);
    expect(phases.map((p) => p.phase)).toEqual(['apis', 'applications']);
    clientsAnswer([]);
    await read;
    expect(events.at(-1)).toBe('clients');
    expect(phases.at(-1)).toEqual({ phase: 'grants', loaded: 250, total: 250 });
  });

  it('fails with the names when they fail, and asks for no page after', async () => {
    const asked: (string | undefined)[] = [];
    const refused = new Error('403 read:clients');
    const read = readTenant(
      fakeApi(asked, 0),
      {
        apis: async () => [],
        clients: async () => {
          throw refused;
        },
      },
      { onApis: () => undefined, onClients: () => undefined, onProgress: () => undefined, onGrants: () => undefined },
      new AbortController().signal,
    );
    await expect(read).rejects.toBe(refused);
    // The first page was on its way when the applications failed: nothing was indexed and nothing more asked.
    expect(asked).toEqual([undefined]);
  });
});
