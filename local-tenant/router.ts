import { authenticate, type Caller } from './auth.ts';
import type { HttpRequest, HttpResponse, Route, Tenant } from './context.ts';
import { insufficientScope, invalidUri, routeNotFound } from './errors.ts';
import { clientGrantListRoutes } from './routes/client-grants-list.ts';
import { clientGrantRoutes } from './routes/client-grants.ts';
import { clientRoutes } from './routes/clients.ts';
import { connectionRoutes } from './routes/connections.ts';
import { logRoutes } from './routes/logs.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { organizationClientGrantRoutes } from './routes/organization-client-grants.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { resourceServerRoutes } from './routes/resource-servers.ts';

const ROUTES: readonly Route[] = [
  ...oauthRoutes,
  ...clientGrantListRoutes,
  ...clientGrantRoutes,
  ...clientRoutes,
  ...resourceServerRoutes,
  ...logRoutes,
  ...organizationRoutes,
  ...organizationClientGrantRoutes,
  ...connectionRoutes,
];

function decodeParams(match: RegExpExecArray): string[] {
  try {
    return match.slice(1).map((part) => decodeURIComponent(part ?? ''));
  } catch {
    throw invalidUri(`'Invalid percent-encoding in path'.`);
  }
}

/** Route → authentication (401) → scope (403) → handler (400 → 404 → 409), Auth0's check order. */
export function dispatch(tenant: Tenant, req: HttpRequest): HttpResponse {
  let params: string[] | undefined;
  let route: Route | undefined;
  for (const candidate of ROUTES) {
    if (candidate.method !== req.method) continue;
    const match = candidate.pattern.exec(req.path);
    if (match) {
      route = candidate;
      params = decodeParams(match);
      break;
    }
  }
  // Unknown paths and unsupported methods both answer Auth0's 404 body.
  if (!route || !params) throw routeNotFound();
  let caller: Caller | undefined;
  if (route.scopes) {
    caller = authenticate(req.headers.authorization, tenant.key, tenant.audience);
    const { scopes } = caller;
    if (!route.scopes.some((scope) => scopes.has(scope))) throw insufficientScope(route.scopes);
  }
  return route.handle({ tenant, req, params, scopes: caller?.scopes ?? new Set(), caller });
}
