import type { ClientGrant } from '../api/client-grants';
import type { LogEvent, UndatedLogEvent } from '../api/logs';
import type { TenantIndex } from '../tenant-index';
import { SECCFT } from './grant-usage';
import { eventTime, type LogWindow } from './log-window';
import { grantWrite } from './sapi-event';

/** `lastIssued` is undefined when every token event for the grant lacked a readable date. */
export type UsageSummary = { lastIssued?: number; count: number };

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
  /**
   * Grants whose creation (a `sapi` POST /api/v2/client-grants answered 2xx) is in the logs read: they did
   * not exist for the whole window, so "no token in the window" does not make them unused.
   */
  createdInWindow: Set<string>;
  /** When those grants were created (epoch ms), where the event had a readable date. */
  createdAt: Map<string, number>;
};

export function createUsageIndex(): UsageIndex {
  return { version: 0, byGrant: new Map(), window: {}, events: 0, createdInWindow: new Set(), createdAt: new Map() };
}

const SAPI = 'sapi';

/** One key per (application, API): what a client-credentials token is issued for. */
export function usageKey(clientId: string, audience: string): string {
  return `${clientId}\n${audience}`;
}

function addUse(usage: UsageIndex, event: UndatedLogEvent, time: number | undefined): void {
  if (!event.client_id || !event.audience) return;
  const key = usageKey(event.client_id, event.audience);
  const summary = usage.byGrant.get(key);
  if (!summary) usage.byGrant.set(key, { lastIssued: time, count: 1 });
  else {
    summary.count++;
    if (time !== undefined && (summary.lastIssued === undefined || time > summary.lastIssued))
      summary.lastIssued = time;
  }
}

function noteCreation(usage: UsageIndex, event: LogEvent): void {
  const write = grantWrite(event);
  const status = write?.operation.statusCode;
  if (write?.kind !== 'created' || (status !== undefined && (status < 200 || status >= 300))) return;
  usage.createdInWindow.add(write.grantId);
  const time = eventTime(event.date);
  if (time !== undefined) usage.createdAt.set(write.grantId, time);
}

/**
 * Adds a page of events of any type: `seccft` ones count as uses, `sapi` grant creations are noted, every
 * dated one moves the window's start. `undated` events (no readable date) still count as uses and
 * creations: a token issued at an unknown time is still a use.
 */
export function addEvents(
  usage: UsageIndex,
  events: readonly LogEvent[],
  undated: readonly UndatedLogEvent[] = [],
): void {
  for (const event of events) {
    const time = eventTime(event.date);
    usage.events++;
    if (time !== undefined && (usage.window.oldest === undefined || time < usage.window.oldest))
      usage.window = { oldest: time };
    if (event.type === SECCFT) addUse(usage, event, time);
    else if (event.type === SAPI) noteCreation(usage, event);
  }
  for (const event of undated) {
    usage.events++;
    if (event.type === SECCFT) addUse(usage, event, undefined);
    else if (event.type === SAPI) noteCreation(usage, { ...event, date: '' });
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

/** No token in the logs read, and the grant existed for the whole window (its creation is not in it). */
export function isUnused(usage: UsageIndex, grant: ClientGrant): boolean {
  return (
    tracksClientCredentials(grant) &&
    usageOf(usage, grant) === undefined &&
    !usage.createdInWindow.has(grant.id)
  );
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
