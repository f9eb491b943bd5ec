import { readGrant, removeGrant, reserveReadAndWrite } from '../bulk';
import { applyWriteToIndex, noteGrantCreated } from '../tenant-index/index-writes';
import { isUnfinished, type ApplyEntry, type ApplyJournal } from './apply-journal';
import {
  createGrant,
  findGrant,
  runSteps,
  writeSettings,
  type ApplyContext,
  type ApplyStep,
} from './apply-io';
import { describeSettings, sameSettings, settingsOfGrant, type GrantSettings } from './apply-settings';

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

const create: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const intended = entry.intended as GrantSettings;
    const existing = await findGrant(api, entry.identity, signal);
    if (existing) {
      const now = settingsOfGrant(existing);
      // A create a reload interrupted may have landed: then this run made it.
      if (entry.status === 'writing' && sameSettings(now, intended))
        return { status: 'applied', grantId: existing.id, after: now };
      return {
        status: 'skipped',
        reason: `Already in the target (created since the preview): it holds ${describeSettings(now)}`,
      };
    }
    save({ status: 'writing' });
    const { grant, conflict } = await createGrant(api, entry.identity, intended, signal);
    const made = grant ?? (await findGrant(api, entry.identity, signal));
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
    const back = await readGrant(api, made.id, signal);
    if (back) {
      applyWriteToIndex(api, { grant: back });
      noteGrantCreated(api, back.id);
    }
    return { grantId: made.id, ...judge(back && settingsOfGrant(back), intended, intended) };
  };

const update: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const intended = entry.intended as GrantSettings;
    const before = entry.before as GrantSettings;
    const id = entry.grantId as string;
    // The write's slot is taken with the re-read's, so they go back to back (bulk/grant-io.ts).
    const pair = await reserveReadAndWrite(api, signal);
    let held: GrantSettings;
    try {
      const current = await readGrant(api, id, signal, pair);
      if (!current) return { status: 'skipped', reason: 'Deleted in the target since the preview' };
      held = settingsOfGrant(current);
      if (sameSettings(held, intended)) {
        return entry.status === 'writing'
          ? { status: 'applied', after: held }
          : { status: 'skipped', reason: 'Already as intended' };
      }
      // Never overwrite a change the admin did not see in the preview.
      if (!sameSettings(held, before)) return { status: 'skipped', reason: changedSincePreview(held) };
      save({ status: 'writing' });
      await writeSettings(api, id, held, intended, signal, pair);
    } finally {
      pair.release();
    }
    const back = await readGrant(api, id, signal);
    if (back) applyWriteToIndex(api, { grant: back });
    return judge(back && settingsOfGrant(back), held, intended);
  };

const remove: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const before = entry.before as GrantSettings;
    const id = entry.grantId as string;
    const pair = await reserveReadAndWrite(api, signal);
    try {
      const current = await readGrant(api, id, signal, pair);
      if (!current) {
        return entry.status === 'writing'
          ? { status: 'applied' }
          : { status: 'skipped', reason: 'Already deleted in the target' };
      }
      const held = settingsOfGrant(current);
      if (!sameSettings(held, before)) return { status: 'skipped', reason: changedSincePreview(held) };
      save({ status: 'writing' });
      await removeGrant(api, id, signal, pair);
    } finally {
      pair.release();
    }
    // Auth0 answers 204 whatever happened: only a read-back says the grant is gone.
    if (await readGrant(api, id, signal)) return { status: 'failed', reason: 'The target still holds it' };
    applyWriteToIndex(api, { removedId: id });
    return { status: 'applied' };
  };

/**
 * Applies each pending difference to the target: re-read, write only when the target still holds what the preview
 * showed, read back, record. Also finishes a run a reload or Cancel interrupted.
 */
export function runApply(context: ApplyContext, journal: ApplyJournal): Promise<ApplyJournal> {
  const steps = { create: create(context), update: update(context), delete: remove(context) };
  return runSteps(context, journal, isUnfinished, (entry, save) => steps[entry.action](entry, save));
}
