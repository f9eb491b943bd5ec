import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { ApiError, invalidQuery } from '../errors.ts';
import { compileLogQuery } from '../log-query.ts';
import type { LogEvent } from '../log-store.ts';
import { QueryReader } from '../validation.ts';

// GET /api/v2/logs in its two modes (search and checkpoint) and GET /api/v2/logs/{id}.

const SEARCH_PARAMS = ['q', 'search', 'page', 'per_page', 'sort', 'fields', 'include_fields', 'include_totals'] as const;
const DEFAULT_PAGE_SIZE = 50;
/** A search reaches at most this many results; beyond it, checkpoint paging is the way. */
export const SEARCH_LIMIT = 1000;

function project(event: LogEvent, fields: readonly string[] | undefined, include: boolean): Record<string, unknown> {
  if (!fields) return event;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) if (fields.includes(key) === include) out[key] = value;
  return out;
}

/**
 * Fields `sort` and `fields` may name: the description's pattern (13 names) and the docs' "Searchable fields",
 * to which the description's own text sends readers for both, and which add log_id, hostname, connection_id
 * and organization_id. The two disagree, so both are accepted.
 */
// prettier-ignore
const LOG_FIELDS = [
  'date', 'connection', 'client_id', 'client_name', 'ip', 'user_id', 'user_name', 'description', 'user_agent',
  'type', 'details', 'strategy', 'strategy_type', 'log_id', 'hostname', 'connection_id', 'organization_id',
] as const;
type Sort = { field: string; direction: 1 | -1 };

function readSort(query: QueryReader): Sort {
  const sort = query.string('sort');
  if (sort === undefined) return { field: 'date', direction: -1 };
  const match = /^([a-z_]+):(1|-1)$/.exec(sort);
  const field = LOG_FIELDS.find((known) => known === match?.[1]);
  if (!match || !field) {
    throw invalidQuery(`'String does not match pattern (field:1 or field:-1 with a sortable field)' on property sort.`);
  }
  return { field, direction: match[2] === '1' ? 1 : -1 };
}

const sortKey = (event: LogEvent, field: string): string => {
  const value = (event as Record<string, unknown>)[field];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** Matching events in the requested order, at most SEARCH_LIMIT of them (ties: log_id order). */
function sortedMatches(events: readonly LogEvent[], matches: (event: LogEvent) => boolean, sort: Sort): LogEvent[] {
  const found: LogEvent[] = [];
  if (sort.field === 'date') {
    // Events are kept in log_id order, which is date order: walk from the requested end.
    const step = sort.direction;
    for (let i = step === -1 ? events.length - 1 : 0; i >= 0 && i < events.length && found.length < SEARCH_LIMIT; i += step) {
      const event = events[i];
      if (event && matches(event)) found.push(event);
    }
    return found;
  }
  for (const event of events) if (matches(event)) found.push(event);
  found.sort((a, b) => {
    const x = sortKey(a, sort.field);
    const y = sortKey(b, sort.field);
    return x === y ? 0 : (x < y ? -1 : 1) * sort.direction;
  });
  return found.slice(0, SEARCH_LIMIT);
}

function search(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, SEARCH_PARAMS);
  // The official SDK (auth0@7) names the query `search`; Auth0's docs name it `q`.
  if (query.has('q') && query.has('search')) throw invalidQuery(`'Use q or search, not both' on property q.`);
  const matches = compileLogQuery(query.string('q') ?? query.string('search'));
  const perPage = query.int('per_page', 0, 100) ?? DEFAULT_PAGE_SIZE;
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const sort = readSort(query);
  const fieldsText = query.string('fields');
  // Not trimmed: the description's pattern joins names by bare commas, so 'date, type' is 400.
  const fields = fieldsText === undefined || fieldsText === '' ? undefined : fieldsText.split(',');
  const unknown = fields?.find((field) => !LOG_FIELDS.some((known) => known === field));
  if (unknown !== undefined)
    throw invalidQuery(`'String does not match pattern (a comma list of searchable fields): ${JSON.stringify(unknown)}' on property fields.`);
  const include = query.bool('include_fields') ?? true;
  const includeTotals = query.bool('include_totals') ?? false;
  const start = page * perPage;
  if (start >= SEARCH_LIMIT) {
    throw invalidQuery(
      `'A search reaches at most the first ${SEARCH_LIMIT} results (page × per_page < ${SEARCH_LIMIT}); narrow q or use checkpoint paging (from, take)' on property page.`,
    );
  }
  const found = sortedMatches(ctx.tenant.logs.prune(), matches, sort);
  const logs = found.slice(start, Math.min(start + perPage, SEARCH_LIMIT)).map((e) => project(e, fields, include));
  if (!includeTotals) return { status: 200, body: logs };
  // (choice) total counts the matches a search can reach, so never more than 1,000.
  return { status: 200, body: { start, limit: perPage, length: logs.length, total: found.length, logs } };
}

function checkpoint(ctx: RouteContext, from: string): HttpResponse {
  const takeText = ctx.req.query.get('take');
  let take = DEFAULT_PAGE_SIZE;
  if (takeText !== null) {
    if (!/^\d+$/.test(takeText)) throw invalidQuery(`'Expected type integer but found type string' on property take.`);
    take = Number(takeText);
    // The description gives `take` no bounds (its prose: max 100), so 0 is an empty page.
    if (take > 100) throw invalidQuery(`'Value ${take} is not between 0 and 100' on property take.`);
  }
  const events = ctx.tenant.logs.prune();
  // Events newer than `from`, in log_id order; an unknown or pruned `from` still works as a position.
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid]?.log_id ?? '') <= from) lo = mid + 1;
    else hi = mid;
  }
  const logs = events.slice(lo, lo + take);
  const last = logs.at(-1)?.log_id ?? from;
  const next = new URL(`https://${ctx.tenant.domain}/api/v2/logs`);
  next.searchParams.set('from', last);
  next.searchParams.set('take', String(take));
  return { status: 200, headers: { link: `<${next.href}>; rel="next"` }, body: logs };
}

function list(ctx: RouteContext): HttpResponse {
  // Checkpoint mode: `from` wins and every other parameter (q included) is ignored. (choice) `take`
  // without `from` (or an empty `from`) starts at the oldest event the window still holds.
  const from = ctx.req.query.get('from');
  if (from !== null || ctx.req.query.has('take')) return checkpoint(ctx, from ?? '');
  return search(ctx);
}

function one(ctx: RouteContext): HttpResponse {
  const event = ctx.tenant.logs.get(ctx.params[0] ?? '');
  if (!event) throw new ApiError(404, 'log not found', 'inexistent_log');
  return { status: 200, body: event };
}

// Auth0's published description lets read:logs_users read the tenant's logs too.
const READ = ['read:logs', 'read:logs_users'];

export const logRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/logs$/, scopes: READ, handle: list },
  { method: 'GET', pattern: /^\/api\/v2\/logs\/([^/]+)$/, scopes: READ, handle: one },
];
