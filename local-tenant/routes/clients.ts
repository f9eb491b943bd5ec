import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { clientNotFound, invalidQuery } from '../errors.ts';
import type { AppType, Client } from '../types.ts';
import { QueryReader } from '../validation.ts';

const PARAMS = [
  'fields',
  'include_fields',
  'page',
  'per_page',
  'include_totals',
  'app_type',
  'is_first_party',
  'is_global',
] as const;
const APP_TYPES: readonly AppType[] = [
  'non_interactive',
  'spa',
  'regular_web',
  'native',
  'resource_server',
  'express_configuration',
];
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
  const fields =
    fieldsText === undefined
      ? undefined
      : fieldsText
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
  return { fields, include: query.bool('include_fields') ?? true };
}

/** GET /clients/{id}: one application, with the same `fields` projection and summary view as the list. */
function one(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, ['fields', 'include_fields'] as const);
  const { fields, include } = fieldsOf(query);
  const client = ctx.tenant.store.clients.get(decodeURIComponent(ctx.params[0] ?? ''));
  if (!client) throw clientNotFound();
  return { status: 200, body: project(publicView(client, !ctx.scopes.has('read:clients')), fields, include) };
}

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, PARAMS);
  const { fields, include } = fieldsOf(query);
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const perPage = query.int('per_page', 1, 100) ?? 50;
  const includeTotals = query.bool('include_totals') ?? false;
  const appTypesText = query.string('app_type');
  const appTypes = appTypesText?.split(',').map((t) => t.trim());
  for (const type of appTypes ?? []) {
    if (!APP_TYPES.some((known) => known === type))
      throw invalidQuery(`'No enum match for: ${JSON.stringify(type)}' on property app_type.`);
  }
  const firstParty = query.bool('is_first_party');
  // The Deploy CLI sends is_global=false on every export; this tenant has no global client.
  const globalOnly = query.bool('is_global') === true;
  const summary = !ctx.scopes.has('read:clients');

  const start = page * perPage;
  const items: Record<string, unknown>[] = [];
  let total = 0;
  for (const client of ctx.tenant.store.clients.values()) {
    if (appTypes && !appTypes.includes(client.app_type)) continue;
    if (firstParty !== undefined && client.is_first_party !== firstParty) continue;
    if (globalOnly) continue;
    if (total >= start && items.length < perPage)
      items.push(project(publicView(client, summary), fields, include));
    total++;
  }
  if (includeTotals) return { status: 200, body: { start, limit: perPage, total, clients: items } };
  return { status: 200, body: items };
}

export const clientRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/clients$/,
    scopes: ['read:clients', 'read:client_summary'],
    handle: list,
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/clients\/([^/]+)$/,
    scopes: ['read:clients', 'read:client_summary'],
    handle: one,
  },
];
