import { applyWriteToIndex } from '../tenant-index/index-writes';
import type { Journal, JournalEntry } from './bulk-journal';
import { sameScopes } from './bulk-plan';
import { listScopes, readGrant, reserveReadAndWrite, scopesOf, writeScopes } from './grant-io';
import { runEntries, type BatchContext, type Step } from './run-entries';

const undoStep =
  (context: BatchContext): Step =>
  async (entry, save) => {
    const { api, signal } = context;
    // As in run-batch.ts: the restore's slot is taken with the re-read's, so the two go back to back.
    const pair = await reserveReadAndWrite(api, signal);
    try {
      const current = await readGrant(api, entry.id, signal, pair);
      if (!current) return { status: 'undo-refused', reason: 'Deleted since the batch' };
      const held = scopesOf(current);
      // An undo a reload interrupted may have landed already.
      if (entry.status === 'undoing' && sameScopes(held, entry.before)) return { status: 'undone' };
      if (current.allow_all_scopes || !entry.after || !sameScopes(held, entry.after)) {
        return {
          status: 'undo-refused',
          reason: `Changed since the batch: it now holds ${current.allow_all_scopes ? 'all scopes' : listScopes(held)}`,
        };
      }
      save({ status: 'undoing' });
      await writeScopes(api, entry.id, entry.before, signal, pair);
      const back = await readGrant(api, entry.id, signal);
      if (!back) return { status: 'undo-failed', reason: 'Deleted while it was being restored' };
      applyWriteToIndex(api, { grant: back });
      if (sameScopes(scopesOf(back), entry.before)) return { status: 'undone' };
      const other = !sameScopes(scopesOf(back), held) ? ' (changed by someone else meanwhile)' : '';
      return { status: 'undo-failed', reason: `Not restored${other}: the tenant holds ${listScopes(scopesOf(back))}` };
    } finally {
      pair.release();
    }
  };

const isUndoable = (entry: JournalEntry) => entry.status === 'changed' || entry.status === 'undoing';

/**
 * Restores each changed grant's previous scopes, only where the grant still holds exactly what the
 * batch left; otherwise refuses for that grant and says what it holds now.
 */
export function undoBatch(context: BatchContext, journal: Journal): Promise<Journal> {
  return runEntries(context, journal, isUndoable, undoStep(context));
}
