import type { HttpResponse, Route, RouteContext } from '../context.ts';
import {
  grantNotFound,
  invalidBody,
  invalidQuery,
  organizationGrantConflict,
  organizationNotFound,
} from '../errors.ts';
import { commitLogged, sapiEvent } from '../log-events.ts';
import { checkOrganizationIdPath } from '../organization-paging.ts';
import type { Grant, StoredOrganization } from '../types.ts';
import { QueryReader, parseJson, validateBody, type BodySchema } from '../validation.ts';

// GET|POST /organizations/{id}/client-grants and DELETE /organizations/{id}/client-grants/{grant_id}.

const LIST_PARAMS = ['audience', 'client_id', 'grant_ids', 'page', 'per_page', 'include_totals'] as const;
const MAX_GRANT_IDS = 10;
const DEFAULT_PAGE_SIZE = 50;
const GRANT_ID = /^cgr_[A-Za-z0-9]{1,60}$/;

const ASSOCIATE_SCHEMA: BodySchema = {
  required: ['grant_id'],
  fields: {
    grant_id: { type: 'string', minLength: 1, description: 'A Client Grant ID to add to the organization.' },
  },
};

/** OrganizationClientGrant: exactly these fields (the schema has additionalProperties: false). */
export function organizationClientGrant(grant: Grant): Record<string, unknown> {
  return {
    id: grant.id,
    ...(grant.client_id !== undefined ? { client_id: grant.client_id } : {}),
    audience: grant.audience,
    ...(grant.scope !== undefined ? { scope: grant.scope } : {}),
    ...(grant.organization_usage !== undefined ? { organization_usage: grant.organization_usage } : {}),
    ...(grant.allow_any_organization !== undefined
      ? { allow_any_organization: grant.allow_any_organization }
      : {}),
  };
}

function organizationOf(ctx: RouteContext): StoredOrganization {
  const id = ctx.params[0] ?? '';
  checkOrganizationIdPath(id);
  const org = ctx.tenant.store.organizations.get(id);
  if (!org) throw organizationNotFound();
  return org;
}

function readGrantIds(query: QueryReader): Set<string> | undefined {
  if (!query.has('grant_ids')) return undefined;
  // Repeatable (?grant_ids=a&grant_ids=b); a comma list is read too, as SDKs differ in how they send arrays.
  const ids = query.all('grant_ids').flatMap((value) => value.split(','));
  if (ids.length > MAX_GRANT_IDS)
    throw invalidQuery(
      `'Array is too long (${ids.length}), maximum ${MAX_GRANT_IDS}' on property grant_ids.`,
    );
  const bad = ids.find((id) => !GRANT_ID.test(id));
  if (bad !== undefined)
    throw invalidQuery(
      `'Object didn't pass validation for format client-grant-id: ${bad}' on property grant_ids.`,
    );
  return new Set(ids);
}

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, LIST_PARAMS, ['grant_ids']);
  const audience = query.string('audience');
  if (audience !== undefined && audience.length > 600)
    throw invalidQuery(`'String is too long (${audience.length} chars), maximum 600' on property audience.`);
  const clientId = query.string('client_id');
  const grantIds = readGrantIds(query);
  const page = query.int('page', 0, 1_000_000) ?? 0;
  const perPage = query.int('per_page', 1, 100) ?? DEFAULT_PAGE_SIZE;
  const includeTotals = query.bool('include_totals') ?? false;
  const org = organizationOf(ctx);
  const { store } = ctx.tenant;
  const matching = store.organizations
    .grantIdsOf(org.id)
    .map((id) => store.grant(id))
    .filter(
      (grant): grant is Grant =>
        grant !== undefined &&
        (audience === undefined || grant.audience === audience) &&
        (clientId === undefined || grant.client_id === clientId) &&
        (grantIds === undefined || grantIds.has(grant.id)),
    );
  const start = page * perPage;
  const items = matching.slice(start, start + perPage).map(organizationClientGrant);
  if (!includeTotals) return { status: 200, body: items };
  return { status: 200, body: { start, limit: perPage, total: matching.length, client_grants: items } };
}

/** Reads the body as JSON or, as the description also documents, application/x-www-form-urlencoded. */
function readBody(ctx: RouteContext): unknown {
  const type = ctx.req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(ctx.req.body.toString('utf8')));
  return parseJson(ctx.req.body);
}

function associate(ctx: RouteContext): HttpResponse {
  const sent = readBody(ctx);
  const body = validateBody(sent, ASSOCIATE_SCHEMA);
  const grantId = typeof body.grant_id === 'string' ? body.grant_id : '';
  if (!GRANT_ID.test(grantId))
    throw invalidBody(
      `'Object didn't pass validation for format client-grant-id: ${grantId}' on property grant_id.`,
    );
  const org = organizationOf(ctx);
  const { store } = ctx.tenant;
  const grant = store.grant(grantId);
  if (!grant) throw grantNotFound();
  if (store.organizations.isAssociated(org.id, grant.id)) throw organizationGrantConflict();
  const answer = organizationClientGrant(grant);
  const event = sapiEvent(ctx, 'Associate a client grant with an organization', sent, {
    statusCode: 201,
    body: answer,
  });
  commitLogged(
    ctx.tenant,
    event,
    () => store.organizations.associate(org.id, grant.id),
    () => store.organizations.dissociate(org.id, grant.id),
  );
  return { status: 201, body: answer };
}

function dissociate(ctx: RouteContext): HttpResponse {
  const org = organizationOf(ctx);
  const grantId = ctx.params[1] ?? '';
  const { store } = ctx.tenant;
  // Removing an association that does not exist answers 204 too (choice, as DELETE /client-grants/{id} does).
  if (!store.organizations.isAssociated(org.id, grantId)) return { status: 204 };
  const event = sapiEvent(ctx, 'Remove a client grant from an organization', undefined, {
    statusCode: 204,
    body: undefined,
  });
  commitLogged(
    ctx.tenant,
    event,
    () => store.organizations.dissociate(org.id, grantId),
    () => store.organizations.associate(org.id, grantId),
  );
  return { status: 204 };
}

const MANY = /^\/api\/v2\/organizations\/([^/]+)\/client-grants$/;

export const organizationClientGrantRoutes: readonly Route[] = [
  { method: 'GET', pattern: MANY, scopes: ['read:organization_client_grants'], handle: list },
  { method: 'POST', pattern: MANY, scopes: ['create:organization_client_grants'], handle: associate },
  {
    method: 'DELETE',
    pattern: /^\/api\/v2\/organizations\/([^/]+)\/client-grants\/([^/]+)$/,
    scopes: ['delete:organization_client_grants'],
    handle: dissociate,
  },
];
