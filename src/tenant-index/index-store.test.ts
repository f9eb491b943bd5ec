import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { ClientGrant } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { holdersOf } from './index-queries';
import { TenantIndexStore, tenantIndexKey, type IndexSnapshot } from './index-store';
import { memoryJournal } from './read-journal';
import { fakeOrganizationsCore, fixtureOrg } from './organization-fixtures';

const grants: ClientGrant[] = Array.from({ length: 250 }, (_, i) => ({
  id: `cgr_${String(i).padStart(4, '0')}`,
  client_id: `app${i % 7}`,
  audience: 'https://orders',
  scope: i % 2 ? ['read:orders'] : ['write:orders'],
  subject_type: 'client',
}));

/** A tenant answering checkpoint pages from `grants`; `gate` lets a test hold a page in flight. */
function fakeApi(gate?: (call: number) => Promise<void>) {
  const calls: { from?: string; take?: number; priority?: string }[] = [];
  const api = {
    domain: 'tenant.example',
    // Two organizations, one associated with the first grant: the read goes on to them after the grants.
    core: fakeOrganizationsCore({
      orgs: [fixtureOrg(1), fixtureOrg(2)],
      links: new Map([['org_00001', ['cgr_0000']]]),
    }).core,
    clientGrants: {
      list: vi.fn(async () => ({
        total: grants.length,
        start: 0,
        limit: 1,
        client_grants: grants.slice(0, 1),
      })),
      listCheckpointDeferred: vi.fn(
        async (query: { from?: string; take?: number }, opts?: { priority?: string }) => {
          calls.push({ ...query, priority: opts?.priority });
          await gate?.(calls.length);
          const start = query.from ? Number(query.from) : 0;
          const end = start + (query.take ?? 50);
          return {
            count: grants.slice(start, end).length,
            grants: () => grants.slice(start, end),
            ...(end < grants.length ? { next: String(end) } : {}),
          };
        },
      ),
    },
  } as unknown as ManagementApi;
  return { api, calls };
}

const names = {
  apis: async () => [
    { id: 'rs', name: 'Orders API', identifier: 'https://orders', scopes: [{ value: 'read:orders' }] },
  ],
  clients: async () => [{ client_id: 'app1', name: 'One' }],
};

function snapshotOf(client: QueryClient): IndexSnapshot | undefined {
  return client.getQueryData<IndexSnapshot>(tenantIndexKey('tenant.example'));
}

describe('TenantIndexStore', () => {
  it('reads every page in the background lane, publishes progress and ends ready', async () => {
    const { api, calls } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names, { now: () => 1_000 });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    const snapshot = snapshotOf(client)!;
    expect(calls.map((c) => [c.from, c.take, c.priority])).toEqual([
      [undefined, 100, 'background'],
      ['100', 100, 'background'],
      ['200', 100, 'background'],
    ]);
    expect(snapshot.index.grants.size).toBe(250);
    expect(snapshot.progress).toEqual({ phase: 'associations', loaded: 2, total: 2 });
    expect(snapshot.index.organizationsCoverage).toEqual({ status: 'complete' });
    expect(snapshot.index.orgsByGrant.get('cgr_0000')).toEqual(new Set(['org_00001']));
    expect(snapshot.readAt).toBe(1_000);
    expect(holdersOf(snapshot.index, 'https://orders', 'read:orders')).toHaveLength(125);
  });

  it('reads once per connection: asking again after a complete read sends nothing', async () => {
    const { api, calls } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    store.ensureRead();
    expect(calls).toHaveLength(3);
  });

  it('Cancel stops after the page in flight and keeps what arrived, marked cancelled', async () => {
    let release = () => {};
    const { api, calls } = fakeApi((call) =>
      call === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve(),
    );
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    store.cancel();
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toHaveLength(2);
    const snapshot = snapshotOf(client)!;
    expect(snapshot.status).toBe('cancelled');
    expect(snapshot.index.grants.size).toBe(100);
    expect(snapshot.readAt).toBeUndefined();
  });

  it('Refresh reads the tenant again from the start', async () => {
    const { api, calls } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    store.refresh();
    expect(snapshotOf(client)?.status).toBe('reading');
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(calls).toHaveLength(6);
    expect(snapshotOf(client)!.index.grants.size).toBe(250);
  });

  it("follows this dashboard's writes without a re-read", async () => {
    const { api, calls } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    store.applyWrite({ grant: { ...grants[0]!, scope: ['read:orders'] } });
    store.applyWrite({ removedId: grants[1]!.id });
    const index = snapshotOf(client)!.index;
    expect(index.grants.size).toBe(249);
    expect(holdersOf(index, 'https://orders', 'read:orders').map((h) => h.grant.id)).toContain(grants[0]!.id);
    expect(calls).toHaveLength(3);
  });

  it('a failed read says so and keeps what it had', async () => {
    const { api } = fakeApi(async (call) => {
      if (call === 2) throw new Error('boom');
    });
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('error'));
    expect(snapshotOf(client)!.index.grants.size).toBe(100);
  });

  it('a reload in the middle of a read goes on from the last saved page, without what this dashboard deleted', async () => {
    const journal = memoryJournal();
    let hold = true;
    const first = fakeApi((call) => (call === 2 && hold ? new Promise<void>(() => {}) : Promise.resolve()));
    const before = new TenantIndexStore(first.api, new QueryClient(), names, { journal });
    before.ensureRead();
    await vi.waitFor(() => expect(first.calls).toHaveLength(2));
    before.applyWrite({ removedId: grants[5]!.id });
    before.dispose(); // the page goes away with page 2 in flight
    hold = false;

    const second = fakeApi();
    const client = new QueryClient();
    const after = new TenantIndexStore(second.api, client, names, { journal });
    after.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(second.calls.map((c) => c.from)).toEqual(['100', '200']);
    expect(second.api.clientGrants.list).not.toHaveBeenCalled();
    const index = snapshotOf(client)!.index;
    expect(index.grants.size).toBe(249);
    expect(index.grants.has(grants[5]!.id)).toBe(false);
    expect(await journal.load()).toBeUndefined();
  });

  it('a reload during the organizations phase keeps every grant and reads only the organizations again', async () => {
    const journal = memoryJournal();
    const first = fakeApi();
    // The organizations never answer on the first page: the reload comes while they are read.
    const held = fakeOrganizationsCore({ orgs: [fixtureOrg(1)], fault: () => new Promise<void>(() => {}) });
    const withHeld = { ...first.api, core: held.core } as unknown as ManagementApi;
    const before = new TenantIndexStore(withHeld, new QueryClient(), names, { journal });
    before.ensureRead();
    await vi.waitFor(() => expect(held.calls.length).toBeGreaterThan(0));
    before.dispose();
    expect((await journal.load())?.next).toBe('');

    const second = fakeApi();
    const client = new QueryClient();
    const after = new TenantIndexStore(second.api, client, names, { journal });
    after.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(second.calls).toEqual([]);
    expect(second.api.clientGrants.list).not.toHaveBeenCalled();
    const index = snapshotOf(client)!.index;
    expect(index.grants.size).toBe(250);
    expect(index.organizationsCoverage).toEqual({ status: 'complete' });
    expect(index.orgsByGrant.get('cgr_0000')).toEqual(new Set(['org_00001']));
    // Finished: nothing is left to resume.
    await vi.waitFor(async () => expect(await journal.load()).toBeUndefined());
  });

  it('Refresh forgets a saved partial read and starts from the first page', async () => {
    const journal = memoryJournal();
    await journal.savePage(0, grants.slice(0, 100), '100', 250);
    const { api, calls } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names, { journal });
    store.refresh();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(calls.map((c) => c.from)).toEqual([undefined, '100', '200']);
    expect(snapshotOf(client)!.index.grants.size).toBe(250);
  });

  it('a read resumed after a reload says from when its oldest pages are; a fresh read does not', async () => {
    const journal = memoryJournal(() => 1_000);
    await journal.savePage(0, grants.slice(0, 100), '100', 250);
    const { api } = fakeApi();
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names, { journal, now: () => 720_000 });
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(snapshotOf(client)).toMatchObject({ readAt: 720_000, resumedFrom: 1_000 });
    store.refresh();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(snapshotOf(client)?.resumedFrom).toBeUndefined();
  });

  it('Disconnect stops the read, and nothing is published into the cache the next session uses', async () => {
    let release: () => void = () => undefined;
    const { api, calls } = fakeApi((call) =>
      call === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve(),
    );
    const lifetime = new AbortController();
    Object.assign(api, { lifetime: lifetime.signal });
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names, { now: () => 1_000 });
    store.ensureRead();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    lifetime.abort();
    client.clear();
    release();
    store.applyWrite({ removedId: grants[0]!.id });
    store.ensureRead();
    store.refresh();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(snapshotOf(client)).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('a read whose pages end before the count ends stopped, not ready, and is not restarted by a view opening', async () => {
    const { api, calls } = fakeApi();
    // The tenant counts 1,500 grants (then and when asked again) but its pages end at 250.
    vi.mocked(api.clientGrants.list).mockResolvedValue({
      total: 1500,
      start: 0,
      limit: 1,
      client_grants: [],
    });
    const client = new QueryClient();
    const store = new TenantIndexStore(api, client, names);
    store.ensureRead();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('stopped'));
    expect(snapshotOf(client)).toMatchObject({ stop: { reason: 'short', read: 250, total: 1500 } });
    expect(snapshotOf(client)?.readAt).toBeUndefined();
    expect(snapshotOf(client)?.index.grants.size).toBe(250);
    store.ensureRead();
    await Promise.resolve();
    expect(calls).toHaveLength(3);
    vi.mocked(api.clientGrants.list).mockResolvedValue({ total: 250, start: 0, limit: 1, client_grants: [] });
    store.refresh();
    await vi.waitFor(() => expect(snapshotOf(client)?.status).toBe('ready'));
    expect(snapshotOf(client)?.stop).toBeUndefined();
  });
});
