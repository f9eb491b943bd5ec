import type { LogEvent, UndatedLogEvent } from '../api/logs';
import { relativeTime } from '../components/relative-time';
import { eventTime, windowPhrase, type LogWindow } from './log-window';
import { countByOrganization, type TokensByOrganization } from './organization-usage';

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
  /** The same tokens per organization they were issued for (floors too when `countIsFloor`). */
  byOrganization: TokensByOrganization;
};

export const SECCFT = 'seccft';

/** The search that finds one grant's tokens (client_id + audience; quoted, since audiences hold ':' and '/'). */
export function usageQuery(clientId: string, audience: string, quote: (value: string) => string): string {
  return `type:${SECCFT} AND client_id:${quote(clientId)} AND audience:${quote(audience)}`;
}

function isUse(event: UndatedLogEvent, clientId: string, audience: string): boolean {
  return event.type === SECCFT && event.client_id === clientId && event.audience === audience;
}

/**
 * Usage from `seccft` events of one grant (any order). Events for other apps or APIs are ignored, so a
 * query the tenant widened by mistake cannot make an unused grant look used. An event without a readable
 * date (in `events` or `undated`) still counts as a use, at an unknown time, as the tenant-wide read counts it.
 * `limit`: the page size asked for; a page that came back full makes the count a floor.
 */
export function usageFromEvents(
  events: readonly LogEvent[],
  clientId: string,
  audience: string,
  limit?: number,
  undated: readonly UndatedLogEvent[] = [],
): GrantUsage {
  const received = events.length + undated.length;
  const countIsFloor = limit !== undefined && received >= limit;
  // In the order given (the usage search gives newest first): the newest names an organization.
  const uses = [...events, ...undated].filter((event) => isUse(event, clientId, audience));
  const usage: GrantUsage = { count: uses.length, countIsFloor, byOrganization: countByOrganization(uses) };
  for (const event of events) {
    if (!isUse(event, clientId, audience)) continue;
    const time = eventTime(event.date);
    if (time !== undefined && (usage.lastIssued === undefined || time > usage.lastIssued)) {
      usage.lastIssued = time;
      usage.lastScopes = event.scope?.split(' ').filter(Boolean);
      usage.lastIp = event.ip;
    }
  }
  return usage;
}

/**
 * A grant created inside the logs read (the usage index's `createdInWindow`): `at` is when, if known.
 * "None in 30 days of logs" would read as unused for the whole window; it existed only since then.
 */
export type GrantCreation = { at?: number };

function sinceCreated(created: GrantCreation, now: number): string {
  return created.at === undefined ? 'since it was created' : `since it was created ${relativeTime(created.at, now)}`;
}

/** Tokens were issued, but none of their events has a readable date. */
function usedDateUnknown(usage: { lastIssued?: number; count?: number }): boolean {
  return usage.lastIssued === undefined && (usage.count ?? 0) > 0;
}

/**
 * "Last token issued 3 hours ago", "Token issued, date unknown" (its events have no date), or "No token
 * issued in the last 30 days of logs".
 */
export function usageHeadline(
  usage: { lastIssued?: number; count?: number },
  window: LogWindow,
  now: number,
  created?: GrantCreation,
): string {
  if (usedDateUnknown(usage)) return 'Token issued, date unknown';
  if (usage.lastIssued === undefined && created) return `No token issued ${sinceCreated(created, now)}`;
  if (usage.lastIssued === undefined) return `No token issued in ${windowPhrase(window, now)}`;
  return `Last token issued ${relativeTime(usage.lastIssued, now)}`;
}

/** "12 tokens issued in the last 30 days of logs", "100 or more tokens …". */
export function usageCount(usage: Pick<GrantUsage, 'count' | 'countIsFloor'>, window: LogWindow, now: number): string {
  const count = usage.countIsFloor ? `${usage.count} or more tokens` : `${usage.count} token${usage.count === 1 ? '' : 's'}`;
  return `${count} issued in ${windowPhrase(window, now)}`;
}

/**
 * The short form for a table cell: "3 hours ago", "Used, date unknown", "None since it was created 2 days
 * ago" (`created`: the grant is younger than the logs), or "None in 29 days of logs".
 */
export function lastUsedShort(
  usage: { lastIssued?: number; count?: number },
  window: LogWindow,
  now: number,
  created?: GrantCreation,
): string {
  if (usage.lastIssued !== undefined) return relativeTime(usage.lastIssued, now);
  if (usedDateUnknown(usage)) return 'Used, date unknown';
  if (created) return `None ${sinceCreated(created, now)}`;
  const phrase = windowPhrase(window, now);
  return phrase.startsWith('the last ') ? `None in ${phrase.slice('the last '.length)}` : `None in ${phrase}`;
}
