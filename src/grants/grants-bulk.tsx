import { lazy, Suspense, useCallback, useMemo } from 'react';
import Stack from '@mui/material/Stack';
import type { ClientGrant } from '../api/client-grants';
import type { ViewFilters } from './collect-view-grants';
import type { GrantLabels, Selection } from '../bulk';
import { useConnection } from '../connection/connection-context';
import { grantLabel, type Names } from './use-names';

// The bulk UI loads after the rows, and only its toolbar's code when a row is ticked.
const BulkToolbar = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.BulkToolbar })));
const SelectAllBanner = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.SelectAllBanner })));

/** How the bulk dialogs name a grant and find its API's scopes, from the names the table already read. */
export function useGrantLabels(names: Names): GrantLabels {
  return useMemo(
    () => ({
      labelOf: (grant: ClientGrant) => grantLabel(names, grant),
      scopesOf: (audience: string) => {
        const found = names.api(audience);
        return found.status === 'found' ? (found.value.scopes ?? []).map((scope) => scope.value) : undefined;
      },
    }),
    [names],
  );
}

type Props = {
  selection: Selection;
  rows: ClientGrant[] | undefined;
  total: number;
  filters: ViewFilters;
  names: Names;
};

/** The toolbar for ticked grants and "Select all N that match" (every page of the filters, read like Export). */
export function GrantsBulk({ selection, rows, total, filters, names }: Props) {
  const { api } = useConnection();
  const labels = useGrantLabels(names);
  const collect = useCallback(
    async (signal: AbortSignal, onProgress: (progress: { done: number }) => void) =>
      (await import('./collect-view-grants')).collectViewGrants(api, filters, signal, onProgress, total),
    [api, filters, total],
  );
  if (selection.grants.size === 0) return null;
  return (
    <Suspense>
      <Stack spacing={1} sx={{ p: 1 }}>
        <BulkToolbar selection={selection} {...labels} />
        {rows && <SelectAllBanner selection={selection} rows={rows} total={total} collect={collect} />}
      </Stack>
    </Suspense>
  );
}
