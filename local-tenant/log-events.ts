import type { RouteContext, Tenant } from './context.ts';
import { TENANT_NAME, type LogEvent, type NewLogEvent } from './log-store.ts';
import type { Client, Organization } from './types.ts';

// The events the tenant writes about itself: seccft / feccft from its token endpoint, sapi from its
// Management API writes. Shapes follow Auth0's (see docs/management-api.md, "Logs").

export const SECCFT_DESCRIPTION = 'Client Credentials for Access Token';

function common(ctx: RouteContext): Pick<NewLogEvent, 'ip' | 'user_agent' | 'hostname' | 'tenant_name'> {
  return {
    ip: ctx.req.ip,
    user_agent: ctx.req.headers['user-agent'] ?? '',
    hostname: ctx.tenant.domain,
    tenant_name: TENANT_NAME,
  };
}

/** With an organization, the event names it (organization_id, organization_name), as Auth0's seccft does. */
export function seccftEvent(
  ctx: RouteContext,
  client: Client,
  audience: string,
  scope: string,
  organization?: Organization,
): NewLogEvent {
  return {
    type: 'seccft',
    description: SECCFT_DESCRIPTION,
    client_id: client.client_id,
    client_name: client.name,
    ...common(ctx),
    ...(organization ? { organization_id: organization.id, organization_name: organization.name } : {}),
    audience,
    scope,
  };
}

/** A failed exchange; client_id / audience as sent (when sent), the name only for a known app. */
export function feccftEvent(
  ctx: RouteContext,
  why: string,
  sent: { clientId?: string | undefined; audience?: string | undefined },
): NewLogEvent {
  const client = sent.clientId === undefined ? undefined : ctx.tenant.store.clients.get(sent.clientId);
  return {
    type: 'feccft',
    description: why,
    ...(sent.clientId !== undefined ? { client_id: sent.clientId } : {}),
    ...(client ? { client_name: client.name } : {}),
    ...common(ctx),
    ...(sent.audience !== undefined ? { audience: sent.audience } : {}),
  };
}

/** sapi: a successful Management API write, with the request as sent and the response as answered. */
export function sapiEvent(
  ctx: RouteContext,
  description: string,
  requestBody: unknown,
  response: { statusCode: number; body: unknown },
): NewLogEvent {
  const clientId = ctx.caller?.clientId;
  const client = clientId === undefined ? undefined : ctx.tenant.store.clients.get(clientId);
  return {
    type: 'sapi',
    description,
    ...(clientId !== undefined ? { client_id: clientId } : {}),
    client_name: client?.name ?? '',
    ...common(ctx),
    details: {
      request: {
        method: ctx.req.method.toLowerCase(),
        path: ctx.req.path,
        query: Object.fromEntries(ctx.req.query),
        body: requestBody ?? {},
        channel: 'api',
        ip: ctx.req.ip,
        auth: {
          strategy: 'jwt',
          credentials: { jti: ctx.caller?.jti ?? '', scopes: [...(ctx.caller?.scopes ?? [])] },
        },
      },
      response: { statusCode: response.statusCode, body: response.body ?? {} },
    },
  };
}

/** tenant.commit that also appends `event`: both are kept, or (the write to disk failed) neither. */
export function commitLogged(tenant: Tenant, event: NewLogEvent, apply: () => void, undo: () => void): void {
  let written: LogEvent | undefined;
  tenant.commit(
    () => {
      apply();
      written = tenant.logs.append(event);
    },
    () => {
      if (written) tenant.logs.remove(written);
      undo();
    },
  );
}

/** Appends and persists a log event on its own (the token endpoint writes nothing else). */
export function commitEvent(tenant: Tenant, event: NewLogEvent): void {
  commitLogged(tenant, event, () => undefined, () => undefined);
}
