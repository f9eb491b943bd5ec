import { describeError, isUnauthorized } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { saveJournal, type Journal, type JournalEntry } from './bulk-journal';

export type BatchContext = {
  api: ManagementApi;
  storage: Storage;
  signal: AbortSignal;
  /** Called after every step with the journal as saved. */
  onProgress(journal: Journal): void;
};

/** One step may save intermediate states (e.g. "writing" before its PATCH) through `save`. */
export type Step = (entry: JournalEntry, save: (change: Partial<JournalEntry>) => void) => Promise<Partial<JournalEntry>>;

/**
 * Runs `step` for each selected entry in turn, saving the journal after every change so a reload loses
 * nothing. Cancel stops between (or during) steps; a 401 stops the batch (every further call would fail
 * the same way) and leaves the rest to Finish after reconnecting. Other errors fail only their grant.
 */
export async function runEntries(
  context: BatchContext,
  journal: Journal,
  select: (entry: JournalEntry) => boolean,
  step: Step,
): Promise<Journal> {
  let current = journal;
  // Disconnect ends the connection before React unmounts the batch (whose Cancel signal aborts then): a
  // request failing with the lifetime's reason must not save the journal Disconnect has just cleared.
  const disconnected = () => context.api.lifetime?.aborted === true;
  const stopped = () => context.signal.aborted || disconnected();
  const commit = (id: string, change: Partial<JournalEntry>) => {
    if (disconnected()) return;
    current = {
      ...current,
      entries: current.entries.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)),
    };
    saveJournal(context.storage, current);
    context.onProgress(current);
  };
  for (const entry of journal.entries.filter(select)) {
    if (stopped()) break;
    try {
      commit(entry.id, await step(entry, (change) => commit(entry.id, change)));
    } catch (error) {
      if (stopped() || isUnauthorized(error)) break;
      const { title, detail } = describeError(error);
      commit(entry.id, { status: failedStatus(entry), reason: `${title}: ${detail}` });
    }
  }
  return current;
}

const failedStatus = (entry: JournalEntry) =>
  entry.status === 'changed' || entry.status === 'undoing' ? 'undo-failed' : 'failed';
