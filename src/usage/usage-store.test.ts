import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { logCheckpointPage, type LogCheckpointQuery, type LogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import { noteGrantCreated } from '../tenant-index/index-writes';
import type { ClientGrant } from '../api/client-grants';
import { logKeys } from './log-queries';
import { isUnused } from './usage-index';
import { API, APP, HOUR, NOW, seccft } from './usage-fixtures';
import { UsageStore, type UsageSnapshot } from './usage-store';

function storeOver(
  search: () => Promise<LogEvent[]>,
  checkpoint: (query: LogCheckpointQuery) => Promise<LogEvent[]> = async () => [],
) {
  const pages = vi.fn(async (query: LogCheckpointQuery = {}) => logCheckpointPage(await checkpoint(query)));
  const api = {
    domain: 'tenant.example.com',
    logs: { search: vi.fn(search), checkpoint: pages },
  } as unknown as ManagementApi;
  const queryClient = new QueryClient();
  const store = new UsageStore(api, queryClient, () => NOW);
  const published = () => queryClient.getQueryData<UsageSnapshot>(logKeys.usageIndex('tenant.example.com'));
  return { store, published, pages, api };
}

describe('UsageStore', () => {
  it('reads once per connection and publishes a complete index under the tenant key', async () => {
    const first = seccft(NOW - 2 * HOUR);
    const second = seccft(NOW - HOUR);
    // Checkpoint pages end with an empty one: the present.
    const { store, published } = storeOver(
      async () => [first],
      async ({ from }) => (from === first.log_id ? [second] : []),
    );
    store.ensureRead();
    await vi.waitFor(() => expect(published()?.status).toBe('ready'));
    expect(published()).toMatchObject({
      readAt: NOW,
      usage: { events: 2, window: { oldest: NOW - 2 * HOUR } },
    });
    expect(published()?.usage.byGrant.get(`${APP}\n${API}`)).toEqual({ lastIssued: NOW - HOUR, count: 2 });
    store.ensureRead();
    expect(published()?.status).toBe('ready');
  });

  it('says cancelled, not ready, when stopped: a partial read must not call grants unused', async () => {
    let answer: (events: LogEvent[]) => void = () => undefined;
    const { store, published } = storeOver(() => new Promise((resolve) => (answer = resolve)));
    store.ensureRead();
    store.cancel();
    answer([seccft(NOW)]);
    await Promise.resolve();
    expect(published()?.status).toBe('cancelled');
    expect(published()?.usage.events).toBe(0);
  });

  it('keeps the error (a 403 is told apart by the view)', async () => {
    const forbidden = new ApiError({ status: 403, error: 'Forbidden', message: 'Insufficient scope' });
    const { store, published } = storeOver(() => Promise.reject(forbidden));
    store.ensureRead();
    await vi.waitFor(() => expect(published()?.status).toBe('error'));
    expect(published()?.error).toBe(forbidden);
  });

  it('Disconnect stops the logs read, and nothing is published into the cache the next session uses', async () => {
    let answer: (events: LogEvent[]) => void = () => undefined;
    const lifetime = new AbortController();
    const api = {
      domain: 'tenant.example.com',
      lifetime: lifetime.signal,
      logs: {
        search: vi.fn(() => new Promise<LogEvent[]>((resolve) => (answer = resolve))),
        checkpoint: vi.fn(async () => []),
      },
    } as unknown as ManagementApi;
    const queryClient = new QueryClient();
    const store = new UsageStore(api, queryClient, () => NOW);
    store.ensureRead();
    lifetime.abort();
    queryClient.clear();
    answer([seccft(NOW)]);
    store.ensureRead();
    store.refresh();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queryClient.getQueryData(logKeys.usageIndex('tenant.example.com'))).toBeUndefined();
    expect(api.logs.search).toHaveBeenCalledTimes(1);
  });

  it('says stopped, not ready, when the pages loop: no grant is called unused, and opening a view does not loop again', async () => {
    const first = seccft(NOW - 2 * HOUR);
    const again = seccft(NOW - HOUR);
    // A tenant that answers the same page whatever `from` says.
    const { store, published, pages } = storeOver(
      async () => [first],
      async () => [again],
    );
    store.ensureRead();
    await vi.waitFor(() => expect(published()?.status).toBe('stopped'));
    expect(published()?.stop).toEqual({ reason: 'repeated-cursor', read: 3 });
    expect(published()?.readAt).toBeUndefined();
    expect(pages).toHaveBeenCalledTimes(2);
    store.ensureRead();
    await Promise.resolve();
    expect(pages).toHaveBeenCalledTimes(2);
  });

  it('a grant this dashboard creates after the logs were read is not unused, even after Read the logs again', async () => {
    const { store, published, api } = storeOver(async () => []);
    store.ensureRead();
    await vi.waitFor(() => expect(published()?.status).toBe('ready'));
    const created = {
      id: 'cgr_new',
      client_id: APP,
      audience: API,
      scope: [],
      subject_type: 'client',
    } as ClientGrant;
    expect(isUnused(published()!.usage, created)).toBe(true);
    noteGrantCreated(api, created.id);
    expect(isUnused(published()!.usage, created)).toBe(false);
    store.refresh();
    await vi.waitFor(() => expect(published()?.status).toBe('ready'));
    expect(isUnused(published()!.usage, created)).toBe(false);
  });
});
