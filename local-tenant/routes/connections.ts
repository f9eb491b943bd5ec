import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { invalidQuery, organizationNotFound } from '../errors.ts';
import { checkOrganizationIdPath } from '../organization-paging.ts';
import { QueryReader } from '../validation.ts';

// Nobody logs in to the local tenant, but tools that manage organizations read the tenant's connections
// and each organization's connections (Auth0's Deploy CLI does, treats anything but a 2xx there as "no
// organizations", and makes a listed organization's connections exactly those in its file). The demo
// seed holds two connections enabled on some organizations (seed-connections.ts); these two reads list
// them, paged, in the shape the request asked for. Every other connection endpoint stays a 404: the
// connections are read-only here.

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

/**
 * One page of `items`. Checkpoint (`take`/`from`, /connections only): the first `take` items and no `next`
 * when they are all (a handful of seeded connections fit one page; `from` is accepted and ignored).
 */
function pageOf(query: QueryReader, key: string, items: readonly unknown[], checkpoint: boolean): HttpResponse {
  const perPage = query.int('per_page', 1, 100) ?? 50;
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const includeTotals = query.bool('include_totals') ?? false;
  if (checkpoint && (query.has('take') || query.has('from'))) {
    const take = query.int('take', 1, 100) ?? 50;
    query.string('from');
    return { status: 200, body: { [key]: items.slice(0, take) } };
  }
  const slice = items.slice(page * perPage, (page + 1) * perPage);
  if (includeTotals) return { status: 200, body: { start: page * perPage, limit: perPage, total: items.length, [key]: slice } };
  return { status: 200, body: slice };
}

function connections(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, CONNECTION_PARAMS, ['strategy']);
  query.bool('include_fields');
  const fields = query.string('fields');
  if (fields !== undefined && !/^[a-z_]+(,[a-z_]+)*$/.test(fields))
    throw invalidQuery(`'String does not match pattern' on property fields.`);
  const strategies = query.all('strategy');
  const name = query.string('name');
  const items = ctx.tenant.store.connections.filter(
    (c) => (strategies.length === 0 || strategies.includes(c.strategy)) && (name === undefined || c.name === name),
  );
  return pageOf(query, 'connections', items, true);
}

function organizationConnections(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, ORG_CONNECTION_PARAMS);
  const enabled = query.bool('is_enabled');
  const id = ctx.params[0] ?? '';
  checkOrganizationIdPath(id);
  if (!ctx.tenant.store.organizations.get(id)) throw organizationNotFound();
  const items = ctx.tenant.store
    .connectionsOf(id)
    .filter(({ link }) => enabled === undefined || link.is_enabled === enabled)
    .map(({ link: { organization_id: _org, ...flags }, connection }) => ({
      ...flags,
      connection: { name: connection.name, strategy: connection.strategy },
    }));
  return pageOf(query, 'connections', items, false);
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
