import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import type { LogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import { logKeys } from './log-queries';
import { API, APP, HOUR, NOW, seccft } from './usage-fixtures';
import { UsageStore, type UsageSnapshot } from './usage-store';

function storeOver(search: () => Promise<LogEvent[]>, checkpoint: () => Promise<LogEvent[]> = async () => []) {
  const api = { domain: 'tenant.example.com', logs: { search: vi.fn(search), checkpoint: vi.fn(checkpoint) } } as unknown as ManagementApi;
  const queryClient = new QueryClient();
  const store = new UsageStore(api, queryClient, () => NOW);
  const published = () => queryClient.getQueryData<UsageSnapshot>(logKeys.usageIndex('tenant.example.com'));
  return { store, published };
}

describe('UsageStore', () => {
  it('reads once per connection and publishes a complete index under the tenant key', async () => {
    const first = seccft(NOW - 2 * HOUR);
    const { store, published } = storeOver(async () => [first], async () => [seccft(NOW - HOUR)]);
    store.ensureRead();
    await vi.waitFor(() => expect(published()?.status).toBe('ready'));
    expect(published()).toMatchObject({ readAt: NOW, usage: { events: 2, window: { oldest: NOW - 2 * HOUR } } });
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
      logs: { search: vi.fn(() => new Promise<LogEvent[]>((resolve) => (answer = resolve))), checkpoint: vi.fn(async () => []) },
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
});
