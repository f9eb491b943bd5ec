import { describe, expect, it, vi } from 'vitest';
import { logCheckpointPage, type LogCheckpointQuery, type LogEvent, type UndatedLogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import type { CallOptions } from '../api/request';
import { readUsage, type UsageProgress } from './read-usage';
import { DAY, NOW, seccft } from './usage-fixtures';

type Raw = Record<string, unknown>;
/** What the tenant answers to a checkpoint request, before the dashboard parses it (tests bend it). */
type Answer = (query: LogCheckpointQuery, raw: Raw[]) => Raw[];

/** §12's checkpoint mode: the events after `from`, in log_id order, at most `take` (by position: a test may drop an id). */
const honest: Answer = ({ from = '', take = 100 }, raw) => {
  let start = 0;
  raw.forEach((e, i) => {
    if (typeof e.log_id === 'string' && e.log_id <= from) start = i + 1;
  });
  return raw.slice(start, start + take);
};

/** A log of `count` events, one an hour up to NOW, with increasing log ids; checkpoint pages from `answer`. */
function fakeLog(count: number, answer: Answer = honest) {
  const events: LogEvent[] = Array.from({ length: count }, (_, i) => ({
    ...seccft(NOW - (count - i) * 3_600_000),
    log_id: String(1000 + i),
  }));
  const raw: Raw[] = events.map((e) => ({ ...e }));
  const search = vi.fn(async () => events.slice(0, 1));
  const checkpoint = vi.fn(async (query: LogCheckpointQuery = {}, _opts?: CallOptions) =>
    logCheckpointPage(answer(query, raw)),
  );
  return {
    events,
    raw,
    api: { logs: { search, checkpoint } } as unknown as ManagementApi,
    search,
    checkpoint,
  };
}

async function read(api: ManagementApi) {
  const seen: LogEvent[] = [];
  const undated: UndatedLogEvent[] = [];
  const progress: UsageProgress[] = [];
  const sinks = {
    onEvents: (page: LogEvent[], odd: UndatedLogEvent[] = []) => (seen.push(...page), undated.push(...odd)),
    onProgress: (p: UsageProgress) => progress.push(p),
  };
  const end = await readUsage(api, sinks, new AbortController().signal, () => NOW);
  return { end, seen, undated, progress };
}

describe('readUsage', () => {
  it('starts at the oldest event, then follows checkpoint pages to an empty page, all in the background', async () => {
    const { api, events, search, checkpoint } = fakeLog(250);
    const { end, seen, progress } = await read(api);
    expect(end).toEqual({});
    expect(seen.map((e) => e.log_id)).toEqual(events.map((e) => e.log_id));
    expect(search).toHaveBeenCalledWith(
      { sort: 'date:1', per_page: 1 },
      expect.objectContaining({ priority: 'background' }),
    );
    expect(checkpoint.mock.calls.map(([query, opts]) => [query?.from, opts?.priority])).toEqual([
      ['1000', 'background'],
      ['1100', 'background'],
      ['1200', 'background'],
      ['1249', 'background'],
    ]);
    expect(progress.at(-1)).toEqual({ events: 250, fraction: 1 });
    expect(progress[0]?.fraction).toBeGreaterThan(0.3);
    expect(progress[0]?.fraction).toBeLessThan(0.5);
  });

  it('goes on past a short page: Auth0 answers 0–100 events, only an empty page is the present', async () => {
    // The tenant holds one event back from the first page (99 of 100): the rest still comes.
    let first = true;
    const { api, events } = fakeLog(250, (query, raw) => {
      const page = honest(query, raw);
      if (!first) return page;
      first = false;
      return page.slice(0, 99);
    });
    const { end, seen } = await read(api);
    expect(end).toEqual({});
    expect(seen).toHaveLength(250);
    expect(seen.at(-1)?.log_id).toBe(events.at(-1)?.log_id);
  });

  it('an event without a date neither ends the read nor is lost: it still says who got a token', async () => {
    const { api, raw } = fakeLog(250);
    delete raw[150]!.date;
    const { end, seen, undated } = await read(api);
    expect(end).toEqual({});
    expect(seen).toHaveLength(249);
    expect(undated).toEqual([
      expect.objectContaining({ type: 'seccft', log_id: '1150', client_id: raw[150]!.client_id }),
    ]);
  });

  it('carries the last log_id that exists past a last event without one', async () => {
    const { api, raw, checkpoint } = fakeLog(250);
    delete raw[100]!.log_id; // the last event of the first checkpoint page
    const { end, seen } = await read(api);
    expect(end).toEqual({});
    expect(checkpoint.mock.calls[1]?.[0]?.from).toBe('1099');
    // The event without an id comes again after the carried cursor: one use counted twice, none lost.
    expect(seen).toHaveLength(251);
    expect(seen.at(-1)?.log_id).toBe('1249');
  });

  it('stops on a cursor it followed before instead of reading forever, keeping what it read', async () => {
    // A tenant that points back: past the second page it answers the first page again.
    const { api, checkpoint } = fakeLog(250, (query, raw) =>
      honest(query.from && query.from > '1100' ? { ...query, from: '1000' } : query, raw),
    );
    const { end, seen } = await read(api);
    expect(end.stop).toEqual({ reason: 'repeated-cursor', read: 301 });
    expect(checkpoint).toHaveBeenCalledTimes(3);
    expect(seen.length).toBeGreaterThanOrEqual(201);
  });

  it('stops when a page has no log_id at all to go on from', async () => {
    const { api } = fakeLog(250, (query, raw) =>
      honest(query, raw).map(({ log_id: _dropped, ...rest }) => rest),
    );
    const { end } = await read(api);
    expect(end.stop).toEqual({ reason: 'no-cursor', read: 101 });
  });

  it('ends as complete once a page reaches past the moment the read started, on a tenant that logs faster than it is read', async () => {
    // A busy tenant: every checkpoint page is full, and its events are dated the moment it answers,
    // so no empty page ever comes. The clock moves a second per request.
    let clock = NOW;
    let id = 5000;
    const search = vi.fn(async () => [{ ...seccft(NOW - DAY), log_id: String(id++) }]);
    const checkpoint = vi.fn(async () => {
      clock += 1_000;
      if (checkpoint.mock.calls.length > 20)
        throw new Error('still reading a tenant that never falls silent');
      const fresh = Array.from({ length: 100 }, () => ({ ...seccft(clock), log_id: String(id++) }));
      return logCheckpointPage(fresh);
    });
    const api = { logs: { search, checkpoint } } as unknown as ManagementApi;
    const progress: UsageProgress[] = [];
    const end = await readUsage(
      api,
      { onEvents: vi.fn(), onProgress: (p) => progress.push(p) },
      new AbortController().signal,
      () => clock,
    );
    expect(end).toEqual({});
    expect(checkpoint).toHaveBeenCalledTimes(1);
    expect(progress.at(-1)).toEqual({ events: 101, fraction: 1 });
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
    const reading = readUsage(
      api,
      { onEvents: () => controller.abort(), onProgress: vi.fn() },
      controller.signal,
    );
    await expect(reading).rejects.toThrow();
    expect(checkpoint).not.toHaveBeenCalled();
  });
});
