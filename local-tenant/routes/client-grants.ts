import type { HttpResponse, Route, RouteContext } from '../context.ts';
import {
  clientNotFound,
  grantConflict,
  grantNotFound,
  invalidBody,
  resourceServerNotFound,
} from '../errors.ts';
import {
  ALLOW_ALL_SCOPES_FIELD,
  ALLOW_ANY_ORG_FIELD,
  DETAILS_TYPES_FIELD,
  ORG_USAGE_FIELD,
  SCOPE_FIELD,
  checkAgainstClient,
  checkAgainstServer,
  checkGrantIdPath,
  checkGrantShape,
  newGrantId,
  systemGrantError,
} from '../grant-rules.ts';
import { commitLogged, sapiEvent } from '../log-events.ts';
import type { Grant, OrganizationUsage, SubjectType } from '../types.ts';
import { parseRequestBody, validateBody, type BodySchema } from '../validation.ts';

const CREATE_SCHEMA: BodySchema = {
  required: ['audience'],
  fields: {
    // The description sets no length on client_id and only a minimum on audience: an unknown one is a 404.
    client_id: { type: 'string', description: 'ID of the client' },
    audience: {
      type: 'string',
      minLength: 1,
      description: 'The audience (API identifier) of this client grant',
    },
    scope: SCOPE_FIELD,
    organization_usage: ORG_USAGE_FIELD,
    allow_any_organization: ALLOW_ANY_ORG_FIELD,
    subject_type: {
      type: 'string',
      enum: ['client', 'user'],
      description: 'The type of application access the client grant allows',
    },
    authorization_details_types: DETAILS_TYPES_FIELD,
    allow_all_scopes: ALLOW_ALL_SCOPES_FIELD,
    default_for: {
      type: 'string',
      enum: ['third_party_clients'],
      description: 'Applies this grant as a default for all clients of the given type',
    },
  },
};

// PATCH accepts only the mutable fields; client_id, audience, subject_type… are "additional properties".
// The description lets every one but authorization_details_types be null: null puts the field back to
// its default (absent; an empty scope list when not allow_all_scopes) (choice).
const UPDATE_SCHEMA: BodySchema = {
  minProperties: 1,
  fields: {
    scope: { ...SCOPE_FIELD, nullable: true },
    organization_usage: { ...ORG_USAGE_FIELD, nullable: true },
    allow_any_organization: { ...ALLOW_ANY_ORG_FIELD, nullable: true },
    authorization_details_types: DETAILS_TYPES_FIELD,
    allow_all_scopes: { ...ALLOW_ALL_SCOPES_FIELD, nullable: true },
  },
};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;

function create(ctx: RouteContext): HttpResponse {
  const sent = parseRequestBody(ctx.req);
  const body = validateBody(sent, CREATE_SCHEMA);
  const clientId = str(body.client_id);
  const defaultFor = body.default_for === 'third_party_clients' ? 'third_party_clients' : undefined;
  if (clientId !== undefined && defaultFor !== undefined)
    throw invalidBody(`'client_id and default_for cannot be used together'.`);
  if (clientId === undefined && defaultFor === undefined)
    throw invalidBody(`'Missing required property: client_id'.`);
  const scope = strings(body.scope);
  const allowAll = typeof body.allow_all_scopes === 'boolean' ? body.allow_all_scopes : undefined;
  const usage = str(body.organization_usage) as OrganizationUsage | undefined;
  const details = strings(body.authorization_details_types);
  // Keys in Auth0's order. With allow_all_scopes the grant has no scope list unless one was (wrongly) sent.
  const grant: Grant = {
    id: newGrantId(),
    ...(clientId !== undefined ? { client_id: clientId } : {}),
    audience: str(body.audience) ?? '',
    ...(allowAll !== true
      ? { scope: scope ?? [] }
      : scope !== undefined && scope.length > 0
        ? { scope }
        : {}),
    ...(usage !== undefined ? { organization_usage: usage } : {}),
    ...(typeof body.allow_any_organization === 'boolean'
      ? { allow_any_organization: body.allow_any_organization }
      : {}),
    subject_type: (str(body.subject_type) ?? 'client') as SubjectType,
    ...(defaultFor !== undefined ? { default_for: defaultFor } : {}),
    ...(details !== undefined ? { authorization_details_types: details } : {}),
    ...(allowAll !== undefined ? { allow_all_scopes: allowAll } : {}),
  };
  checkGrantShape(grant);

  const { store } = ctx.tenant;
  if (clientId !== undefined && !store.clients.has(clientId)) throw clientNotFound();
  checkAgainstClient(grant, clientId === undefined ? undefined : store.clients.get(clientId));
  const server = store.resourceServer(grant.audience);
  if (!server) throw resourceServerNotFound();
  checkAgainstServer(grant, server);
  if (store.findDuplicate(grant)) throw grantConflict();
  const event = sapiEvent(ctx, 'Create client grant', sent, { statusCode: 201, body: { ...grant } });
  commitLogged(
    ctx.tenant,
    event,
    () => store.insertGrant(grant),
    () => store.deleteGrant(grant),
  );
  return { status: 201, body: grant };
}

function existing(ctx: RouteContext): Grant {
  const id = ctx.params[0] ?? '';
  checkGrantIdPath(id);
  const grant = ctx.tenant.store.grant(id);
  if (!grant) throw grantNotFound();
  return grant;
}

function read(ctx: RouteContext): HttpResponse {
  return { status: 200, body: existing(ctx) };
}

function merge(grant: Grant, body: Record<string, unknown>): Grant {
  const next: Grant = { ...grant };
  if ('organization_usage' in body) {
    const usage = str(body.organization_usage);
    if (usage === undefined) delete next.organization_usage;
    else next.organization_usage = usage as OrganizationUsage;
  }
  if (typeof body.allow_any_organization === 'boolean')
    next.allow_any_organization = body.allow_any_organization;
  if (body.allow_any_organization === null) delete next.allow_any_organization;
  const details = strings(body.authorization_details_types);
  if (details !== undefined) next.authorization_details_types = details;
  const scope = body.scope === null ? [] : strings(body.scope);
  if (body.allow_all_scopes === null) delete next.allow_all_scopes;
  if (body.allow_all_scopes === true) {
    next.allow_all_scopes = true;
    // With allow_all_scopes the grant carries no scope list; an explicit non-empty one is a conflict.
    if (scope !== undefined && scope.length > 0) next.scope = scope;
    else delete next.scope;
  } else {
    if (body.allow_all_scopes === false) next.allow_all_scopes = false;
    if (scope !== undefined) next.scope = scope;
    if (next.allow_all_scopes !== true && next.scope === undefined) next.scope = [];
  }
  if (body.scope === null && next.allow_all_scopes === true) delete next.scope;
  return next;
}

function update(ctx: RouteContext): HttpResponse {
  const id = ctx.params[0] ?? '';
  checkGrantIdPath(id);
  const sent = parseRequestBody(ctx.req);
  const body = validateBody(sent, UPDATE_SCHEMA);
  const grant = existing(ctx);
  if (grant.is_system) throw systemGrantError('modified');
  const next = merge(grant, body);
  checkGrantShape(next);
  const server = ctx.tenant.store.resourceServer(grant.audience);
  if (server) checkAgainstServer(next, server);
  checkAgainstClient(next, grant.client_id === undefined ? undefined : ctx.tenant.store.clients.get(grant.client_id));
  const before: Grant = { ...grant };
  // Mutate in place: the store's indexes hold this object, and client_id/audience never change.
  const replace = (source: Grant): void => {
    for (const key of Object.keys(grant) as (keyof Grant)[]) delete grant[key];
    Object.assign(grant, source);
  };
  const event = sapiEvent(ctx, 'Update client grant', sent, { statusCode: 200, body: { ...next } });
  commitLogged(
    ctx.tenant,
    event,
    () => replace(next),
    () => replace(before),
  );
  return { status: 200, body: grant };
}

function remove(ctx: RouteContext): HttpResponse {
  const id = ctx.params[0] ?? '';
  checkGrantIdPath(id);
  const { store } = ctx.tenant;
  const grant = store.grant(id);
  // Auth0 answers 204 for an id that does not exist (seen in its SDKs' recordings).
  if (!grant) return { status: 204 };
  if (grant.is_system) throw systemGrantError('deleted');
  const event = sapiEvent(ctx, 'Delete client grant', undefined, { statusCode: 204, body: undefined });
  commitLogged(
    ctx.tenant,
    event,
    () => store.deleteGrant(grant),
    () => store.insertGrant(grant),
  );
  return { status: 204 };
}

const ONE = /^\/api\/v2\/client-grants\/([^/]+)$/;

export const clientGrantRoutes: readonly Route[] = [
  { method: 'POST', pattern: /^\/api\/v2\/client-grants$/, scopes: ['create:client_grants'], handle: create },
  { method: 'GET', pattern: ONE, scopes: ['read:client_grants'], handle: read },
  { method: 'PATCH', pattern: ONE, scopes: ['update:client_grants'], handle: update },
  { method: 'DELETE', pattern: ONE, scopes: ['delete:client_grants'], handle: remove },
];
