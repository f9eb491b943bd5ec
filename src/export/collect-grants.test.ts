import { describe, expect, it, vi } from 'vitest';
import type { ClientGrant, ListClientGrantsCheckpointQuery } from '../api/client-grants';
import type { CallOptions } from '../api/request';
import { PagingStopError } from '../api/paging-guard';
import { collectGrants } from './collect-grants';

const grant = (id: string): ClientGrant => ({ id, audience: 'https://a', client_id: 'c', subject_type: 'client' });

describe('collectGrants', () => {
  it('follows checkpoint pages to the end, with the filters, in the background, reporting progress', async () => {
    const pages: Record<string, { client_grants: ClientGrant[]; next?: string }> = {
      start: { client_grants: [grant('1'), grant('2')], next: 'p2' },
      p2: { client_grants: [grant('3')], next: 'p3' },
      p3: { client_grants: [grant('4')] },
    };
    const listCheckpoint = vi.fn((query: ListClientGrantsCheckpointQuery = {}, _opts?: CallOptions) => Promise.resolve(pages[query.from ?? 'start']!));
    const progress = vi.fn();
    const signal = new AbortController().signal;
    const grants = await collectGrants({ clientGrants: { listCheckpoint } }, { audience: 'https://a' }, signal, progress, 4);
    expect(grants.map((g) => g.id)).toEqual(['1', '2', '3', '4']);
    expect(listCheckpoint.mock.calls.map(([query, opts]) => [query, opts])).toEqual([
      [{ audience: 'https://a', take: 100, from: undefined }, { signal, priority: 'background' }],
      [{ audience: 'https://a', take: 100, from: 'p2' }, { signal, priority: 'background' }],
      [{ audience: 'https://a', take: 100, from: 'p3' }, { signal, priority: 'background' }],
    ]);
    expect(progress.mock.calls.map(([p]) => p)).toEqual([{ done: 2, total: 4 }, { done: 3, total: 4 }, { done: 4, total: 4 }]);
  });

  it('stops a next that repeats instead of exporting forever, and makes no partial file', async () => {
    let n = 0;
    // Every page says "next: p1": a loop that once ran for ever, spending the tenant's rate limit.
    const listCheckpoint = vi.fn(() => Promise.resolve({ client_grants: [grant(String(n++))], next: 'p1' }));
    const error = await collectGrants(
      { clientGrants: { listCheckpoint } },
      {},
      new AbortController().signal,
      vi.fn(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PagingStopError);
    expect((error as PagingStopError).stop).toEqual({ reason: 'repeated-cursor', read: 2 });
    expect(listCheckpoint).toHaveBeenCalledTimes(2);
  });

  it('stops when the pages hold more grants than the view counted', async () => {
    let n = 0;
    const listCheckpoint = vi.fn(() =>
      Promise.resolve({
        client_grants: Array.from({ length: 100 }, () => grant(String(n++))),
        next: `c${n}`,
      }),
    );
    const error = await collectGrants(
      { clientGrants: { listCheckpoint } },
      {},
      new AbortController().signal,
      vi.fn(),
      150,
    ).catch((e: unknown) => e);
    expect((error as PagingStopError).stop).toEqual({ reason: 'overrun', read: 300, total: 150 });
  });
});
