import type { ClientGrant } from '../api/client-grants';
import { applyWriteToIndex } from '../tenant-index/index-writes';
import type { Journal, JournalEntry } from './bulk-journal';
import { applyDelta, sameScopes } from './bulk-plan';
import { listScopes, readGrant, reserveReadAndWrite, scopesOf, writeScopes } from './grant-io';
import { runEntries, type BatchContext, type Step } from './run-entries';

/**
 * What the read-back says about one write, compared with what the batch meant (`target`) *and* what it read
 * just before (`held`). Only the target is "changed"; the read's scopes mean the write did not land; anything
 * else is someone else's write around ours, reported as such and never called "Changed".
 */
export function judgeReadBack(back: ClientGrant | undefined, held: string[], target: string[]): Partial<JournalEntry> {
  if (!back) return { status: 'failed', reason: 'Deleted while it was being changed' };
  const now = back.allow_all_scopes ? undefined : scopesOf(back);
  if (now && sameScopes(now, target)) return { status: 'changed', after: now };
  const holds = now ? listScopes(now) : 'all scopes';
  if (now && sameScopes(now, held)) return { status: 'failed', after: now, reason: `Not applied: the tenant holds ${holds}` };
  return {
    status: 'changed-by-other',
    ...(now ? { after: now } : {}),
    reason: `the tenant holds ${holds}; this batch meant ${listScopes(target)}`,
  };
}

const applyStep =
  (context: BatchContext): Step =>
  async (entry, save) => {
    const { api, signal } = context;
    // The PATCH's slot is taken with the re-read's: the two go back to back, leaving a colleague's edit one
    // round trip to slip in between instead of the pacer's interval (what remains: docs/architecture.md).
    const pair = await reserveReadAndWrite(api, signal);
    try {
      const current = await readGrant(api, entry.id, signal, pair);
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
      await writeScopes(api, entry.id, target, signal, pair);
      const back = await readGrant(api, entry.id, signal);
      if (back) applyWriteToIndex(api, { grant: back });
      return judgeReadBack(back, held, target);
    } finally {
      pair.release();
    }
  };

const isUnfinished = (entry: JournalEntry) => entry.status === 'pending' || entry.status === 'writing';

/**
 * Applies each grant's intended add/remove: re-read, change only those scopes, PATCH, read back, record.
 * Also finishes a batch a reload or Cancel interrupted.
 */
export function runBatch(context: BatchContext, journal: Journal): Promise<Journal> {
  return runEntries(context, journal, isUnfinished, applyStep(context));
}
