import type { LogEvent } from '../api/logs';
import { relativeTime } from '../components/relative-time';
import { eventTime, windowPhrase, type LogWindow } from './log-window';

/** What the logs say about one grant's client-credentials tokens. */
export type GrantUsage = {
  /** Epoch ms of the newest `seccft` for this application and API. */
  lastIssued?: number;
  /** Granted scopes of that token, as the log recorded them. */
  lastScopes?: string[];
  lastIp?: string;
  count: number;
  /** The count is a floor: the events read were cut at a page or search limit. */
  countIsFloor: boolean;
};

export const SECCFT = 'seccft';

/** The search that finds one grant's tokens (client_id + audience; quoted, since audiences hold ':' and '/'). */
export function usageQuery(clientId: string, audience: string, quote: (value: string) => string): string {
  return `type:${SECCFT} AND client_id:${quote(clientId)} AND audience:${quote(audience)}`;
}

/**
 * Usage from `seccft` events of one grant (any order). Events for other apps or APIs are ignored, so a
 * query the tenant widened by mistake cannot make an unused grant look used.
 */
export function usageFromEvents(events: readonly LogEvent[], clientId: string, audience: string, limit?: number): GrantUsage {
  const usage: GrantUsage = { count: 0, countIsFloor: limit !== undefined && events.length >= limit };
  for (const event of events) {
    if (event.type !== SECCFT || event.client_id !== clientId || event.audience !== audience) continue;
    const time = eventTime(event.date);
    if (time === undefined) continue;
    usage.count++;
    if (usage.lastIssued === undefined || time > usage.lastIssued) {
      usage.lastIssued = time;
      usage.lastScopes = event.scope?.split(' ').filter(Boolean);
      usage.lastIp = event.ip;
    }
  }
  return usage;
}

/** "Last token issued 3 hours ago", or "No token issued in the last 30 days of logs". */
export function usageHeadline(usage: Pick<GrantUsage, 'lastIssued'>, window: LogWindow, now: number): string {
  if (usage.lastIssued === undefined) return `No token issued in ${windowPhrase(window, now)}`;
  return `Last token issued ${relativeTime(usage.lastIssued, now)}`;
}

/** "12 tokens issued in the last 30 days of logs", "100 or more tokens …". */
export function usageCount(usage: Pick<GrantUsage, 'count' | 'countIsFloor'>, window: LogWindow, now: number): string {
  const count = usage.countIsFloor ? `${usage.count} or more tokens` : `${usage.count} token${usage.count === 1 ? '' : 's'}`;
  return `${count} issued in ${windowPhrase(window, now)}`;
}

/** The short form for a table cell: "3 hours ago", or "None in 29 days of logs". */
export function lastUsedShort(usage: Pick<GrantUsage, 'lastIssued'>, window: LogWindow, now: number): string {
  if (usage.lastIssued !== undefined) return relativeTime(usage.lastIssued, now);
  const phrase = windowPhrase(window, now);
  return phrase.startsWith('the last ') ? `None in ${phrase.slice('the last '.length)}` : `None in ${phrase}`;
}
