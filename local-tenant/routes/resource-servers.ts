import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { invalidQuery, resourceServerNotFound } from '../errors.ts';
import { QueryReader } from '../validation.ts';

const PARAMS = ['page', 'per_page', 'include_totals', 'identifiers', 'include_fields'] as const;
/** The description: "may be specified multiple times (max 10)". */
const MAX_IDENTIFIERS = 10;

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, PARAMS, ['identifiers']);
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const perPage = query.int('per_page', 1, 100) ?? 50;
  const includeTotals = query.bool('include_totals') ?? false;
  // Documented without a `fields` parameter to apply to: validated, and changes nothing.
  query.bool('include_fields');
  // `identifiers` is repeatable (?identifiers=a&identifiers=b), as in Auth0's API.
  const identifiers = query.has('identifiers') ? new Set(query.all('identifiers')) : undefined;
  if (identifiers && [...identifiers].some((identifier) => identifier === ''))
    throw invalidQuery(`'String is too short (0 chars), minimum 1' on property identifiers.`);
  if (query.all('identifiers').length > MAX_IDENTIFIERS)
    throw invalidQuery(
      `'Array is too long (${query.all('identifiers').length}), maximum ${MAX_IDENTIFIERS}' on property identifiers.`,
    );
  const { store } = ctx.tenant;
  const matching = identifiers
    ? [...identifiers].flatMap((identifier) => {
        const server = store.resourceServer(identifier);
        return server ? [server] : [];
      })
    : store.resourceServers;
  const start = page * perPage;
  const items = matching.slice(start, start + perPage);
  if (includeTotals)
    return { status: 200, body: { start, limit: perPage, total: matching.length, resource_servers: items } };
  return { status: 200, body: items };
}

/** GET /resource-servers/{id}: "ID or audience of the resource server to retrieve". */
function one(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, ['include_fields'] as const);
  query.bool('include_fields');
  const key = ctx.params[0] ?? '';
  const { store } = ctx.tenant;
  const server = store.resourceServers.find((candidate) => candidate.id === key) ?? store.resourceServer(key);
  if (!server) throw resourceServerNotFound();
  return { status: 200, body: server };
}

export const resourceServerRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/resource-servers$/,
    scopes: ['read:resource_servers'],
    handle: list,
  },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/resource-servers\/([^/]+)$/,
    scopes: ['read:resource_servers'],
    handle: one,
  },
];
