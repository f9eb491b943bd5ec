import { readGrant, removeGrant, reserveReadAndWrite } from '../bulk';
import { applyWriteToIndex, noteGrantCreated } from '../tenant-index/index-writes';
import { isUndoable, type ApplyJournal } from './apply-journal';
import {
  createGrant,
  findGrant,
  runSteps,
  writeSettings,
  type ApplyContext,
  type ApplyStep,
} from './apply-io';
import { describeSettings, sameSettings, settingsOfGrant, type GrantSettings } from './apply-settings';

const changedSinceRun = (now: GrantSettings) =>
  `Changed since the run: it now holds ${describeSettings(now)}`;

/** A grant this run created is deleted, while it still holds what the run left. */
const uncreate: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const id = entry.grantId as string;
    const pair = await reserveReadAndWrite(api, signal);
    try {
      const current = await readGrant(api, id, signal, pair);
      if (!current)
        return entry.status === 'undoing'
          ? { status: 'undone' }
          : { status: 'undo-refused', reason: 'Deleted since the run' };
      const held = settingsOfGrant(current);
      if (!entry.after || !sameSettings(held, entry.after))
        return { status: 'undo-refused', reason: changedSinceRun(held) };
      save({ status: 'undoing' });
      await removeGrant(api, id, signal, pair);
    } finally {
      pair.release();
    }
    if (await readGrant(api, id, signal))
      return { status: 'undo-failed', reason: 'The target still holds it' };
    applyWriteToIndex(api, { removedId: id });
    return { status: 'undone' };
  };

/** A grant this run changed gets back what it held before, while it still holds what the run left. */
const unupdate: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const id = entry.grantId as string;
    const before = entry.before as GrantSettings;
    const pair = await reserveReadAndWrite(api, signal);
    let held: GrantSettings;
    try {
      const current = await readGrant(api, id, signal, pair);
      if (!current) return { status: 'undo-refused', reason: 'Deleted since the run' };
      held = settingsOfGrant(current);
      if (entry.status === 'undoing' && sameSettings(held, before)) return { status: 'undone' };
      if (!entry.after || !sameSettings(held, entry.after))
        return { status: 'undo-refused', reason: changedSinceRun(held) };
      save({ status: 'undoing' });
      await writeSettings(api, id, held, before, signal, pair);
    } finally {
      pair.release();
    }
    const back = await readGrant(api, id, signal);
    if (!back) return { status: 'undo-failed', reason: 'Deleted while it was being restored' };
    applyWriteToIndex(api, { grant: back });
    const now = settingsOfGrant(back);
    return sameSettings(now, before)
      ? { status: 'undone', after: now }
      : { status: 'undo-failed', reason: `Not restored: the target holds ${describeSettings(now)}` };
  };

/** A grant this run deleted is created again with what it held (a new id: Auth0 gives no way to keep the old one). */
const undelete: (context: ApplyContext) => ApplyStep =
  ({ api, signal }) =>
  async (entry, save) => {
    const before = entry.before as GrantSettings;
    const existing = await findGrant(api, entry.identity, signal);
    if (existing) {
      const now = settingsOfGrant(existing);
      if (entry.status === 'undoing' && sameSettings(now, before))
        return { status: 'undone', grantId: existing.id };
      return {
        status: 'undo-refused',
        reason: `A grant for this application and API exists again: it holds ${describeSettings(now)}`,
      };
    }
    save({ status: 'undoing' });
    const { grant } = await createGrant(api, entry.identity, before, signal);
    const made = grant ?? (await findGrant(api, entry.identity, signal));
    if (!made) return { status: 'undo-failed', reason: 'Not created again: the target holds no such grant' };
    applyWriteToIndex(api, { grant: made });
    noteGrantCreated(api, made.id);
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
  return runSteps(context, journal, isUndoable, (entry, save) => steps[entry.action](entry, save));
}
