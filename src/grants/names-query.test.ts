import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clientSchema, type Client } from '../api/clients';
import type { PageWalk } from '../api/paging';
import type { CallOptions } from '../api/request';
import { loadStoredNames, saveStoredNames } from '../connection/stored-names';
import { readNames, restoredNames, type NamesList } from './names-query';

const domain = 'acme.auth0.com';
const key = ['auth0', domain, 'clients', 'all'];
const app = (i: number): Client => ({ client_id: `id${i}`, name: `App ${i}`, app_type: 'spa' });
const page = (n: number) => Array.from({ length: 100 }, (_, i) => app(n * 100 + i));
const idOf = (client: Client) => client.client_id;

/** A reader of `pages` pages that waits for `release(page)` before delivering each; may fail at one page. */
function steppedReader(pages: number, failAt?: number) {
  const gates = Array.from({ length: pages }, () => {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  });
  const calls: (CallOptions & PageWalk<Client>)[] = [];
  const readAll = vi.fn(async (opts: CallOptions & PageWalk<Client>) => {
    calls.push(opts);
    const all: Client[] = [];
    for (let n = opts.startPage ?? 0; n < pages; n++) {
      await gates[n]?.promise;
      if (n === failAt) throw new Error('network');
      all.push(...page(n));
      opts.onPage?.(page(n), n);
    }
    return all;
  });
  return { readAll, calls, release: (n: number) => gates[n]?.resolve() };
}

let client: QueryClient;
beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => vi.useRealTimers());

const data = () => client.getQueryData<NamesList<Client>>(key);
const settle = () => vi.waitFor(() => expect(client.isFetching()).toBe(0));

describe('readNames', () => {
  it('shows a first read page by page, in the background lane, then keeps the whole list for the tab', async () => {
    const reader = steppedReader(3);
    void client.fetchQuery({ queryKey: key, queryFn: readNames('clients', domain, idOf, reader.readAll) });
    reader.release(0);
    await vi.waitFor(() => expect(data()?.items).toHaveLength(100));
    expect(data()?.complete).toBe(false);
    vi.setSystemTime(Date.now() + 1000);
    reader.release(1);
    await vi.waitFor(() => expect(data()?.items).toHaveLength(200));
    expect(loadStoredNames('clients', domain, clientSchema)).toBeUndefined();
    reader.release(2);
    await settle();
    expect(data()).toEqual({ items: [...page(0), ...page(1), ...page(2)], complete: true, pagesRead: 3 });
    expect(reader.calls[0]?.priority).toBe('background');
    expect(loadStoredNames('clients', domain, clientSchema)?.items).toHaveLength(300);
  });

  it('resumes a read cut short at the page it stopped, keeping what it had', async () => {
    const failing = steppedReader(3, 1);
    failing.release(0);
    failing.release(1);
    await client
      .fetchQuery({ queryKey: key, queryFn: readNames('clients', domain, idOf, failing.readAll) })
      .catch(() => undefined);
    expect(data()).toEqual({ items: page(0), complete: false, pagesRead: 1 });
    const retry = steppedReader(3);
    [0, 1, 2].forEach(retry.release);
    await client.fetchQuery({ queryKey: key, queryFn: readNames('clients', domain, idOf, retry.readAll) });
    expect(retry.calls[0]?.startPage).toBe(1);
    expect(data()?.items.map(idOf)).toEqual([...page(0), ...page(1), ...page(2)].map(idOf));
  });

  it('a refresh keeps the whole old list on screen until the new one is whole', async () => {
    client.setQueryData(key, { items: [app(9999)], complete: true, pagesRead: 1 });
    const reader = steppedReader(2);
    void client.fetchQuery({ queryKey: key, queryFn: readNames('clients', domain, idOf, reader.readAll), staleTime: 0 });
    reader.release(0);
    await vi.waitFor(() => expect(reader.calls).toHaveLength(1));
    expect(data()?.items).toEqual([app(9999)]);
    reader.release(1);
    await settle();
    expect(data()?.items).toHaveLength(200);
    expect(reader.calls[0]?.startPage).toBe(0);
  });

  it('writes nothing back once the read is aborted (Disconnect)', async () => {
    const reader = steppedReader(1);
    const controller = new AbortController();
    const read = readNames('clients', domain, idOf, reader.readAll);
    reader.release(0);
    controller.abort();
    await read({ signal: controller.signal, client, queryKey: key, meta: undefined });
    expect(loadStoredNames('clients', domain, clientSchema)).toBeUndefined();
  });
});

describe('restoredNames', () => {
  it("gives this tab's kept names as complete initial data, dated when they were read", () => {
    saveStoredNames('clients', domain, { savedAt: 1234, items: [app(1)] });
    const restored = restoredNames('clients', domain, clientSchema);
    expect(restored.initialData()).toEqual({ items: [app(1)], complete: true, pagesRead: 0 });
    expect(restored.initialDataUpdatedAt()).toBe(1234);
    expect(restoredNames('clients', 'other.auth0.com', clientSchema).initialData()).toBeUndefined();
  });
});
