import type { LogEvent } from '../api/logs';
import { eventTime } from './log-window';
import { grantWrite, isRecord, type GrantWrite } from './sapi-event';

/** The settings a history entry compares (identity fields cannot change, §5). */
type GrantState = {
  scope?: string[];
  allow_all_scopes?: boolean;
  organization_usage?: string;
  allow_any_organization?: boolean;
};

export type Change =
  | { kind: 'scopes'; added: string[]; removed: string[] }
  /** What the scopes became, when what they were before is older than the events read. */
  | { kind: 'scopes-set'; scopes: string[] }
  | { kind: 'all-scopes'; to: boolean }
  | { kind: 'organization-usage'; from?: string; to?: string }
  | { kind: 'any-organization'; from?: boolean; to?: boolean };

export type HistoryEntry = {
  id: string;
  kind: GrantWrite['kind'];
  /** Epoch ms. */
  date: number;
  changes: Change[];
  /** Who made the change: a dashboard user's name, or the calling application's name as logged, else its id. */
  actor: string;
  ip?: string;
};

function stateOf(body: unknown): GrantState | undefined {
  if (!isRecord(body)) return undefined;
  const state: GrantState = {};
  if (Array.isArray(body.scope)) state.scope = body.scope.filter((s): s is string => typeof s === 'string');
  if (typeof body.allow_all_scopes === 'boolean') state.allow_all_scopes = body.allow_all_scopes;
  if (typeof body.organization_usage === 'string') state.organization_usage = body.organization_usage;
  if (typeof body.allow_any_organization === 'boolean') state.allow_any_organization = body.allow_any_organization;
  return state;
}

const sorted = (values: Iterable<string>) => [...values].sort();

function scopeChange(before: GrantState, after: GrantState): Change | undefined {
  if (!after.scope) return undefined;
  const had = new Set(before.scope ?? []);
  const has = new Set(after.scope);
  const added = sorted(after.scope.filter((s) => !had.has(s)));
  const removed = sorted([...had].filter((s) => !has.has(s)));
  return added.length || removed.length ? { kind: 'scopes', added, removed } : undefined;
}

type Key = keyof GrantState;

function changeOf(key: Key, before: GrantState | undefined, after: GrantState): Change {
  if (key === 'scope') return { kind: 'scopes-set', scopes: sorted(after.scope ?? []) };
  if (key === 'allow_all_scopes') return { kind: 'all-scopes', to: after.allow_all_scopes === true };
  // `from` stays undefined only when the state before is unknown; a known absent value is 'none' / false.
  if (key === 'organization_usage')
    return { kind: 'organization-usage', from: before && (before.organization_usage ?? 'none'), to: after.organization_usage };
  return { kind: 'any-organization', from: before && Boolean(before.allow_any_organization), to: after.allow_any_organization };
}

const settingKeys: Key[] = ['allow_all_scopes', 'organization_usage', 'allow_any_organization'];
// Absent booleans mean false; an absent organization_usage means the grant has none.
const same = (key: Key, a: GrantState, b: GrantState) => (key === 'organization_usage' ? a[key] === b[key] : Boolean(a[key]) === Boolean(b[key]));

/**
 * What one write changed. `before` is the state after the previous write we read, when there is one;
 * without it only what the request asked for can be said ("set to"), never a guessed diff.
 */
export function changesBetween(before: GrantState | undefined, after: GrantState, asked: GrantState): Change[] {
  if (!before) return (['scope', ...settingKeys] as Key[]).filter((key) => asked[key] !== undefined).map((key) => changeOf(key, before, after));
  const changes: Change[] = [];
  const scopes = scopeChange(before, after);
  if (scopes) changes.push(scopes);
  for (const key of settingKeys) if (!same(key, before, after)) changes.push(changeOf(key, before, after));
  return changes;
}

/** What a new grant was created with: its scopes, and only the settings that differ from the defaults. */
function creation(after: GrantState): Change[] {
  const changes: Change[] = after.allow_all_scopes && !after.scope?.length ? [] : [changeOf('scope', undefined, after)];
  for (const key of settingKeys) if (!same(key, {}, after)) changes.push(changeOf(key, undefined, after));
  return changes;
}

/** The grant as it stood after a write: the response holds the whole grant; else the request merged in. */
function stateAfter(write: GrantWrite, before: GrantState | undefined): GrantState {
  const response = stateOf(write.operation.responseBody);
  if (response && (response.scope || response.allow_all_scopes !== undefined)) return response;
  return { ...before, ...stateOf(write.operation.requestBody) };
}

/** Who made the change: a person in Auth0's dashboard, or the application whose token called the API. */
function actorOf(event: LogEvent, write: GrantWrite): string {
  if (write.operation.user) return `${write.operation.user} (Auth0 Dashboard user)`;
  return event.client_name || event.client_id || 'Unknown application';
}

function entryFor(event: LogEvent, write: GrantWrite, date: number, changes: Change[], index: number): HistoryEntry {
  return {
    id: event.log_id ?? `${event.date}#${index}`,
    kind: write.kind,
    date,
    changes,
    actor: actorOf(event, write),
    ip: event.ip ?? write.operation.ip,
  };
}

/**
 * One grant's history from `sapi` events (any order, any grant): created, changed (as a diff against
 * the previous write read), deleted. Newest first.
 */
export function grantHistory(events: readonly LogEvent[], grantId: string): HistoryEntry[] {
  const writes = events
    .map((event, index) => ({ event, index, write: grantWrite(event), date: eventTime(event.date) }))
    .filter((w): w is typeof w & { write: GrantWrite; date: number } => w.write?.grantId === grantId && w.date !== undefined)
    // Oldest first to follow the grant's state; the log id breaks ties within one millisecond.
    .sort((a, b) => a.date - b.date || (a.event.log_id ?? '').localeCompare(b.event.log_id ?? ''));
  const entries: HistoryEntry[] = [];
  let state: GrantState | undefined;
  for (const { event, write, date, index } of writes) {
    if (write.kind === 'deleted') {
      entries.push(entryFor(event, write, date, [], index));
      state = undefined;
      continue;
    }
    const after = stateAfter(write, state);
    const asked = stateOf(write.operation.requestBody) ?? {};
    const changes = write.kind === 'created' ? creation(after) : changesBetween(state, after, asked);
    entries.push(entryFor(event, write, date, changes, index));
    state = after;
  }
  return entries.reverse();
}
