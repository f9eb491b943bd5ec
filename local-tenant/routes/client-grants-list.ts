import type { Route, RouteContext, HttpResponse } from '../context.ts';
import { invalidQuery } from '../errors.ts';
import { lowerBound, matchesFilter, type GrantFilter, type Store } from '../store.ts';
import type { Grant } from '../types.ts';
import { QueryReader } from '../validation.ts';

const PARAMS = [
  'per_page',
  'page',
  'include_totals',
  'from',
  'take',
  'audience',
  'client_id',
  'allow_any_organization',
  'subject_type',
  'default_for',
] as const;
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;

// Checkpoint cursors are opaque to clients: base64url of the id the next page starts at.
const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

function decodeCursor(from: string): string {
  // Auth0 documents `from` as "Id from which to start selection", so a raw grant id works too.
  if (/^cgr_[A-Za-z0-9]+$/.test(from)) return from;
  const decoded = Buffer.from(from, 'base64url').toString('utf8');
  if (/^[A-Za-z0-9_-]+$/.test(from) && encodeCursor(decoded) === from && /^[\x21-\x7e]{1,128}$/.test(decoded))
    return decoded;
  throw invalidQuery(`'Invalid checkpoint' on property from.`);
}

function readFilter(query: QueryReader): GrantFilter {
  const filter: GrantFilter = {};
  const audience = query.string('audience');
  const clientId = query.string('client_id');
  if (audience !== undefined) filter.audience = audience;
  if (clientId !== undefined) filter.client_id = clientId;
  // Auth0 only accepts `true` here: "false" is not a filter it knows.
  if (query.oneOf('allow_any_organization', ['true'] as const)) filter.allow_any_organization = true;
  const subjectType = query.oneOf('subject_type', ['client', 'user'] as const);
  if (subjectType) filter.subject_type = subjectType;
  const defaultFor = query.oneOf('default_for', ['third_party_clients'] as const);
  if (defaultFor) filter.default_for = defaultFor;
  if (filter.default_for !== undefined && filter.client_id !== undefined) {
    throw invalidQuery(`'default_for cannot be combined with client_id'.`);
  }
  return filter;
}

/** Matches at [start, start + size) plus the total count of matches. */
function offsetPage(
  store: Store,
  filter: GrantFilter,
  start: number,
  size: number,
): { items: Grant[]; total: number } {
  const { list, exact } = store.candidates(filter);
  if (exact) return { items: list.slice(start, start + size), total: list.length };
  const items: Grant[] = [];
  let total = 0;
  for (const grant of list) {
    if (!matchesFilter(grant, filter)) continue;
    if (total >= start && items.length < size) items.push(grant);
    total++;
  }
  return { items, total };
}

function checkpointPage(
  store: Store,
  filter: GrantFilter,
  fromId: string | undefined,
  take: number,
): HttpResponse {
  const { list } = store.candidates(filter);
  const items: Grant[] = [];
  let next: string | undefined;
  for (let i = fromId === undefined ? 0 : lowerBound(list, fromId); i < list.length; i++) {
    const grant = list[i];
    if (grant === undefined || !matchesFilter(grant, filter)) continue;
    if (items.length === take) {
      next = encodeCursor(grant.id);
      break;
    }
    items.push(grant);
  }
  // `next` is omitted on the last page; that is how clients know to stop.
  return {
    status: 200,
    body: next === undefined ? { client_grants: items } : { client_grants: items, next },
  };
}

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, PARAMS);
  const perPage = query.int('per_page', 1, 100);
  const page = query.int('page', 0, MAX_PAGE);
  const includeTotals = query.bool('include_totals');
  const take = query.int('take', 1, 100);
  const from = query.string('from');
  const filter = readFilter(query);
  const store = ctx.tenant.store;

  // Checkpoint paging wins over offset paging whenever `take` or `from` is present.
  if (take !== undefined || from !== undefined) {
    const fromId = from === undefined || from === '' ? undefined : decodeCursor(from);
    return checkpointPage(store, filter, fromId, take ?? DEFAULT_PAGE_SIZE);
  }
  const size = perPage ?? DEFAULT_PAGE_SIZE;
  const start = (page ?? 0) * size;
  const { items, total } = offsetPage(store, filter, start, size);
  if (includeTotals) return { status: 200, body: { total, start, limit: size, client_grants: items } };
  return { status: 200, body: items };
}

export const clientGrantListRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/client-grants$/, scopes: ['read:client_grants'], handle: list },
];
