import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { QueryReader } from '../validation.ts';

const PARAMS = ['page', 'per_page', 'include_totals', 'identifiers'] as const;

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, PARAMS, ['identifiers']);
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const perPage = query.int('per_page', 1, 100) ?? 50;
  const includeTotals = query.bool('include_totals') ?? false;
  // `identifiers` is repeatable (?identifiers=a&identifiers=b), as in Auth0's API.
  const identifiers = query.has('identifiers') ? new Set(query.all('identifiers')) : undefined;
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

export const resourceServerRoutes: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v2\/resource-servers$/,
    scopes: ['read:resource_servers'],
    handle: list,
  },
];
