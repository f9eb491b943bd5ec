import { useCallback, useEffect, useRef, useState } from 'react';
import { useConnection } from '../connection/connection-context';
import { runDeletes, type DeleteEntry } from './run-deletes';
import { useRefreshAfterWrites } from './use-refresh-after-writes';

/** Runs a bulk delete with progress and Cancel; the lists are read again once it stops. */
export function useBulkDelete() {
  const { api } = useConnection();
  const refresh = useRefreshAfterWrites();
  const [entries, setEntries] = useState<DeleteEntry[]>();
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const run = useCallback(
    async (start: DeleteEntry[]) => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning(true);
      setEntries(start);
      try {
        setEntries(await runDeletes(api, start, abort.signal, setEntries));
      } finally {
        setRunning(false);
        refresh();
      }
    },
    [api, refresh],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { entries, running, run, cancel };
}
