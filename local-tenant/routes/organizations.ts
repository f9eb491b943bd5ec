import type { HttpResponse, Route, RouteContext } from '../context.ts';
import { grantNotFound, invalidQuery, invalidUri, organizationNotFound } from '../errors.ts';
import { checkGrantIdPath } from '../grant-rules.ts';
import { checkOrganizationIdPath, pageOrganizations, readPaging } from '../organization-paging.ts';
import { publicOrganization } from '../organization-store.ts';
import type { Organization, StoredOrganization } from '../types.ts';
import { QueryReader } from '../validation.ts';

const LIST_PARAMS = ['page', 'per_page', 'include_totals', 'from', 'take', 'sort'] as const;
const GRANT_ORGS_PARAMS = ['page', 'per_page', 'include_totals', 'from', 'take'] as const;
const SORT = /^((display_name)|(created_at)|(name)):(1|-1)$/;
// Offset paging stops at 1,000 organizations; checkpoint paging has no such limit.
const OFFSET_LIMIT = 1000;

/** With only read:organizations_summary (choice, as read:client_summary does for clients): id, name, display_name. */
function viewFor(ctx: RouteContext): (org: StoredOrganization) => Organization {
  if (ctx.scopes.has('read:organizations')) return publicOrganization;
  return (org) => ({
    id: org.id,
    name: org.name,
    ...(org.display_name !== undefined ? { display_name: org.display_name } : {}),
  });
}

function sorted(
  orgs: readonly StoredOrganization[],
  sort: string | undefined,
): readonly StoredOrganization[] {
  if (sort === undefined) return orgs;
  const match = SORT.exec(sort);
  if (!match || sort.length > 15)
    throw invalidQuery(`'String does not match pattern ${SORT.source}' on property sort.`);
  const [field, order] = sort.split(':') as ['name' | 'display_name' | 'created_at', '1' | '-1'];
  const key = (org: StoredOrganization): string => org[field] ?? '';
  const direction = order === '1' ? 1 : -1;
  // Ties fall back to id, so pages never overlap.
  return [...orgs].sort(
    (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1) * direction,
  );
}

function list(ctx: RouteContext): HttpResponse {
  const query = new QueryReader(ctx.req.query, LIST_PARAMS);
  const paging = readPaging(query, 1000);
  const all = ctx.tenant.store.organizations.all();
  const ordered = sorted(all, query.string('sort'));
  return pageOrganizations(paging, all, ordered, viewFor(ctx), OFFSET_LIMIT);
}

function one(ctx: RouteContext): HttpResponse {
  const id = ctx.params[0] ?? '';
  checkOrganizationIdPath(id);
  const org = ctx.tenant.store.organizations.get(id);
  if (!org) throw organizationNotFound();
  return { status: 200, body: viewFor(ctx)(org) };
}

function byName(ctx: RouteContext): HttpResponse {
  const name = ctx.params[0] ?? '';
  if (name.length > 50)
    throw invalidUri(`'String is too long (${name.length} chars), maximum 50' on property name.`);
  const org = ctx.tenant.store.organizations.getByName(name);
  if (!org) throw organizationNotFound();
  return { status: 200, body: publicOrganization(org) };
}

/** GET /client-grants/{id}/organizations: the organizations a grant is associated with. */
function organizationsOfGrant(ctx: RouteContext): HttpResponse {
  const id = ctx.params[0] ?? '';
  checkGrantIdPath(id);
  const query = new QueryReader(ctx.req.query, GRANT_ORGS_PARAMS);
  const paging = readPaging(query, 1_000_000);
  const { store } = ctx.tenant;
  if (!store.grant(id)) throw grantNotFound();
  return pageOrganizations(paging, store.organizations.organizationsOf(id));
}

const READ = ['read:organizations', 'read:organizations_summary'];

export const organizationRoutes: readonly Route[] = [
  { method: 'GET', pattern: /^\/api\/v2\/organizations$/, scopes: READ, handle: list },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/organizations\/name\/([^/]+)$/,
    scopes: ['read:organizations'],
    handle: byName,
  },
  { method: 'GET', pattern: /^\/api\/v2\/organizations\/([^/]+)$/, scopes: READ, handle: one },
  {
    method: 'GET',
    pattern: /^\/api\/v2\/client-grants\/([^/]+)\/organizations$/,
    scopes: ['read:organization_client_grants'],
    handle: organizationsOfGrant,
  },
];
