import { z } from '../schema';
import { checkShape, pathSegment, type CallOptions, type RequestContext } from './request';
import { totalsEnvelope } from './paging';
import { clientGrantsListQuery, filterParams, type ClientGrantFilters, type ListClientGrantsQuery } from './client-grants-query';

export { clientGrantsListQuery, type ClientGrantFilters, type ListClientGrantsQuery } from './client-grants-query';

export const organizationUsageSchema = z.enum(['deny', 'allow', 'require']);
export const subjectTypeSchema = z.enum(['client', 'user']);
export type OrganizationUsage = z.infer<typeof organizationUsageSchema>;
export type SubjectType = z.infer<typeof subjectTypeSchema>;

/** Optional fields appear only when set (§3); unknown fields pass so Auth0 additions never break the table. */
export const clientGrantSchema = z.looseObject({
  id: z.string(),
  /** Absent on `default_for` grants. */
  client_id: z.optional(z.string()),
  audience: z.string(),
  /** Absent when `allow_all_scopes` is true. */
  scope: z.optional(z.array(z.string())),
  organization_usage: z.optional(organizationUsageSchema),
  allow_any_organization: z.optional(z.boolean()),
  is_system: z.optional(z.boolean()),
  subject_type: z._default(subjectTypeSchema, 'client'),
  default_for: z.optional(z.string()),
  authorization_details_types: z.optional(z.array(z.string())),
  allow_all_scopes: z.optional(z.boolean()),
});
export type ClientGrant = z.infer<typeof clientGrantSchema>;

export const clientGrantPageSchema = totalsEnvelope('client_grants', clientGrantSchema);
export type ClientGrantPage = z.infer<typeof clientGrantPageSchema>;

export const clientGrantCheckpointSchema = z.looseObject({
  client_grants: z.array(clientGrantSchema),
  next: z.nullish(z.string()),
});

export type ListClientGrantsCheckpointQuery = ClientGrantFilters & { take?: number; from?: string };
export type ClientGrantCheckpointPage = { client_grants: ClientGrant[]; next?: string };

type GrantSettings = {
  scope?: string[];
  organization_usage?: OrganizationUsage;
  allow_any_organization?: boolean;
  authorization_details_types?: string[];
  allow_all_scopes?: boolean;
};

/** Exactly one of `client_id` / `default_for` (§4). Any other property is a 400 from Auth0. */
export type CreateClientGrantBody = GrantSettings & {
  audience: string;
  subject_type?: SubjectType;
} & ({ client_id: string; default_for?: never } | { default_for: 'third_party_clients'; client_id?: never });

/** PATCH needs at least one of these; the identity fields (client_id, audience, …) are immutable (§5). */
export type UpdateClientGrantBody = GrantSettings;

const DEFAULT_TAKE = 50;

export async function listClientGrants(
  core: RequestContext,
  query: ListClientGrantsQuery,
  opts: CallOptions = {},
): Promise<ClientGrantPage> {
  return core.request({
    path: 'client-grants',
    query: clientGrantsListQuery(query),
    schema: clientGrantPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

/** `take` is always sent: without `take`/`from` Auth0 answers a bare array instead of `{ client_grants, next }`. */
function checkpointQuery(query: ListClientGrantsCheckpointQuery) {
  return { ...filterParams(query), take: query.take ?? DEFAULT_TAKE, from: query.from };
}

/** Checkpoint paging: one page, its grants checked. */
export async function listClientGrantsCheckpoint(
  core: RequestContext,
  query: ListClientGrantsCheckpointQuery = {},
  opts: CallOptions = {},
): Promise<ClientGrantCheckpointPage> {
  const page = await listClientGrantsCheckpointDeferred(core, query, opts);
  const client_grants = page.grants();
  return page.next ? { client_grants, next: page.next } : { client_grants };
}

/** A checkpoint page whose cursor is known before its grants are checked (`grants()` checks them). */
export type DeferredCheckpointPage = {
  next?: string;
  /** How many items the page holds, known before they are checked: what the loop guard counts. */
  count: number;
  grants(): ClientGrant[];
};

// The envelope alone: its items are checked by `grants()`, with the same schema and the same issue paths.
const checkpointEnvelopeSchema = z.looseObject({ client_grants: z.array(z.unknown()), next: z.nullish(z.string()) });

/**
 * Checkpoint paging for a reader of the whole tenant: the cursor is returned as soon as the body is parsed and
 * the grants are checked when asked for, so the next request can go out first. Checking 100 grants is about a
 * millisecond of main thread; on a 1,000-page read that sat between every answer and the next request.
 */
export async function listClientGrantsCheckpointDeferred(
  core: RequestContext,
  query: ListClientGrantsCheckpointQuery = {},
  opts: CallOptions = {},
): Promise<DeferredCheckpointPage> {
  const body = await core.request({
    path: 'client-grants',
    query: checkpointQuery(query),
    schema: checkpointEnvelopeSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
  const grants = () => checkShape(clientGrantCheckpointSchema, body, 'GET /api/v2/client-grants').client_grants;
  // `next` is omitted on the last page; treat null/"" the same way.
  const count = body.client_grants.length;
  return body.next ? { next: body.next, count, grants } : { count, grants };
}

export async function getClientGrant(
  core: RequestContext,
  id: string,
  opts: CallOptions = {},
): Promise<ClientGrant> {
  return core.request({
    path: `client-grants/${pathSegment(id)}`,
    schema: clientGrantSchema,
    signal: opts.signal,
    priority: opts.priority,
    reservation: opts.reservation,
  });
}

export async function createClientGrant(
  core: RequestContext,
  body: CreateClientGrantBody,
  opts: CallOptions = {},
): Promise<ClientGrant> {
  return core.request({
    method: 'POST',
    path: 'client-grants',
    body,
    schema: clientGrantSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

export async function updateClientGrant(
  core: RequestContext,
  id: string,
  body: UpdateClientGrantBody,
  opts: CallOptions = {},
): Promise<ClientGrant> {
  return core.request({
    method: 'PATCH',
    path: `client-grants/${pathSegment(id)}`,
    body,
    schema: clientGrantSchema,
    signal: opts.signal,
    priority: opts.priority,
    reservation: opts.reservation,
  });
}

/** Auth0 answers 204 even for an id that does not exist (seen in real recordings). */
export async function deleteClientGrant(
  core: RequestContext,
  id: string,
  opts: CallOptions = {},
): Promise<void> {
  await core.request({
    method: 'DELETE',
    path: `client-grants/${pathSegment(id)}`,
    schema: z.unknown(),
    signal: opts.signal,
    priority: opts.priority,
    reservation: opts.reservation,
  });
}
