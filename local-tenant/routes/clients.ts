import type { HttpResponse, Route, RouteContext } from '../context.ts';
import {
  APP_TYPE_FILTER_VALUES,
  CLIENT_FIELD_NAMES,
  clientCursorStart,
  clientIdsMatching,
  commaList,
  encodeClientCursor,
  parseClientQuery,
} from '../client-query.ts';
import { clientNotFound, invalidQuery } from '../errors.ts';
import type { Client } from '../types.ts';
import { QueryReader } from '../validation.ts';

const PARAMS = [
  'fields',
  'include_fields',
  'page',
  'per_page',
  'include_totals',
  'from',
  'take',
  'is_global',
  'is_first_party',
  'app_type',
  'external_client_id',
  'q',
] as const;
/** Filters `q` may not be combined with ("Cannot be used in combination with other filters"). */
const FILTERS = ['is_global', 'is_first_party', 'app_type', 'external_client_id'] as const;
/** Offset paging parameters, which `q` does not allow ("Requires use of the from and take paging parameters"). */
const OFFSET_PARAMS = ['page', 'per_page', 'include_totals'] as const;
const DEFAULT_PAGE_SIZE = 50;
// With only read:client_summary Auth0 returns this reduced view of each client.
const SUMMARY_FIELDS = ['client_id', 'name', 'app_type', 'description'];

function publicView(client: Client, summary: boolean): Record<string, unknown> {
  // client_secret is never sent: the dashboard must not even be able to see it.
  const { client_secret: _secret, ...rest } = client;
  if (!summary) return rest;
  const view: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (field in rest) view[field] = rest[field as keyof typeof rest];
  return view;
}

function project(
  view: Record<string, unknown>,
  fields: readonly string[] | undefined,
  include: boolean,
): Record<string, unknown> {
  if (!fields) return view;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(view)) if (fields.includes(key) === include) out[key] = value;
  return out;
}

function fieldsOf(query: QueryReader): { fields: string[] | undefined; include: boolean } {
  const fieldsText = query.string('fields');
  const fields = fieldsText === undefined ? undefined : commaList(fieldsText, CLIENT_FIELD_NAMES, 'fields');
  return { fields, include: query.bool('include_fields') ?? true };
}

/** GET /clients/{id}: one application, with the same `fields` projection and summary view as the list. */
function one(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, ['fields', 'include_fields'] as const);
  const { fields, include } = fieldsOf(query);
  const client = ctx.tenant.store.clients.get(ctx.params[0] ?? '');
  if (!client) throw clientNotFound();
  return { status: 200, body: project(publicView(client, !ctx.scopes.has('read:clients')), fields, include) };
}

type ClientFilter = (client: Client) => boolean;

function readFilter(query: QueryReader, ctx: RouteContext): ClientFilter {
  const appTypesText = query.string('app_type');
  const appTypes =
    appTypesText === undefined ? undefined : commaList(appTypesText, APP_TYPE_FILTER_VALUES, 'app_type');
  const firstParty = query.bool('is_first_party');
  // No client of the local tenant is the legacy global client ("All Applications").
  const global = query.bool('is_global');
  const externalId = query.string('external_client_id');
  if (externalId !== undefined && (externalId.length < 1 || externalId.length > 120)) {
    throw invalidQuery(`'String length must be between 1 and 120' on property external_client_id.`);
  }
  const qText = query.string('q');
  if (qText === undefined) {
    return (client) =>
      (appTypes === undefined || appTypes.includes(client.app_type)) &&
      (firstParty === undefined || client.is_first_party === firstParty) &&
      (global === undefined || global === false) &&
      (externalId === undefined || client.external_client_id === externalId);
  }
  const withFilter = FILTERS.find((name) => query.has(name));
  if (withFilter)
    throw invalidQuery(`'q cannot be used in combination with other filters (${withFilter})' on property q.`);
  if (OFFSET_PARAMS.some((name) => query.has(name)) || (!query.has('from') && !query.has('take'))) {
    throw invalidQuery(
      `'q requires checkpoint paging (from and take), not page, per_page or include_totals' on property q.`,
    );
  }
  const ids = clientIdsMatching(parseClientQuery(qText), ctx.tenant.store, ctx.tenant.organizationGrantIds);
  return (client) => ids.has(client.client_id);
}

function checkpointPage(
  ctx: RouteContext,
  matches: ClientFilter,
  view: (c: Client) => unknown,
  from: string,
  take: number,
): HttpResponse {
  const clients = [...ctx.tenant.store.clients.values()];
  const items: unknown[] = [];
  let next: string | undefined;
  for (let i = clientCursorStart(clients, from); i < clients.length; i++) {
    const client = clients[i];
    if (client === undefined || !matches(client)) continue;
    if (items.length === take) {
      next = encodeClientCursor(client.client_id);
      break;
    }
    items.push(view(client));
  }
  // `next` is omitted on the last page, as on GET /client-grants.
  return { status: 200, body: next === undefined ? { clients: items } : { clients: items, next } };
}

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, PARAMS);
  const { fields, include } = fieldsOf(query);
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const perPage = query.int('per_page', 0, 100) ?? DEFAULT_PAGE_SIZE;
  const includeTotals = query.bool('include_totals') ?? false;
  const take = query.int('take', 1, 100);
  const from = query.string('from');
  const matches = readFilter(query, ctx);
  const summary = !ctx.scopes.has('read:clients');
  const view = (client: Client): Record<string, unknown> =>
    project(publicView(client, summary), fields, include);

  // Checkpoint paging wins over offset paging whenever `take` or `from` is present (as on /client-grants).
  if (take !== undefined || from !== undefined)
    return checkpointPage(ctx, matches, view, from ?? '', take ?? DEFAULT_PAGE_SIZE);
  const start = page * perPage;
  const items: Record<string, unknown>[] = [];
  let total = 0;
  for (const client of ctx.tenant.store.clients.values()) {
    if (!matches(client)) continue;
    if (total >= start && items.length < perPage) items.push(view(client));
    total++;
  }
  if (includeTotals) return { status: 200, body: { start, limit: perPage, total, clients: items } };
  return { status: 200, body: items };
}

// Auth0's published description lists these four for both reads, in this order (the 403 text repeats it).
const READ = ['read:clients', 'read:client_keys', 'read:client_credentials', 'read:client_summary'];

export const clientRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/clients$/,
    scopes: READ,
    handle: list,
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/clients\/([^/]+)$/,
    scopes: READ,
    handle: one,
  },
];
