import { lazy, Suspense, useMemo } from 'react';
import type { ClientGrant } from '../api/client-grants';
import type { GrantLabels, Selection } from '../bulk';
import { apiName, applicationName, type TenantIndex } from '../tenant-index';

const BulkToolbar = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.BulkToolbar })));
const ResumeBatchAlert = lazy(() => import('../bulk/bulk-ui').then((m) => ({ default: m.ResumeBatchAlert })));

/** How the bulk dialogs name a grant and find its API's scopes, from the tenant index. */
export function useIndexLabels(index: TenantIndex, version: number): GrantLabels {
  return useMemo(
    () => ({
      labelOf: (grant: ClientGrant) =>
        `${applicationName(index, grant)} on ${apiName(index, grant.audience)}`,
      scopesOf: (audience: string) => index.apis.get(audience)?.scopes?.map((scope) => scope.value),
    }),
    // The index is filled in place: `version` says when its names changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, version],
  );
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
  return (
    <Suspense>
      <ResumeBatchAlert {...labels} />
    </Suspense>
  );
}
