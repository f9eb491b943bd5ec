import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Connection } from '../connection/connection-context';
import { grantQueries } from '../grants/grant-queries';
import { organizationsKey } from '../organizations/organizations-key';
import {
  clearApplyJournal,
  loadApplyJournal,
  saveApplyJournal,
  type ApplyEntry,
  type ApplyJournal,
} from './apply-journal';
import type { ApplyContext } from './apply-io';
import { runApply } from './run-apply';
import { abortOnPageHide } from '../bulk/abort-on-page-hide';
import { undoApply } from './undo-apply';

export type ApplyRun = {
  /** The run in progress or last finished on this target (kept across a reload), if any. */
  journal?: ApplyJournal;
  running?: 'apply' | 'undo';
  start(entries: ApplyEntry[]): void;
  /** Goes on with what a reload or Cancel left undone. */
  finish(): void;
  undo(): void;
  cancel(): void;
  /** Forgets the finished run. */
  dismiss(): void;
};

/** One target's apply run: journaled in this tab (sessionStorage) per tenant and token subject, like bulk changes. */
export function useApplyRun(target: Connection): ApplyRun {
  const queryClient = useQueryClient();
  const owner = { domain: target.domain, subject: target.subject };
  const [journal, setJournal] = useState(() => loadApplyJournal(sessionStorage, owner));
  const [running, setRunning] = useState<'apply' | 'undo'>();
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (kind: 'apply' | 'undo', from: ApplyJournal) => {
      controller.current = new AbortController();
      // A reload mid-run stops the run here, so the request it cancels is not journaled as failed.
      const stopWatching = abortOnPageHide(controller.current);
      setRunning(kind);
      const context: ApplyContext = {
        api: target.api,
        storage: sessionStorage,
        signal: controller.current.signal,
        onProgress: setJournal,
      };
      try {
        setJournal(await (kind === 'apply' ? runApply : undoApply)(context, from));
      } finally {
        stopWatching();
        setRunning(undefined);
        // Every cached list and detail of the target's grants is read again (the tenant index followed each write).
        void queryClient.invalidateQueries({ queryKey: grantQueries.all(target.api) });
        // A deleted (or recreated) grant takes its associations with it.
        void queryClient.invalidateQueries({ queryKey: organizationsKey(target.api) });
      }
    },
    [target.api, queryClient],
  );

  return {
    journal,
    running,
    start: (entries) => {
      const fresh: ApplyJournal = {
        version: 1,
        domain: target.domain,
        subject: target.subject,
        startedAt: Date.now(),
        entries,
      };
      saveApplyJournal(sessionStorage, fresh);
      setJournal(fresh);
      void run('apply', fresh);
    },
    finish: () => void (journal && run('apply', journal)),
    undo: () => void (journal && run('undo', journal)),
    cancel: () => controller.current?.abort(),
    dismiss: () => {
      clearApplyJournal(sessionStorage, owner);
      setJournal(undefined);
    },
  };
}
