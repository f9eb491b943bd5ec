import { describe, expect, it, vi } from 'vitest';
import { PagingStopError } from '../api/paging-guard';
import type { Organization } from '../api/organizations';
import { readAll } from './organization-queries';

const org = (n: number): Organization => ({ id: `org_${n}`, name: `org-${n}` });

describe('readAll (organizations by checkpoint)', () => {
  it('stops with PagingStopError when next repeats, after two requests', async () => {
    const read = vi.fn(async () => ({ organizations: [org(1)], next: 'same' }));
    await expect(readAll(read, new AbortController().signal)).rejects.toBeInstanceOf(PagingStopError);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('stops on an empty page that still has a cursor', async () => {
    let n = 0;
    const read = vi.fn(async () => ({ organizations: [], next: `c${(n += 1)}` }));
    await expect(readAll(read, new AbortController().signal)).rejects.toThrow(/empty page/);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads every page to the end when the cursors move on', async () => {
    const pages = [
      { organizations: [org(1)], next: 'a' },
      { organizations: [org(2)], next: 'b' },
      { organizations: [org(3)] },
    ];
    const read = vi.fn(async () => pages.shift() ?? { organizations: [] });
    const all = await readAll(read, new AbortController().signal);
    expect(all.map((o) => o.id)).toEqual(['org_1', 'org_2', 'org_3']);
  });
});
