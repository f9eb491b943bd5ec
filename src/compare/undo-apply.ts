import { applyWriteToIndex, noteGrantCreated } from '../tenant-index/index-writes';
import { isUndoable, type ApplyEntry, type ApplyJournal } from './apply-journal';
import type { ApplyContext, ApplyStep } from './apply-io';
import { guardedCreate, guardedDelete, guardedUpdate, runSteps } from './apply-runner';
import { describeSettings, sameSettings, settingsOfGrant, type GrantSettings } from './apply-settings';
import { readGrant } from '../bulk/grant-io';
import { organizationsAfter, reversedChanges } from './apply-organizations';
import type { OrgRef } from './apply-journal';

const changedSinceRun = (now: GrantSettings) =>
  `Changed since the run: it now holds ${describeSettings(now)}`;

/** Undo writes only while the grant holds exactly what the run left (read back into `after`). */
const asTheRunLeftIt = (entry: ApplyEntry, held: GrantSettings): Partial<ApplyEntry> | undefined =>
  entry.after && sameSettings(held, entry.after) ? undefined : { status: 'undo-refused', reason: changedSinceRun(held) };

/** A grant this run created is deleted, while it still holds what the run left. */
const uncreate: (context: ApplyContext) => ApplyStep = (context) => (entry, save) =>
  guardedDelete(
    { context, entry, save },
    {
      marker: 'undoing',
      gone:
        entry.status === 'undoing'
          ? { status: 'undone' }
          : { status: 'undo-refused', reason: 'Deleted since the run' },
      check: (held) => asTheRunLeftIt(entry, held),
      done: 'undone',
      failed: 'undo-failed',
    },
  );

/** A run that changed only associations: nothing of the grant's settings to restore, only that it is still there. */
async function organizationsOnly(context: ApplyContext, entry: ApplyEntry, save: (change: Partial<ApplyEntry>) => void) {
  const current = await readGrant(context.api, entry.grantId as string, context.signal);
  if (!current) return { status: 'undo-refused' as const, reason: 'Deleted since the run' };
  save({ status: 'undoing' });
  return { status: 'undone' as const };
}

/** A grant this run changed gets back what it held before, while it still holds what the run left. */
const unupdate: (context: ApplyContext) => ApplyStep = (context) => (entry, save) => {
  const before = entry.before as GrantSettings;
  if (entry.intended && sameSettings(before, entry.intended)) return organizationsOnly(context, entry, save);
  return guardedUpdate(
    { context, entry, save },
    {
      marker: 'undoing',
      gone: { status: 'undo-refused', reason: 'Deleted since the run' },
      check: (held) =>
        entry.status === 'undoing' && sameSettings(held, before) ? { status: 'undone' } : asTheRunLeftIt(entry, held),
      to: before,
      judge: (back) => {
        if (!back) return { status: 'undo-failed', reason: 'Deleted while it was being restored' };
        return sameSettings(back, before)
          ? { status: 'undone', after: back }
          : { status: 'undo-failed', reason: `Not restored: the target holds ${describeSettings(back)}` };
      },
    },
  );
};

/** A grant this run deleted is created again with what it held (a new id: Auth0 gives no way to keep the old one). */
const undelete: (context: ApplyContext) => ApplyStep = (context) => async (entry, save) => {
  const before = entry.before as GrantSettings;
  const created = await guardedCreate(
    { context, entry, save },
    {
      marker: 'undoing',
      settings: before,
      existing: (grant) => {
        const now = settingsOfGrant(grant);
        if (entry.status === 'undoing' && sameSettings(now, before)) return { status: 'undone', grantId: grant.id };
        return {
          status: 'undo-refused',
          reason: `A grant for this application and API exists again: it holds ${describeSettings(now)}`,
        };
      },
    },
  );
  if ('outcome' in created) return created.outcome;
  const { made } = created;
  if (!made) return { status: 'undo-failed', reason: 'Not created again: the target holds no such grant' };
  applyWriteToIndex(context.api, { grant: made });
  noteGrantCreated(context.api, made.id);
  const now = settingsOfGrant(made);
  if (sameSettings(now, before)) return { status: 'undone', grantId: made.id };
  return {
    status: 'undo-failed',
    grantId: made.id,
    reason: `Created again, but it holds ${describeSettings(now)}`,
  };
};

/**
 * Restores the target grant by grant, only where it still holds exactly what the run left; otherwise refuses for
 * that grant and says what it holds now. Deleted grants come back with a new id.
 */
export function undoApply(context: ApplyContext, journal: ApplyJournal): Promise<ApplyJournal> {
  const steps = { create: uncreate(context), update: unupdate(context), delete: undelete(context) };
  return runSteps(context, journal, isUndoable, async (entry, save) =>
    withAssociationsUndone(context, entry, await steps[entry.action](entry, save)),
  );
}

/**
 * Once a grant is restored, its associations are too: a change undone reverses exactly the associations the run
 * made and removed; a deleted grant created again is associated with the organizations it had. (A created grant's
 * deletion ends its associations with it.) What did not go through is named in the reason.
 */
async function withAssociationsUndone(
  context: ApplyContext,
  entry: ApplyEntry,
  outcome: Partial<ApplyEntry>,
): Promise<Partial<ApplyEntry>> {
  const recreate = (entry.organizationsBefore ?? []).map((organization: OrgRef) => ({ organization, action: 'associate' as const }));
  const changes = entry.action === 'update' ? reversedChanges(entry) : entry.action === 'delete' ? recreate : [];
  const after = await organizationsAfter(context, entry, outcome, 'undone', changes);
  // What Undo did is not kept: the run's own `organizationsDone` stays what the results show.
  return after?.reason ? { ...outcome, reason: after.reason } : outcome;
}
