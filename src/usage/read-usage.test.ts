import { describe, expect, it, vi } from 'vitest';
import type { LogCheckpointQuery, LogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import type { CallOptions } from '../api/request';
import { readUsage, type UsageProgress } from './read-usage';
import { DAY, NOW, seccft } from './usage-fixtures';

/** A log of `count` events, one an hour up to NOW, with increasing log ids; checkpoint pages as §12 says. */
function fakeLog(count: number) {
  const events: LogEvent[] = Array.from({ length: count }, (_, i) => ({ ...seccft(NOW - (count - i) * 3_600_000), log_id: String(1000 + i) }));
  const search = vi.fn(async () => events.slice(0, 1));
  const checkpoint = vi.fn(async ({ from = '', take = 100 }: LogCheckpointQuery = {}, _opts?: CallOptions) => events.filter((e) => (e.log_id ?? '') > from).slice(0, take));
  return { events, api: { logs: { search, checkpoint } } as unknown as ManagementApi, search, checkpoint };
}

describe('readUsage', () => {
  it('starts at the oldest event, then follows checkpoint pages to a short page, all in the background', async () => {
    const { api, events, search, checkpoint } = fakeLog(250);
    const seen: LogEvent[] = [];
    const progress: UsageProgress[] = [];
    await readUsage(api, { onEvents: (page) => seen.push(...page), onProgress: (p) => progress.push(p) }, new AbortController().signal, () => NOW);
    expect(seen.map((e) => e.log_id)).toEqual(events.map((e) => e.log_id));
    expect(search).toHaveBeenCalledWith({ sort: 'date:1', per_page: 1 }, expect.objectContaining({ priority: 'background' }));
    expect(checkpoint.mock.calls.map(([query, opts]) => [query?.from, opts?.priority])).toEqual([
      ['1000', 'background'],
      ['1100', 'background'],
      ['1200', 'background'],
    ]);
    expect(progress.at(-1)).toEqual({ events: 250, fraction: 1 });
    expect(progress[0]?.fraction).toBeGreaterThan(0.3);
    expect(progress[0]?.fraction).toBeLessThan(0.5);
  });

  it('reads nothing more from an empty log', async () => {
    const { api, checkpoint } = fakeLog(0);
    const onProgress = vi.fn();
    await readUsage(api, { onEvents: vi.fn(), onProgress }, new AbortController().signal, () => NOW + DAY);
    expect(checkpoint).not.toHaveBeenCalled();
    expect(onProgress).toHaveBeenCalledWith({ events: 0, fraction: 1 });
  });

  it('stops at the next page once cancelled', async () => {
    const { api, checkpoint } = fakeLog(250);
    const controller = new AbortController();
    const read = readUsage(api, { onEvents: () => controller.abort(), onProgress: vi.fn() }, controller.signal);
    await expect(read).rejects.toThrow();
    expect(checkpoint).not.toHaveBeenCalled();
  });
});
