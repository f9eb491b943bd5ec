import {
  listOrganizationClientGrants,
  listOrganizationsCheckpoint,
  type Organization,
} from './organizations';
import { collectAllPages, MAX_PER_PAGE } from './paging';
import { CursorGuard, type PagingStop } from './paging-guard';
import type { CallOptions, RequestContext } from './request';


export type OrganizationReadProgress = {
  phase: 'organizations' | 'associations';
  /** Organizations listed, or organizations whose associations have been read. */
  loaded: number;
  /** Undefined while listing (checkpoint pages carry no total); the organizations listed while reading associations. */
  total?: number;
};

export type OrganizationReadSinks = {
  onOrganizations(organizations: Organization[]): void;
  /** Every grant id associated with one organization (all its pages), once per organization. */
  onAssociations(organizationId: string, grantIds: string[]): void;
  onProgress(progress: OrganizationReadProgress): void;
};

/** How a read that was not aborted ended: complete, or stopped by the loop guard (what was read is kept). */
export type OrganizationReadEnd = { stop?: PagingStop };

/**
 * Every organization (checkpoint paging: offset paging stops at the first 1,000), then each organization's
 * associated grants (`GET /organizations/{id}/client-grants`, offset pages of 100 with their total). One
 * request per organization at least: the Management API has no "every association" list, and reading per
 * grant (`GET /client-grants/{id}/organizations`) would cost one request per grant, usually many more.
 * Requests go through the caller's pacer with its priority; 403 (a missing scope) and other errors reach the
 * caller as thrown `ApiError`s. Stops when `signal` aborts.
 */
export async function readOrganizations(
  core: RequestContext,
  sinks: OrganizationReadSinks,
  opts: CallOptions & { signal: AbortSignal },
): Promise<OrganizationReadEnd> {
  const call = { signal: opts.signal, priority: opts.priority };
  const organizations: Organization[] = [];
  const guard = new CursorGuard();
  let from: string | undefined;
  sinks.onProgress({ phase: 'organizations', loaded: 0 });
  do {
    const page = await listOrganizationsCheckpoint(core, { take: MAX_PER_PAGE, from }, call);
    opts.signal.throwIfAborted();
    organizations.push(...page.organizations);
    sinks.onOrganizations(page.organizations);
    sinks.onProgress({ phase: 'organizations', loaded: organizations.length });
    const stop = guard.page(page.organizations.length, page.next);
    if (stop) return { stop };
    from = page.next;
  } while (from);

  const total = organizations.length;
  sinks.onProgress({ phase: 'associations', loaded: 0, total });
  for (const [done, organization] of organizations.entries()) {
    const grantIds = await associatedGrantIds(core, organization.id, call);
    opts.signal.throwIfAborted();
    sinks.onAssociations(organization.id, grantIds);
    sinks.onProgress({ phase: 'associations', loaded: done + 1, total });
  }
  return {};
}

/** One organization's associated grant ids, every page (stops at the announced total or a short page). */
async function associatedGrantIds(
  core: RequestContext,
  organizationId: string,
  call: CallOptions,
): Promise<string[]> {
  const grants = await collectAllPages(async (page) => {
    const body = await listOrganizationClientGrants(core, organizationId, { page, per_page: MAX_PER_PAGE }, call);
    return { total: body.total, items: body.client_grants };
  });
  return grants.map((grant) => grant.id);
}
