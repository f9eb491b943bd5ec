import { randomBytes, timingSafeEqual } from 'node:crypto';
import { jwks, signToken } from '../auth.ts';
import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { OAuthError } from '../errors.ts';
import { commitEvent, feccftEvent, seccftEvent } from '../log-events.ts';
import { organizationForToken } from '../org-tokens.ts';

function readForm(ctx: RouteContext): Record<string, string> {
  const type = ctx.req.headers['content-type'] ?? '';
  const text = ctx.req.body.toString('utf8');
  if (type.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new OAuthError(400, 'invalid_request', 'Invalid JSON body');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new OAuthError(400, 'invalid_request', 'Invalid JSON body');
    }
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) if (typeof value === 'string') out[key] = value;
    return out;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Client-credentials only: the token carries the scopes of the app's grant at issue time. */
function token(ctx: RouteContext, form: Record<string, string>): HttpResponse {
  const { store, key, domain, audience: managementAudience } = ctx.tenant;
  if (!form.grant_type)
    throw new OAuthError(400, 'invalid_request', 'Missing required parameter: grant_type');
  if (form.grant_type !== 'client_credentials') {
    throw new OAuthError(400, 'unsupported_grant_type', `Unsupported grant type: ${form.grant_type}`);
  }
  const client = form.client_id === undefined ? undefined : store.clients.get(form.client_id);
  if (!client || form.client_secret === undefined || !sameSecret(form.client_secret, client.client_secret)) {
    throw new OAuthError(401, 'access_denied', 'Unauthorized');
  }
  const audience = form.audience;
  if (!audience) {
    throw new OAuthError(
      403,
      'access_denied',
      'No audience parameter was provided, and no default audience has been configured',
    );
  }
  const server = store.resourceServer(audience);
  if (!server) throw new OAuthError(403, 'access_denied', `Service not found: ${audience}`);
  const grant = store.clientGrantFor(client.client_id, audience);
  if (!grant) {
    throw new OAuthError(
      403,
      'access_denied',
      `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API.`,
    );
  }
  const organization = organizationForToken(store, grant, audience, form.organization);
  let scopes = grant.allow_all_scopes ? server.scopes.map((s) => s.value) : [...(grant.scope ?? [])];
  // An explicit `scope` parameter narrows the token to the requested scopes the grant allows.
  if (form.scope) {
    const requested = new Set(form.scope.split(' ').filter(Boolean));
    scopes = scopes.filter((scope) => requested.has(scope));
  }
  const lifetime = audience === managementAudience ? ctx.tenant.tokenLifetime : server.token_lifetime;
  const iat = Math.floor(Date.now() / 1000);
  const scope = scopes.join(' ');
  const accessToken = signToken(key, {
    iss: `https://${domain}/`,
    sub: `${client.client_id}@clients`,
    aud: audience,
    iat,
    exp: iat + lifetime,
    scope,
    gty: 'client-credentials',
    azp: client.client_id,
    jti: randomBytes(16).toString('hex'),
    // org_name as well as org_id: this tenant accepts organization names at the token endpoint, which on
    // Auth0 is the tenant setting that also puts org_name into tokens.
    ...(organization ? { org_id: organization.id, org_name: organization.name } : {}),
  });
  commitEvent(ctx.tenant, seccftEvent(ctx, client, audience, scope, organization));
  return {
    status: 200,
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    body: { access_token: accessToken, scope, expires_in: lifetime, token_type: 'Bearer' },
  };
}

/** Every client-credentials exchange is logged: seccft when a token is issued, feccft (saying why) when not. */
function loggedToken(ctx: RouteContext): HttpResponse {
  const form = readForm(ctx);
  try {
    return token(ctx, form);
  } catch (error) {
    if (error instanceof OAuthError && form.grant_type === 'client_credentials') {
      const event = feccftEvent(ctx, error.message, { clientId: form.client_id, audience: form.audience });
      try {
        commitEvent(ctx.tenant, event);
      } catch {
        // The answer is the OAuth error either way; a log that could not be saved is simply not kept.
      }
    }
    throw error;
  }
}

export const oauthRoutes: readonly Route[] = [
  { method: 'POST', pattern: /^\/oauth\/token$/, handle: loggedToken },
  {
    method: 'GET',
    pattern: /^\/\.well-known\/jwks\.json$/,
    handle: (ctx) => ({ status: 200, body: jwks(ctx.tenant.key) }),
  },
];
