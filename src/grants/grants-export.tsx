import { useCallback, useMemo } from 'react';
import { useConnection } from '../connection/connection-context';
import { ExportMenu, type CollectGrants } from '../export';
import { collectViewGrants, type ViewFilters } from './collect-view-grants';
import type { Names } from './use-names';

type Props = { filters: ViewFilters; total: number | undefined; names: Names };

/**
 * Export for the table: every grant matching its filters, read page after page, not only the rows shown;
 * with an organization chosen, that organization's grants (collect-view-grants.ts).
 */
export function GrantsExport({ filters, total, names }: Props) {
  const { api } = useConnection();
  const collect = useCallback<CollectGrants>(
    (signal, onProgress) => collectViewGrants(api, filters, signal, onProgress, total),
    [api, filters, total],
  );
  const maps = useMemo(
    () => ({
      clients: new Map(names.clients.map((c) => [c.client_id, c])),
      apis: new Map(names.resourceServers.map((s) => [s.identifier, s])),
      complete: names.complete,
    }),
    [names.clients, names.resourceServers, names.complete],
  );
  // Wait for the names (not for a failure to read them): a file full of ids would be a worse export.
  const namesLoading =
    (names.clients.length === 0 && !names.clientsError) || (names.resourceServers.length === 0 && !names.resourceServersError);
  return <ExportMenu view="grants" collect={collect} names={maps} disabled={namesLoading} />;
}
