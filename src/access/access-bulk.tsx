import { lazy, Suspense, useMemo } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { useInterruptedBatch, type GrantLabels, type Selection } from '../bulk';
import { apiName, applicationName, type TenantIndex } from '../tenant-index';

const BulkToolbar = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.BulkToolbar })));
const ResumeBatchAlert = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.ResumeBatchAlert })));

/**
 * How the bulk dialogs name a grant and find its API's scopes, from the tenant index. The index is filled
 * in place; `namesVersion` says when apps or APIs changed (not after every page of grants).
 */
export function useIndexLabels(index: TenantIndex): GrantLabels {
  const { namesVersion } = index;
  return useMemo(() => {
    void namesVersion; // what changes when the (mutable) index's names do
    return {
      labelOf: (grant: ClientGrant) => `${applicationName(index, grant)} on ${apiName(index, grant.audience)}`,
      scopesOf: (audience: string) => index.apis.get(audience)?.scopes?.map((scope) => scope.value),
    };
  }, [index, namesVersion]);
}

/** The toolbar for grants ticked in the scope holders table. */
export function AccessBulkToolbar({ selection, labels }: { selection: Selection; labels: GrantLabels }) {
  if (selection.grants.size === 0) return null;
  return (
    <Suspense>
      <BulkToolbar selection={selection} {...labels} />
    </Suspense>
  );
}

/** A bulk change a reload interrupted: Finish, Undo or Discard. */
export function AccessResumeBatch({ labels }: { labels: GrantLabels }) {
  if (!useInterruptedBatch()) return null;
  return (
    <Suspense>
      <ResumeBatchAlert {...labels} />
    </Suspense>
  );
}
