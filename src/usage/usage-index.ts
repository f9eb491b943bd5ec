import type { ClientGrant } from '../api/client-grants';
import type { LogEvent } from '../api/logs';
import type { TenantIndex } from '../tenant-index';
import { SECCFT } from './grant-usage';
import { eventTime, type LogWindow } from './log-window';

export type UsageSummary = { lastIssued: number; count: number };

/**
 * Every client-credentials token in the logs, per application and API. Mutable like the tenant index
 * (a month of logs is thousands of pages); `version` moves on every change.
 */
export type UsageIndex = {
  version: number;
  byGrant: Map<string, UsageSummary>;
  window: LogWindow;
  /** Events read so far, of every type. */
  events: number;
};

export function createUsageIndex(): UsageIndex {
  return { version: 0, byGrant: new Map(), window: {}, events: 0 };
}

/** One key per (application, API): what a client-credentials token is issued for. */
export function usageKey(clientId: string, audience: string): string {
  return `${clientId}\n${audience}`;
}

/** Adds a page of events of any type: only `seccft` ones count, every one moves the window's start. */
export function addEvents(usage: UsageIndex, events: readonly LogEvent[]): void {
  for (const event of events) {
    const time = eventTime(event.date);
    if (time === undefined) continue;
    usage.events++;
    if (usage.window.oldest === undefined || time < usage.window.oldest) usage.window = { oldest: time };
    if (event.type !== SECCFT || !event.client_id || !event.audience) continue;
    const key = usageKey(event.client_id, event.audience);
    const summary = usage.byGrant.get(key);
    if (!summary) usage.byGrant.set(key, { lastIssued: time, count: 1 });
    else {
      summary.count++;
      summary.lastIssued = Math.max(summary.lastIssued, time);
    }
  }
  usage.version++;
}

/**
 * Grants a client-credentials token can be issued for: an application's (not `default_for`), for
 * machine-to-machine use (user-subject grants are used with user tokens, which `seccft` does not log),
 * and not managed by Auth0 itself.
 */
export function tracksClientCredentials(grant: ClientGrant): grant is ClientGrant & { client_id: string } {
  return grant.client_id !== undefined && grant.subject_type === 'client' && !grant.is_system;
}

export function usageOf(usage: UsageIndex, grant: ClientGrant): UsageSummary | undefined {
  return grant.client_id ? usage.byGrant.get(usageKey(grant.client_id, grant.audience)) : undefined;
}

export function isUnused(usage: UsageIndex, grant: ClientGrant): boolean {
  return tracksClientCredentials(grant) && usageOf(usage, grant) === undefined;
}

/**
 * Every grant no token was issued for in the logs read: what the bulk change can target. Meaningful only
 * after a complete read. Includes grants of deleted apps or APIs and of public apps, which the Findings
 * view reports under their own rules instead.
 */
export function unusedGrantIds(index: TenantIndex, usage: UsageIndex): string[] {
  const ids: string[] = [];
  for (const grant of index.grants.values()) if (isUnused(usage, grant)) ids.push(grant.id);
  return ids;
}
