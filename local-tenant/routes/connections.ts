import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { invalidQuery, organizationNotFound } from '../errors.ts';
import { checkOrganizationIdPath } from '../organization-paging.ts';
import { QueryReader } from '../validation.ts';

// The local tenant has no connections (no users log in to it). Tools that manage organizations read
// the tenant's connections and each organization's enabled connections (Auth0's Deploy CLI does, and
// treats anything but a 2xx there as "no organizations"), so these two reads answer what Auth0 answers
// for a tenant without connections: an empty list in the shape the request asked for. Every other
// connection endpoint stays a 404.

const CONNECTION_PARAMS = [
  'per_page',
  'page',
  'include_totals',
  'from',
  'take',
  'strategy',
  'name',
  'fields',
  'include_fields',
] as const;
const ORG_CONNECTION_PARAMS = ['page', 'per_page', 'include_totals', 'is_enabled'] as const;

function emptyPage(query: QueryReader, key: string, checkpoint: boolean): HttpResponse {
  const perPage = query.int('per_page', 1, 100) ?? 50;
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const includeTotals = query.bool('include_totals') ?? false;
  if (checkpoint && (query.has('take') || query.has('from'))) {
    query.int('take', 1, 100);
    return { status: 200, body: { [key]: [] } };
  }
  if (includeTotals)
    return { status: 200, body: { start: page * perPage, limit: perPage, total: 0, [key]: [] } };
  return { status: 200, body: [] };
}

function connections(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, CONNECTION_PARAMS, ['strategy']);
  query.bool('include_fields');
  const fields = query.string('fields');
  if (fields !== undefined && !/^[a-z_]+(,[a-z_]+)*$/.test(fields))
    throw invalidQuery(`'String does not match pattern' on property fields.`);
  return emptyPage(query, 'connections', true);
}

function organizationConnections(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, ORG_CONNECTION_PARAMS);
  query.bool('is_enabled');
  const id = ctx.params[0] ?? '';
  checkOrganizationIdPath(id);
  if (!ctx.tenant.store.organizations.get(id)) throw organizationNotFound();
  return emptyPage(query, 'connections', false);
}

export const connectionRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/connections$/, scopes: ['read:connections'], handle: connections },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/organizations\/([^/]+)\/connections$/,
    scopes: ['read:organization_connections'],
    handle: organizationConnections,
  },
];
