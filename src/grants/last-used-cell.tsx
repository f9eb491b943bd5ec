import { lazy, Suspense } from 'react';
import type { ClientGrant } from '../api/client-grants';

// The usage code loads only when the admin turns the column on.
const LastUsedText = lazy(() => import('../usage/last-used-text').then((m) => ({ default: m.LastUsedText })));

/** The optional "Last used" cell: read from the tenant's logs for the rows on screen only. */
export function LastUsedCell({ grant }: { grant: ClientGrant }) {
  return (
    <td className="cg-last-used">
      <Suspense fallback={<span aria-label="Reading the logs">…</span>}>
        <LastUsedText grant={grant} />
      </Suspense>
    </td>
  );
}
