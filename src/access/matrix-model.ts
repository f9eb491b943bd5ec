import type { ClientGrant } from '../api/client-grants';
import type { Client } from '../api/clients';
import { appTypeLabel } from '../grants/app-types';
import { grantsByAudience, matrixColumns, sortedClients, type MatrixColumn } from '../tenant-index/index-queries';
import type { TenantIndex } from '../tenant-index/tenant-index';

/** What the matrix draws from, for one version of the index. */
export type MatrixModel = {
  version: number;
  /** Every application, by name: the rows before filtering. */
  clients: Client[];
  columns: MatrixColumn[];
  /** The app types present, for the type filter, by their label. */
  appTypes: string[];
  /** One row's grants by API, computed the first time the row is drawn and kept for this version. */
  cellsOf(clientId: string): Map<string, ClientGrant[]>;
};

/**
 * Built once per index version. Rows' cells are computed lazily: a 10,000-app tenant draws only the
 * few dozen rows on screen, and scrolling back reuses them instead of walking the grants again.
 * `clients` (the apps by name) is passed in by a caller that keeps it across versions: the apps change
 * far less often than the grants, and sorting 10,000 of them per page of a long read was most of its cost.
 */
export function matrixModel(index: TenantIndex, version: number, clients: Client[] = sortedClients(index)): MatrixModel {
  const rows = new Map<string, Map<string, ClientGrant[]>>();
  return {
    version,
    clients,
    columns: matrixColumns(index),
    appTypes: [...new Set(clients.flatMap((client) => (client.app_type ? [client.app_type] : [])))].sort((a, b) =>
      appTypeLabel(a).localeCompare(appTypeLabel(b)),
    ),
    cellsOf(clientId) {
      let cells = rows.get(clientId);
      if (!cells) {
        cells = grantsByAudience(index, clientId);
        rows.set(clientId, cells);
      }
      return cells;
    },
  };
}
