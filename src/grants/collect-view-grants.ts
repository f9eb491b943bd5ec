import type { ClientGrant, ClientGrantFilters } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { listOrganizationClientGrants } from '../api/organizations';
import { collectAllPages, MAX_PER_PAGE } from '../api/paging';
import { collectGrants, type ExportProgress } from '../export';

/** The table's filters, with the organization whose grants it lists. */
export type ViewFilters = ClientGrantFilters & { organization_id?: string };

/** The ids of every grant associated with the organization (offset pages of 100), narrowed like the table. */
async function organizationGrantIds(
  api: ManagementApi,
  organizationId: string,
  filters: ClientGrantFilters,
  signal: AbortSignal,
): Promise<Set<string>> {
  const grants = await collectAllPages(async (page) => {
    const answer = await listOrganizationClientGrants(
      api.core,
      organizationId,
      { page, per_page: MAX_PER_PAGE, audience: filters.audience, client_id: filters.client_id },
      { signal, priority: 'background' },
    );
    return { total: answer.total, items: answer.client_grants };
  });
  return new Set(grants.map((grant) => grant.id));
}

/**
 * Every grant of the table's view, all pages, for Export and "Select all that match". With an organization,
 * its list (`GET /organizations/{id}/client-grants`) gives ids but not whole grants (no `subject_type`,
 * `is_system`, `allow_all_scopes`), and a file needs whole grants: so the grants matching the same
 * `audience`/`client_id` are read as for any export and only the organization's are kept. No total is given
 * for the progress then (more grants are read than kept).
 */
export async function collectViewGrants(
  api: ManagementApi,
  filters: ViewFilters,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
  total?: number,
): Promise<ClientGrant[]> {
  const { organization_id: organizationId, ...grantFilters } = filters;
  if (!organizationId) return collectGrants(api, grantFilters, signal, onProgress, total);
  const ids = await organizationGrantIds(api, organizationId, grantFilters, signal);
  if (ids.size === 0) return [];
  const narrowed = { audience: grantFilters.audience, client_id: grantFilters.client_id };
  const grants = await collectGrants(api, narrowed, signal, ({ done }) => onProgress({ done }));
  return grants.filter((grant) => ids.has(grant.id));
}
