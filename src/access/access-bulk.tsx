import { lazy, Suspense, useMemo, useState } from 'react';
import type { ClientGrant } from '../api/client-grants';
import { hasSavedJournal, type GrantLabels, type Selection } from '../bulk';
import { useConnection } from '../connection/connection-context';
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
  const { domain } = useConnection();
  // Read once: a journal appears only when this tab starts a batch, and then its own dialog is open.
  const [interrupted] = useState(() => hasSavedJournal(sessionStorage, domain));
  if (!interrupted) return null;
  return (
    <Suspense>
      <ResumeBatchAlert {...labels} />
    </Suspense>
  );
}
