import { MAX_LOG_PAGE } from '../api/logs';
import type { LogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import { eventTime } from './log-window';

export type UsageProgress = {
  events: number;
  /** How far through the window the read is, by date (checkpoint pages carry no total): 0 to 1. */
  fraction?: number;
};

export type ReadUsageSinks = { onEvents(events: LogEvent[]): void; onProgress(progress: UsageProgress): void };

function fractionDone(oldest: number | undefined, reached: string | undefined, now: number): number | undefined {
  const at = reached ? eventTime(reached) : undefined;
  if (oldest === undefined || at === undefined || now <= oldest) return undefined;
  return Math.min(1, Math.max(0, (at - oldest) / (now - oldest)));
}

/**
 * Reads every event the tenant's logs hold, oldest first: one search for the oldest event, then
 * checkpoint pages (`from` = the last log_id read), which have no 1,000-result limit. Checkpoint mode
 * ignores `q`, so every type arrives and the sink keeps what it needs. Every request is a background
 * one; stops when `signal` aborts.
 */
export async function readUsage(api: ManagementApi, sinks: ReadUsageSinks, signal: AbortSignal, now: () => number = Date.now): Promise<void> {
  const background = { signal, priority: 'background' } as const;
  const [first] = await api.logs.search({ sort: 'date:1', per_page: 1 }, background);
  if (!first) return sinks.onProgress({ events: 0, fraction: 1 });
  if (!first.log_id) throw new Error('The tenant’s log events carry no log_id, so they cannot be read page by page.');
  const oldest = eventTime(first.date);
  sinks.onEvents([first]);
  let events = 1;
  let from: string | undefined = first.log_id;
  while (from) {
    signal.throwIfAborted();
    const page = await api.logs.checkpoint({ from, take: MAX_LOG_PAGE }, background);
    sinks.onEvents(page);
    events += page.length;
    const last = page.at(-1);
    sinks.onProgress({ events, fraction: fractionDone(oldest, last?.date, now()) });
    // A short page is the present; a page whose last event has no id cannot be continued from.
    from = page.length === MAX_LOG_PAGE ? last?.log_id : undefined;
  }
  sinks.onProgress({ events, fraction: 1 });
}
