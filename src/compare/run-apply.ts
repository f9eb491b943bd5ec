import { readGrant } from '../bulk';
import { applyWriteToIndex, noteGrantCreated } from '../tenant-index/index-writes';
import { isUnfinished, type ApplyEntry, type ApplyJournal } from './apply-journal';
import type { ApplyContext, ApplyStep } from './apply-io';
import { guardedCreate, guardedDelete, guardedUpdate, runSteps } from './apply-runner';
import { describeSettings, sameSettings, settingsOfGrant, type GrantSettings } from './apply-settings';
import { organizationsAfter, plannedChanges } from './apply-organizations';

const changedSincePreview = (now: GrantSettings) =>
  `Changed in the target since the preview: it holds ${describeSettings(now)}`;

/** What a read-back says, against what was meant and what was read just before (as bulk/run-batch.ts judges). */
function judge(
  back: GrantSettings | undefined,
  held: GrantSettings,
  intended: GrantSettings,
): Partial<ApplyEntry> {
  if (!back) return { status: 'failed', reason: 'Deleted while it was being changed' };
  if (sameSettings(back, intended)) return { status: 'applied', after: back };
  if (sameSettings(back, held))
    return {
      status: 'failed',
      after: back,
      reason: `Not applied: the target holds ${describeSettings(back)}`,
    };
  return {
    status: 'changed-by-other',
    after: back,
    reason: `The target holds ${describeSettings(back)}; this run meant ${describeSettings(intended)}`,
  };
}

const create: (context: ApplyContext) => ApplyStep = (context) => async (entry, save) => {
  const intended = entry.intended as GrantSettings;
  const created = await guardedCreate(
    { context, entry, save },
    {
      marker: 'writing',
      settings: intended,
      existing: (grant) => {
        const now = settingsOfGrant(grant);
        // A create a reload interrupted may have landed: then this run made it.
        if (entry.status === 'writing' && sameSettings(now, intended))
          return { status: 'applied', grantId: grant.id, after: now };
        return {
          status: 'skipped',
          reason: `Already in the target (created since the preview): it holds ${describeSettings(now)}`,
        };
      },
    },
  );
  if ('outcome' in created) return created.outcome;
  const { made, conflict } = created;
  if (!made) return { status: 'failed', reason: 'Not created: the target holds no such grant' };
  if (conflict) {
    // A 409: someone (or an earlier attempt whose answer was lost) created it first. Not ours to undo.
    const now = settingsOfGrant(made);
    const as = sameSettings(now, intended) ? 'as intended' : `holding ${describeSettings(now)}`;
    return {
      status: 'skipped',
      grantId: made.id,
      reason: `Created by someone else meanwhile (409), ${as}: Undo leaves it`,
    };
  }
  const back = await readGrant(context.api, made.id, context.signal);
  if (back) {
    applyWriteToIndex(context.api, { grant: back });
    noteGrantCreated(context.api, back.id);
  }
  return { grantId: made.id, ...judge(back && settingsOfGrant(back), intended, intended) };
};

/**
 * Only the organizations differ: the grant's settings are not written (a colleague's change to them stays); the
 * grant is read to know it is still there, and the associations are made after.
 */
async function organizationsOnly(context: ApplyContext, entry: ApplyEntry, save: (change: Partial<ApplyEntry>) => void) {
  const current = await readGrant(context.api, entry.grantId as string, context.signal);
  if (!current) return { status: 'skipped' as const, reason: 'Deleted in the target since the preview' };
  save({ status: 'writing' });
  return { status: 'applied' as const, after: settingsOfGrant(current) };
}

const update: (context: ApplyContext) => ApplyStep = (context) => (entry, save) => {
  const intended = entry.intended as GrantSettings;
  const before = entry.before as GrantSettings;
  if (sameSettings(before, intended)) return organizationsOnly(context, entry, save);
  return guardedUpdate(
    { context, entry, save },
    {
      marker: 'writing',
      gone: { status: 'skipped', reason: 'Deleted in the target since the preview' },
      check: (held) => {
        if (sameSettings(held, intended)) {
          return entry.status === 'writing'
            ? { status: 'applied', after: held }
            : { status: 'skipped', reason: 'Already as intended' };
        }
        // Never overwrite a change the admin did not see in the preview.
        return sameSettings(held, before) ? undefined : { status: 'skipped', reason: changedSincePreview(held) };
      },
      to: intended,
      judge: (back, held) => judge(back, held, intended),
    },
  );
};

const remove: (context: ApplyContext) => ApplyStep = (context) => (entry, save) => {
  const before = entry.before as GrantSettings;
  return guardedDelete(
    { context, entry, save },
    {
      marker: 'writing',
      gone:
        entry.status === 'writing'
          ? { status: 'applied' }
          : { status: 'skipped', reason: 'Already deleted in the target' },
      check: (held) => (sameSettings(held, before) ? undefined : { status: 'skipped', reason: changedSincePreview(held) }),
      done: 'applied',
      failed: 'failed',
    },
  );
};

/**
 * Applies each pending difference to the target: re-read, write only when the target still holds what the preview
 * showed, read back, record. Also finishes a run a reload or Cancel interrupted.
 */
export function runApply(context: ApplyContext, journal: ApplyJournal): Promise<ApplyJournal> {
  const steps = { create: create(context), update: update(context), delete: remove(context) };
  return runSteps(context, journal, isUnfinished, async (entry, save) =>
    withAssociations(context, entry, await steps[entry.action](entry, save)),
  );
}

/**
 * Once the grant holds what was meant, its organization associations are made and removed. An entry that was only
 * about organizations and made none of them failed; otherwise what did not go through is named in the reason.
 */
async function withAssociations(
  context: ApplyContext,
  entry: ApplyEntry,
  outcome: Partial<ApplyEntry>,
): Promise<Partial<ApplyEntry>> {
  const after = await organizationsAfter(context, entry, outcome, 'applied', plannedChanges(entry));
  if (!after) return outcome;
  const done = after.organizationsDone;
  const none = done !== undefined && done.associated.length + done.removed.length === 0;
  const onlyOrganizations = sameSettings(entry.before ?? (entry.intended as GrantSettings), entry.intended as GrantSettings);
  if (entry.action === 'update' && onlyOrganizations && none) return { ...outcome, status: 'failed', reason: after.reason };
  return { ...outcome, ...after };
}
