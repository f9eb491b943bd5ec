import type { ClientGrant, ClientGrantPage } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { listOrganizationClientGrants, type OrganizationClientGrant } from '../api/organizations';
import type { GrantListParams } from './grant-queries';

/**
 * An OrganizationClientGrant as a table row. That list leaves out `subject_type`, `is_system` (and
 * `allow_all_scopes`, `default_for`, …): the placeholder subject type is never shown (the table is told its
 * rows come from an organization, grants-table.tsx), and Edit, Delete, the detail panel and bulk changes read
 * the grant again by id before they show or write anything.
 */
export function organizationGrantRow(grant: OrganizationClientGrant): ClientGrant {
  return { subject_type: 'client', ...grant };
}

/**
 * One page of the grants associated with `organization_id`, narrowed by `audience` / `client_id` (the only
 * filters that list takes), in the shape of a page of `GET /client-grants`. Loaded with the filter that needs
 * it, not with the first view (grant-queries.ts imports this module on demand). An unknown organization has no
 * grants: an empty page.
 */
export async function listOrganizationGrantsPage(
  api: ManagementApi,
  organizationId: string,
  params: GrantListParams,
  signal: AbortSignal,
): Promise<ClientGrantPage> {
  try {
    const page = await listOrganizationClientGrants(
      api.core,
      organizationId,
      { page: params.page, per_page: params.per_page, audience: params.audience, client_id: params.client_id },
      { signal },
    );
    return { ...page, client_grants: page.client_grants.map(organizationGrantRow) };
  } catch (error) {
    // No such organization (a stale or mistyped link): no grant is associated with it. The filter itself says
    // the id is unknown (use-organization-choice.ts); an error box with Retry would promise a fix Retry lacks.
    if (error instanceof ApiError && error.status === 404) {
      return { total: 0, start: 0, limit: params.per_page, client_grants: [] };
    }
    throw error;
  }
}
