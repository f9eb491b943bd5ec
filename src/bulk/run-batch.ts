import { applyWriteToIndex } from '../tenant-index/index-writes';
import type { Journal, JournalEntry } from './bulk-journal';
import { applyDelta, sameScopes } from './bulk-plan';
import { listScopes, readGrant, scopesOf, writeScopes } from './grant-io';
import { runEntries, type BatchContext, type Step } from './run-entries';

const applyStep =
  (context: BatchContext): Step =>
  async (entry, save) => {
    const { api, signal } = context;
    const current = await readGrant(api, entry.id, signal);
    if (!current) return { status: 'skipped', reason: 'Deleted since the preview' };
    if (current.is_system) return { status: 'skipped', reason: 'System grant' };
    if (current.allow_all_scopes) return { status: 'skipped', reason: 'Now allows all scopes' };
    const held = scopesOf(current);
    // The delta, not the preview's result, is applied to what the tenant holds now: a colleague's
    // change since the preview is kept.
    const target = applyDelta(held, entry);
    if (sameScopes(held, target)) {
      // A write a reload or Cancel interrupted may have landed: then the batch did change it.
      if (entry.status === 'writing' && !sameScopes(entry.before, held)) return { status: 'changed', after: held };
      return { status: 'skipped', reason: 'Already as intended' };
    }
    save({ status: 'writing', before: held, after: target });
    await writeScopes(api, entry.id, target, signal);
    const back = await readGrant(api, entry.id, signal);
    if (!back) return { status: 'failed', reason: 'Deleted while it was being changed' };
    applyWriteToIndex(api, { grant: back });
    if (sameScopes(scopesOf(back), target)) return { status: 'changed', after: scopesOf(back) };
    return {
      status: 'failed',
      after: scopesOf(back),
      reason: `Not applied: the tenant holds ${listScopes(scopesOf(back))}`,
    };
  };

const isUnfinished = (entry: JournalEntry) => entry.status === 'pending' || entry.status === 'writing';

/**
 * Applies each grant's intended add/remove: re-read, change only those scopes, PATCH, read back, record.
 * Also finishes a batch a reload or Cancel interrupted.
 */
export function runBatch(context: BatchContext, journal: Journal): Promise<Journal> {
  return runEntries(context, journal, isUnfinished, applyStep(context));
}
