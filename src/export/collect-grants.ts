import type { ClientGrant, ClientGrantFilters } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { MAX_PER_PAGE } from '../api/paging';

export type ExportProgress = { done: number; total?: number };

/**
 * Every grant for the table's filters, all pages, through checkpoint paging (no totals, no skipped or
 * repeated rows if another admin writes meanwhile). Background priority: the admin's own clicks go first;
 * the api paces the requests.
 */
export async function collectGrants(
  api: { clientGrants: Pick<ManagementApi['clientGrants'], 'listCheckpoint'> },
  filters: ClientGrantFilters,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
  total?: number,
): Promise<ClientGrant[]> {
  const grants: ClientGrant[] = [];
  let from: string | undefined;
  do {
    const page = await api.clientGrants.listCheckpoint(
      { ...filters, take: MAX_PER_PAGE, from },
      { signal, priority: 'background' },
    );
    grants.push(...page.client_grants);
    onProgress({ done: grants.length, total });
    from = page.next;
  } while (from);
  return grants;
}
