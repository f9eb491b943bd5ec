import { MAX_LOG_PAGE } from '../api/logs';
import type { LogEvent, UndatedLogEvent } from '../api/logs';
import { CursorGuard, type PagingStop } from '../api/paging-guard';
import type { ManagementApi } from '../api/management-api';
import { eventTime } from './log-window';

export type UsageProgress = {
  events: number;
  /** How far through the window the read is, by date (checkpoint pages carry no total): 0 to 1. */
  fraction?: number;
};

export type ReadUsageSinks = {
  /** Events of a page; `undated` ones lack a date (they still say who got a token). */
  onEvents(events: LogEvent[], undated?: UndatedLogEvent[]): void;
  onProgress(progress: UsageProgress): void;
};

/**
 * How a read that was not aborted ended: complete (to an empty page, or to a page holding an event dated
 * after the read started), or stopped early by the loop guard.
 */
export type UsageReadEnd = { stop?: PagingStop };

function fractionDone(
  oldest: number | undefined,
  reached: string | undefined,
  now: number,
): number | undefined {
  const at = reached ? eventTime(reached) : undefined;
  if (oldest === undefined || at === undefined || now <= oldest) return undefined;
  return Math.min(1, Math.max(0, (at - oldest) / (now - oldest)));
}

/** The newest date on a page, in epoch ms (undefined when no event has a readable date). */
function newestTime(events: LogEvent[]): number | undefined {
  let newest: number | undefined;
  for (const event of events) {
    const at = eventTime(event.date);
    if (at !== undefined && (newest === undefined || at > newest)) newest = at;
  }
  return newest;
}

/**
 * Reads every event the tenant's logs hold, oldest first: one search for the oldest event, then
 * checkpoint pages (`from` = the last log_id read), which have no 1,000-result limit. Checkpoint mode
 * ignores `q`, so every type arrives and the sink keeps what it needs. Every request is a background
 * one; stops when `signal` aborts.
 *
 * The read is complete at an empty page, or at a page holding an event dated after the read started:
 * it has caught up with the present, and a tenant that logs faster than we may read would otherwise
 * never give an empty page and spend the rate limit for as long as the tab is open. A short page proves
 * nothing (Auth0 answers 0–100 events per page). An odd event (no date, no log_id) neither ends the read nor loses its place: the cursor is the
 * page's last log_id that exists. A cursor already followed, or a page with no log_id at all, stops the
 * read with `stop`: what was read is kept, and the read is not complete.
 */
export async function readUsage(
  api: ManagementApi,
  sinks: ReadUsageSinks,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<UsageReadEnd> {
  const background = { signal, priority: 'background' } as const;
  const startedAt = now();
  const [first] = await api.logs.search({ sort: 'date:1', per_page: 1 }, background);
  if (!first) {
    sinks.onProgress({ events: 0, fraction: 1 });
    return {};
  }
  if (!first.log_id)
    throw new Error('The tenant’s log events carry no log_id, so they cannot be read page by page.');
  const oldest = eventTime(first.date);
  sinks.onEvents([first]);
  let events = 1;
  let from = first.log_id;
  const guard = new CursorGuard({ start: from, read: events });
  for (;;) {
    signal.throwIfAborted();
    const page = await api.logs.checkpoint({ from, take: MAX_LOG_PAGE }, background);
    sinks.onEvents(page.events, page.undated);
    events += page.received;
    if (page.received === 0) break;
    const newest = newestTime(page.events);
    if (newest !== undefined && newest > startedAt) break;
    sinks.onProgress({ events, fraction: fractionDone(oldest, page.events.at(-1)?.date, now()) });
    const next = page.lastLogId;
    const stop = guard.page(page.received, next);
    if (stop) return { stop };
    if (!next) return { stop: guard.stop('no-cursor') };
    from = next;
  }
  sinks.onProgress({ events, fraction: 1 });
  return {};
}
