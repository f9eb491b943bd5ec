import { z } from '../schema';
import type { CallOptions, RequestContext } from './request';

/**
 * One tenant log event (§12). Parsed leniently: logs hold every kind of event Auth0 ever wrote, with
 * fields that vary by type and age, so a field of an unexpected type is dropped instead of failing the
 * page. Only `date` and `type` are required; an event without them is skipped.
 */
export type LogEvent = {
  log_id?: string;
  /** ISO 8601. */
  date: string;
  type: string;
  description?: string;
  client_id?: string;
  client_name?: string;
  /** seccft: the API the token was issued for. */
  audience?: string;
  /** seccft: granted scopes, space-separated. */
  scope?: string;
  ip?: string;
  user_agent?: string;
  /** seccft for a token issued for an organization (client credentials with `organization`): its id and name. */
  organization_id?: string;
  organization_name?: string;
  /** sapi: `{ request, response }`; read by whoever needs it, shape not guaranteed. */
  details?: unknown;
};

/** Search mode (§12): at most 1,000 results reachable through page × per_page. */
export type LogSearchQuery = {
  q?: string;
  page?: number;
  per_page?: number;
  sort?: 'date:-1' | 'date:1';
  /** Only these fields (Auth0's `fields` + `include_fields=true`); include `date` and `type`, which every parsed event needs. */
  fields?: string[];
};

/** Checkpoint mode: events newer than `from` (a log_id), in log_id order; no 1,000 limit. */
export type LogCheckpointQuery = { from?: string; take?: number };

export const MAX_LOG_PAGE = 100;
/** Auth0 refuses a search that reaches past its 1,000th result. */
export const LOG_SEARCH_LIMIT = 1000;

const STRING_FIELDS = [
  'log_id',
  'description',
  'client_id',
  'client_name',
  'audience',
  'scope',
  'ip',
  'user_agent',
  'organization_id',
  'organization_name',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An event's fields but its date (which it may lack): a checkpoint read still learns who got a token. */
export type UndatedLogEvent = Omit<LogEvent, 'date'>;

function fill<E extends UndatedLogEvent>(event: E, raw: Record<string, unknown>): E {
  for (const field of STRING_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') event[field] = value;
  }
  // Older Auth0 events carry `_id` where newer ones have `log_id`.
  if (!event.log_id && typeof raw._id === 'string') event.log_id = raw._id;
  if (raw.details !== undefined) event.details = raw.details;
  return event;
}

export function parseLogEvent(raw: unknown): LogEvent | undefined {
  if (!isRecord(raw) || typeof raw.date !== 'string' || typeof raw.type !== 'string') return undefined;
  return fill({ date: raw.date, type: raw.type }, raw);
}

function parseUndated(raw: unknown): UndatedLogEvent | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  return fill({ type: raw.type }, raw);
}

// Without include_totals Auth0 answers a bare array; with it, `{ logs: [...] }`. Both are accepted.
const logPageSchema = z.union([z.array(z.unknown()), z.looseObject({ logs: z.array(z.unknown()) })]);

/**
 * A search page with the events that lack a date kept apart (`undated`), as a checkpoint page has them: a
 * grant's usage still counts a token whose time is unknown. `received` counts every item.
 */
export async function searchLogsPage(core: RequestContext, query: LogSearchQuery, opts: CallOptions = {}): Promise<LogCheckpointPage> {
  const body = await core.request({
    path: 'logs',
    query: {
      q: query.q,
      page: query.page,
      per_page: query.per_page,
      sort: query.sort,
      fields: query.fields?.join(','),
      include_fields: query.fields ? true : undefined,
    },
    schema: logPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
  return logCheckpointPage(Array.isArray(body) ? body : body.logs);
}

/** A search's events that have a date and a type (`searchLogsPage` keeps the undated ones too). */
export async function searchLogs(core: RequestContext, query: LogSearchQuery, opts: CallOptions = {}): Promise<LogEvent[]> {
  return (await searchLogsPage(core, query, opts)).events;
}

/**
 * One checkpoint page, odd events included: Auth0 answers 0–100 events, and an event that lacks a field must
 * neither end the read nor lose its place. `received` counts every item (an empty page is the present);
 * `lastLogId` is the newest log_id in the page, carried past a last event that has none.
 */
export type LogCheckpointPage = {
  /** Events with a date and a type, as `parseLogEvent` reads them. */
  events: LogEvent[];
  /** Events with a type but no date: they say who got a token, not when. */
  undated: UndatedLogEvent[];
  received: number;
  lastLogId?: string;
};

/** A checkpoint page from the items of an answer (exported for the tests of its readers). */
export function logCheckpointPage(items: readonly unknown[]): LogCheckpointPage {
  const page: LogCheckpointPage = { events: [], undated: [], received: items.length };
  for (const raw of items) {
    const event = parseLogEvent(raw);
    if (event) page.events.push(event);
    else {
      const undated = parseUndated(raw);
      if (undated) page.undated.push(undated);
    }
    const id = isRecord(raw) ? logIdOf(raw) : undefined;
    if (id) page.lastLogId = id;
  }
  return page;
}

function logIdOf(raw: Record<string, unknown>): string | undefined {
  if (typeof raw.log_id === 'string' && raw.log_id) return raw.log_id;
  return typeof raw._id === 'string' && raw._id ? raw._id : undefined;
}

/** `take` is always sent: it is what selects checkpoint mode when there is no `from` yet. */
export async function listLogsCheckpoint(core: RequestContext, query: LogCheckpointQuery = {}, opts: CallOptions = {}): Promise<LogCheckpointPage> {
  const body = await core.request({
    path: 'logs',
    query: { from: query.from, take: query.take ?? MAX_LOG_PAGE },
    schema: logPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
  return logCheckpointPage(Array.isArray(body) ? body : body.logs);
}

/** A value for a `field:"…"` term of the query syntax: quotes and backslashes escaped. */
export function quoteLogValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
