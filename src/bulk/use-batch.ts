import { useCallback, useEffect, useRef, useState } from 'react';
import { useConnection } from '../connection/connection-context';
import {
  clearJournal,
  saveJournal,
  undoable,
  unfinished,
  type Journal,
  type JournalEntry,
} from './bulk-journal';
import { runBatch } from './run-batch';
import { undoBatch } from './undo-batch';
import { useRefreshAfterWrites } from './use-refresh-after-writes';
import { abortOnPageHide } from './abort-on-page-hide';

export type BatchRun = 'apply' | 'undo';

const applyActive = (entry: JournalEntry) => entry.status === 'pending' || entry.status === 'writing';
const undoActive = (entry: JournalEntry) => entry.status === 'changed' || entry.status === 'undoing';
const targetsOf = (kind: BatchRun, journal: Journal | undefined) =>
  new Set(journal ? (kind === 'apply' ? unfinished : undoable)(journal).map((entry) => entry.id) : []);

/**
 * Runs a batch (or its undo) against this tenant, keeping the journal in state and in sessionStorage after
 * every step. Cancel stops after the request in flight; the journal then says what is left. With `autoRun`,
 * the run on `initial` starts at mount (Finish or Undo chosen after a reload).
 */
export function useBatch(initial?: Journal, autoRun?: BatchRun) {
  const { api, domain, subject } = useConnection();
  const refresh = useRefreshAfterWrites();
  const [journal, setJournal] = useState(initial);
  const [running, setRunning] = useState<BatchRun | undefined>(initial && autoRun);
  const [targets, setTargets] = useState<ReadonlySet<string>>(() => targetsOf(autoRun ?? 'apply', initial));
  const controller = useRef<AbortController | undefined>(undefined);

  const execute = useCallback(
    async (kind: BatchRun, start: Journal) => {
      const abort = new AbortController();
      controller.current = abort;
      // A reload mid-run stops the run first, so the request the browser cuts off is not journaled as failed
      // (Finish after the reload would then skip that grant): the journal keeps it pending or `writing`.
      const stopWatching = abortOnPageHide(abort);
      saveJournal(sessionStorage, start);
      const context = { api, storage: sessionStorage, signal: abort.signal, onProgress: setJournal };
      try {
        const result = await (kind === 'apply' ? runBatch : undoBatch)(context, start);
        if (controller.current === abort) setJournal(result);
      } finally {
        stopWatching();
        // A run replaced by another (StrictMode's second mount) must not end the newer one's state.
        if (controller.current === abort) setRunning(undefined);
        // Lists and details show what the tenant now holds (the index was updated grant by grant).
        refresh();
      }
    },
    [api, refresh],
  );
  const run = useCallback(
    (kind: BatchRun, start: Journal) => {
      setRunning(kind);
      setTargets(targetsOf(kind, start));
      setJournal(start);
      void execute(kind, start);
    },
    [execute],
  );
  useEffect(() => {
    if (initial && autoRun) void execute(autoRun, initial);
    return () => controller.current?.abort();
    // Only on mount: `initial` is the journal found at load, and unmounting stops the run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  /** The admin has seen the results: nothing is left to offer after a reload. */
  const forget = useCallback(() => clearJournal(sessionStorage, { domain, subject }), [domain, subject]);
  const active = running === 'undo' ? undoActive : applyActive;
  const done = journal
    ? journal.entries.filter((entry) => targets.has(entry.id) && !active(entry)).length
    : 0;
  return { journal, running, progress: { done, total: targets.size }, run, cancel, forget };
}
