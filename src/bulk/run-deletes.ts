import { describeError, isUnauthorized } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { applyWriteToIndex } from '../tenant-index/index-writes';
import { readGrant, removeGrant, reserveReadAndWrite } from './grant-io';

export type DeleteStatus = 'pending' | 'deleted' | 'already-deleted' | 'skipped' | 'failed';
export type DeleteEntry = { id: string; label: string; status: DeleteStatus; reason?: string };

async function deleteOne(api: ManagementApi, id: string, signal: AbortSignal): Promise<Partial<DeleteEntry>> {
  // The DELETE's slot is taken with the read's, so it goes right after the read (see run-batch.ts).
  const pair = await reserveReadAndWrite(api, signal);
  try {
    // Auth0 answers 204 to a DELETE of an unknown id: only a read first can say "already deleted".
    const current = await readGrant(api, id, signal, pair);
    if (!current) return { status: 'already-deleted', reason: 'Someone deleted it first' };
    if (current.is_system) return { status: 'skipped', reason: 'System grant: Auth0 manages it' };
    await removeGrant(api, id, signal, pair);
  } finally {
    pair.release();
  }
  // Read back: a lost answer, or a tenant that refused silently, shows here.
  const back = await readGrant(api, id, signal);
  if (back) return { status: 'failed', reason: 'The tenant still holds it' };
  applyWriteToIndex(api, { removedId: id });
  return { status: 'deleted' };
}

/**
 * Deletes the pending entries one after another at background priority (a 429 is waited out until
 * Cancel). Cancel stops after the request in flight; a 401 stops the rest; other errors fail one grant.
 */
export async function runDeletes(
  api: ManagementApi,
  entries: DeleteEntry[],
  signal: AbortSignal,
  onProgress: (entries: DeleteEntry[]) => void,
): Promise<DeleteEntry[]> {
  let current = entries;
  for (const entry of entries) {
    if (entry.status !== 'pending') continue;
    if (signal.aborted) break;
    let change: Partial<DeleteEntry>;
    try {
      change = await deleteOne(api, entry.id, signal);
    } catch (error) {
      if (signal.aborted || isUnauthorized(error)) break;
      const { title, detail } = describeError(error);
      change = { status: 'failed', reason: `${title}: ${detail}` };
    }
    current = current.map((item) => (item.id === entry.id ? { ...item, ...change } : item));
    onProgress(current);
  }
  return current;
}
