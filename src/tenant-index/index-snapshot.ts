import type { PagingStop } from '../api/paging-guard';
import { isOrganizationPhase, type ReadProgress } from './read-tenant';
import type { TenantIndex } from './tenant-index';

/**
 * idle: nothing asked for the tenant yet on this connection; ready: read to the end, complete; stopped: the
 * read ended early on its own (`stop` says why: looping or short pages), what was read is kept, partial.
 */
export type IndexStatus = 'idle' | 'reading' | 'ready' | 'cancelled' | 'stopped' | 'error';

/** What views see: a new object whenever the index changed or the read moved on. */
export type IndexSnapshot = {
  index: TenantIndex;
  version: number;
  status: IndexStatus;
  progress: ReadProgress;
  /** When the last complete read finished (epoch ms); undefined until one has. */
  readAt?: number;
  /**
   * When the oldest pages in the index were read, for a read resumed after a reload (epoch ms): they
   * were read then, the rest since. Undefined when every page is from this read.
   */
  resumedFrom?: number;
  error?: unknown;
  /** Why a `stopped` read ended early. */
  stop?: PagingStop;
  /**
   * Why the organizations phase ended partial while the grants are complete (status `ready`): the loop guard
   * stopped it (`organizationsStop`), or a request failed (`organizationsError`). A Cancel during that phase
   * leaves both undefined. A 403 is not here: `index.organizationsCoverage` is `forbidden` with the scopes.
   */
  organizationsStop?: PagingStop;
  organizationsError?: unknown;
};

/** Whether every grant is in the index: a complete read, or one that went on to organizations. */
export function grantsComplete(snapshot: IndexSnapshot): boolean {
  return (
    snapshot.status === 'ready' ||
    (snapshot.status === 'reading' && isOrganizationPhase(snapshot.progress.phase))
  );
}
