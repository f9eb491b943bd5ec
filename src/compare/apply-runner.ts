// The one runner behind Apply (run-apply.ts) and Undo (undo-apply.ts): the loop over the journal (saved after
// every change, Cancel, a 401 stops the run) and the guarded writes (`writing`/`undoing` saved before each write,
// the re-read and the write in one pacer reservation, every write read back). The two callers only decide: what
// the grant must hold for the write to go ahead, and what the read-back means.
import type { ClientGrant } from '../api/client-grants';
import type { Reservation } from '../api/request';
import { describeError, isUnauthorized } from '../api/errors';
import { readGrant, removeGrant, reserveReadAndWrite } from '../bulk';
import { applyWriteToIndex } from '../tenant-index/index-writes';
import { saveApplyJournal, type ApplyEntry, type ApplyJournal, type ApplyStatus } from './apply-journal';
import { createGrant, findGrant, writeSettings, type ApplyContext, type ApplyStep } from './apply-io';
import { settingsOfGrant, type GrantSettings } from './apply-settings';

export type Outcome = Partial<ApplyEntry>;
type Save = (change: Outcome) => void;

/** What one guarded write needs: the run's context, the entry and the journal's save for it. */
export type StepInput = { context: ApplyContext; entry: ApplyEntry; save: Save };

export type Guard = {
  /** Saved before the write: after a reload it means "outcome unknown, re-read". */
  marker: Extract<ApplyStatus, 'writing' | 'undoing'>;
  /** The outcome when the grant is not in the target. */
  gone: Outcome;
  /** What it holds now decides: an outcome ends the step without a write; undefined lets the write go ahead. */
  check: (held: GrantSettings) => Outcome | undefined;
};

/**
 * Re-reads the entry's grant and writes only if `check` lets it, both in one pacer reservation (back to back, as
 * bulk/grant-io.ts). Returns the outcome that ended it, or what the grant held when written.
 */
async function reReadAndWrite(
  { context, entry, save }: StepInput,
  guard: Guard,
  write: (held: GrantSettings, pair: Reservation) => Promise<void>,
): Promise<{ outcome: Outcome } | { held: GrantSettings }> {
  const { api, signal } = context;
  const pair = await reserveReadAndWrite(api, signal);
  try {
    const current = await readGrant(api, entry.grantId as string, signal, pair);
    if (!current) return { outcome: guard.gone };
    const held = settingsOfGrant(current);
    const outcome = guard.check(held);
    if (outcome) return { outcome };
    save({ status: guard.marker });
    await write(held, pair);
    return { held };
  } finally {
    pair.release();
  }
}

/** PATCHes the grant to `to` when the guard lets it, reads it back, and lets `judge` say what the read-back means. */
export async function guardedUpdate(
  input: StepInput,
  guard: Guard & {
    to: GrantSettings;
    judge: (back: GrantSettings | undefined, held: GrantSettings) => Outcome;
  },
): Promise<Outcome> {
  const { api, signal } = input.context;
  const id = input.entry.grantId as string;
  const written = await reReadAndWrite(input, guard, (held, pair) => writeSettings(api, id, held, guard.to, signal, pair));
  if ('outcome' in written) return written.outcome;
  const back = await readGrant(api, id, signal);
  if (back) applyWriteToIndex(api, { grant: back });
  return guard.judge(back && settingsOfGrant(back), written.held);
}

/** DELETEs the grant when the guard lets it; only the read-back says it is gone. */
export async function guardedDelete(
  input: StepInput,
  guard: Guard & { done: ApplyStatus; failed: ApplyStatus },
): Promise<Outcome> {
  const { api, signal } = input.context;
  const id = input.entry.grantId as string;
  const written = await reReadAndWrite(input, guard, (_held, pair) => removeGrant(api, id, signal, pair));
  if ('outcome' in written) return written.outcome;
  // Auth0 answers 204 whatever happened: only a read-back says the grant is gone.
  if (await readGrant(api, id, signal)) return { status: guard.failed, reason: 'The target still holds it' };
  applyWriteToIndex(api, { removedId: id });
  return { status: guard.done };
}

/**
 * POSTs the grant unless the target already has one for this application, API and subject type (then `existing`
 * says the outcome). Returns the grant made (the answer, or found when the answer was lost or a 409) and whether
 * the answer was a 409.
 */
export async function guardedCreate(
  { context, entry, save }: StepInput,
  guard: {
    marker: Guard['marker'];
    settings: GrantSettings;
    existing: (grant: ClientGrant) => Outcome;
  },
): Promise<{ outcome: Outcome } | { made?: ClientGrant; conflict: boolean }> {
  const { api, signal } = context;
  const existing = await findGrant(api, entry.identity, signal);
  if (existing) return { outcome: guard.existing(existing) };
  save({ status: guard.marker });
  const { grant, conflict } = await createGrant(api, entry.identity, guard.settings, signal);
  const made = grant ?? (await findGrant(api, entry.identity, signal));
  return made ? { made, conflict } : { conflict };
}

/**
 * Runs `step` for each selected entry in turn, saving the journal after every change so a reload loses nothing
 * (as bulk/run-entries.ts). Cancel stops between steps; a 401 stops the run (every further call would fail the
 * same way); another error fails only its grant.
 */
export async function runSteps(
  context: ApplyContext,
  journal: ApplyJournal,
  select: (entry: ApplyEntry) => boolean,
  step: ApplyStep,
): Promise<ApplyJournal> {
  let current = journal;
  const disconnected = () => context.api.lifetime?.aborted === true;
  const commit = (key: string, change: Partial<ApplyEntry>) => {
    // Disconnect has cleared the journals: nothing is saved after it.
    if (disconnected()) return;
    current = {
      ...current,
      entries: current.entries.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)),
    };
    saveApplyJournal(context.storage, current);
    context.onProgress(current);
  };
  for (const entry of journal.entries.filter(select)) {
    if (context.signal.aborted || disconnected()) break;
    try {
      commit(entry.key, await step(entry, (change) => commit(entry.key, change)));
    } catch (error) {
      if (context.signal.aborted || disconnected() || isUnauthorized(error)) break;
      const { title, detail } = describeError(error);
      const undoing = entry.status === 'applied' || entry.status === 'undoing';
      commit(entry.key, { status: undoing ? 'undo-failed' : 'failed', reason: `${title}: ${detail}` });
    }
  }
  return current;
}
