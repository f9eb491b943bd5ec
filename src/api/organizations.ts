import { z } from '../schema';
import { totalsEnvelope } from './paging';
import { pathSegment, type CallOptions, type RequestContext } from './request';

/**
 * Organizations and their client-grant associations (`GET /organizations…`, `…/client-grants`). These functions
 * take the request context (`api.core`) instead of living on `createManagementApi`, so their schemas load with the
 * feature that uses them (the grant detail panel), not with the first view.
 */

/** Only what the dashboard shows; `branding`, `metadata`, … pass through unchecked (additionalProperties: true). */
export const organizationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  display_name: z.optional(z.string()),
});
export type Organization = z.infer<typeof organizationSchema>;

// The same enum as client-grants.ts's, repeated: importing that module from a lazy chunk made the bundler split the
// entry (two more first-view files, measured with `npx vite build`).
const organizationUsageSchema = z.enum(['deny', 'allow', 'require']);

/** OrganizationClientGrant: a subset of a client grant (no subject_type, no is_system). */
export const organizationClientGrantSchema = z.looseObject({
  id: z.string(),
  client_id: z.optional(z.string()),
  audience: z.string(),
  scope: z.optional(z.array(z.string())),
  organization_usage: z.optional(organizationUsageSchema),
  allow_any_organization: z.optional(z.boolean()),
});
export type OrganizationClientGrant = z.infer<typeof organizationClientGrantSchema>;

export const organizationPageSchema = totalsEnvelope('organizations', organizationSchema);
export type OrganizationPage = z.infer<typeof organizationPageSchema>;

export const organizationCheckpointSchema = z.looseObject({
  organizations: z.array(organizationSchema),
  next: z.nullish(z.string()),
});
export type OrganizationCheckpointPage = { organizations: Organization[]; next?: string };

export const organizationClientGrantPageSchema = totalsEnvelope(
  'client_grants',
  organizationClientGrantSchema,
);
export type OrganizationClientGrantPage = z.infer<typeof organizationClientGrantPageSchema>;

/** Offset paging: at most the first 1,000 organizations are reachable this way (use checkpoints past that). */
export type OffsetQuery = { page: number; per_page: number };
/** Checkpoint paging: `from` is the previous page's `next`; absent for the first page. */
export type CheckpointQuery = { take?: number; from?: string };

export type OrganizationClientGrantsQuery = OffsetQuery & {
  audience?: string;
  client_id?: string;
  /** At most 10 ids (the description's limit); repeated as `grant_ids=a&grant_ids=b`. */
  grant_ids?: string[];
};

export const DEFAULT_TAKE = 50;
const ORGS = 'organizations';

function checkpoint(query: CheckpointQuery) {
  // `take` is always sent: without `take`/`from` the tenant answers a bare array instead of `{ organizations, next }`.
  return { take: query.take ?? DEFAULT_TAKE, from: query.from || undefined };
}

function withoutEmptyNext(body: {
  organizations: Organization[];
  next?: string | null;
}): OrganizationCheckpointPage {
  // `next` is omitted on the last page; null or "" mean the same.
  return body.next
    ? { organizations: body.organizations, next: body.next }
    : { organizations: body.organizations };
}

export async function listOrganizations(
  core: RequestContext,
  query: OffsetQuery,
  opts: CallOptions = {},
): Promise<OrganizationPage> {
  return core.request({
    path: ORGS,
    query: { ...query, include_totals: true },
    schema: organizationPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

export async function listOrganizationsCheckpoint(
  core: RequestContext,
  query: CheckpointQuery = {},
  opts: CallOptions = {},
): Promise<OrganizationCheckpointPage> {
  const body = await core.request({
    path: ORGS,
    query: checkpoint(query),
    schema: organizationCheckpointSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
  return withoutEmptyNext(body);
}

export async function getOrganization(
  core: RequestContext,
  id: string,
  opts: CallOptions = {},
): Promise<Organization> {
  return core.request({
    path: `${ORGS}/${pathSegment(id)}`,
    schema: organizationSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

/** The organizations a grant is associated with, by checkpoint (no limit on how far it reaches). */
export async function listGrantOrganizations(
  core: RequestContext,
  grantId: string,
  query: CheckpointQuery = {},
  opts: CallOptions = {},
): Promise<OrganizationCheckpointPage> {
  const body = await core.request({
    path: `client-grants/${pathSegment(grantId)}/organizations`,
    query: checkpoint(query),
    schema: organizationCheckpointSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
  return withoutEmptyNext(body);
}

/** The same list by offset, with its total. */
export async function listGrantOrganizationsPage(
  core: RequestContext,
  grantId: string,
  query: OffsetQuery,
  opts: CallOptions = {},
): Promise<OrganizationPage> {
  return core.request({
    path: `client-grants/${pathSegment(grantId)}/organizations`,
    query: { ...query, include_totals: true },
    schema: organizationPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

export async function listOrganizationClientGrants(
  core: RequestContext,
  organizationId: string,
  query: OrganizationClientGrantsQuery,
  opts: CallOptions = {},
): Promise<OrganizationClientGrantPage> {
  return core.request({
    path: `${ORGS}/${pathSegment(organizationId)}/client-grants`,
    query: { ...query, include_totals: true },
    schema: organizationClientGrantPageSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

/**
 * Associates a grant with an organization. A 409 means either "already associated" or "this organization has 100
 * grants already": the caller tells them apart by reading back (`isAssociated`).
 */
export async function associateOrganizationClientGrant(
  core: RequestContext,
  organizationId: string,
  grantId: string,
  opts: CallOptions = {},
): Promise<OrganizationClientGrant> {
  return core.request({
    method: 'POST',
    path: `${ORGS}/${pathSegment(organizationId)}/client-grants`,
    body: { grant_id: grantId },
    schema: organizationClientGrantSchema,
    signal: opts.signal,
    priority: opts.priority,
  });
}

export async function removeOrganizationClientGrant(
  core: RequestContext,
  organizationId: string,
  grantId: string,
  opts: CallOptions = {},
): Promise<void> {
  await core.request({
    method: 'DELETE',
    path: `${ORGS}/${pathSegment(organizationId)}/client-grants/${pathSegment(grantId)}`,
    schema: z.unknown(),
    signal: opts.signal,
    priority: opts.priority,
  });
}

/** Whether the tenant now holds this association (one request, filtered by `grant_ids`). */
export async function isAssociated(
  core: RequestContext,
  organizationId: string,
  grantId: string,
  opts: CallOptions = {},
): Promise<boolean> {
  const page = await listOrganizationClientGrants(
    core,
    organizationId,
    { page: 0, per_page: 1, grant_ids: [grantId] },
    opts,
  );
  return page.client_grants.some((grant) => grant.id === grantId);
}
