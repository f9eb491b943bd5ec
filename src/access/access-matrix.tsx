import { useDeferredValue, useMemo, useState } from 'react';
import Typography from '@mui/material/Typography';
import type { ClientGrant } from '../api/client-grants';
import { matrixRows, sortedClients } from '../tenant-index/index-queries';
import type { TenantIndex } from '../tenant-index/tenant-index';
import { MatrixFilters, type MatrixFilterValues } from './matrix-filters';
import { MatrixGrid } from './matrix-grid';
import { matrixModel } from './matrix-model';

export type AccessMatrixProps = {
  index: TenantIndex;
  /** The index's version when this render was asked for: the index is mutable, so this is what changes. */
  version: number;
  onOpenGrant(grant: ClientGrant): void;
};

/**
 * Applications × APIs: each cell counts the scopes an app holds on an API and opens that grant.
 * Filtering is deferred, so typing stays responsive while a 10,000-app list is filtered behind it.
 */
export function AccessMatrix({ index, version, onOpenGrant }: AccessMatrixProps) {
  const [filters, setFilters] = useState<MatrixFilterValues>({ name: '', appType: '', withGrantsOnly: true });
  const deferred = useDeferredValue(filters);
  const { namesVersion } = index;
  const clients = useMemo(() => (namesVersion >= 0 ? sortedClients(index) : []), [index, namesVersion]);
  const model = useMemo(() => matrixModel(index, version, clients), [index, version, clients]);
  const rows = useMemo(
    () => matrixRows(index, model.clients, { name: deferred.name, appType: deferred.appType || undefined, withGrantsOnly: deferred.withGrantsOnly }),
    [index, model, deferred],
  );
  return (
    <div>
      <MatrixFilters values={filters} appTypes={model.appTypes} onChange={setFilters} rowCount={rows.length} columnCount={model.columns.length} />
      <MatrixGrid index={index} model={model} rows={rows} onOpenGrant={onOpenGrant} />
      {rows.length === 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {model.clients.length === 0 ? 'No applications read yet.' : 'No applications match these filters.'}
        </Typography>
      )}
    </div>
  );
}
