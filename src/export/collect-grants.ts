import type { ClientGrant, ClientGrantFilters } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { MAX_PER_PAGE } from '../api/paging';
import { CursorGuard, PagingStopError } from '../api/paging-guard';

/** Grants read (no phase), or organizations listed / organizations whose associations were read. */
export type ExportProgress = { done: number; total?: number; phase?: 'organizations' | 'associations' | 'connections' };

/** The cursor guard stopped the read: why (as `PagingStopError`) and the grants read before it stopped. */
export class PartialGrantsError extends PagingStopError {
  readonly grants: readonly ClientGrant[];
  constructor(stop: PagingStopError['stop'], grants: readonly ClientGrant[]) {
    super(stop, 'grants');
    this.grants = grants;
  }
}

/**
 * Every grant for the table's filters, all pages, through checkpoint paging (no totals, no skipped or
 * repeated rows if another admin writes meanwhile). Background priority: the admin's own clicks go first;
 * the api paces the requests. Pages that loop (a cursor seen before, an empty page with a cursor, more
 * grants than `total` allows) throw `PartialGrantsError`: a file of part of the grants could be taken for all
 * of them (the Deploy CLI even deletes what a file leaves out), so no file is made unless the admin asks
 * for the grants read, in a file marked partial (`use-export.ts`).
 */
export async function collectGrants(
  api: { clientGrants: Pick<ManagementApi['clientGrants'], 'listCheckpoint'> },
  filters: ClientGrantFilters,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
  total?: number,
): Promise<ClientGrant[]> {
  const grants: ClientGrant[] = [];
  const guard = new CursorGuard({ total });
  let from: string | undefined;
  do {
    const page = await api.clientGrants.listCheckpoint(
      { ...filters, take: MAX_PER_PAGE, from },
      { signal, priority: 'background' },
    );
    grants.push(...page.client_grants);
    onProgress({ done: grants.length, total });
    const stop = guard.page(page.client_grants.length, page.next);
    if (stop) throw new PartialGrantsError(stop, [...grants]);
    from = page.next;
  } while (from);
  return grants;
}
