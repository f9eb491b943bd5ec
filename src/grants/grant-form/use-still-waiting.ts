import { useEffect, useRef, useState } from 'react';

/** How long a write may take before the form says it is still waiting and offers to stop. */
export const STILL_WAITING_MS = 5_000;

export type WaitState = 'idle' | 'waiting' | 'slow' | 'stopped';

/** The admin stopped waiting: the write's outcome is unknown until the tenant is asked. */
export class StoppedWaitingError extends Error {
  override readonly name = 'StoppedWaitingError';
  constructor() {
    super('Stopped waiting for the tenant.');
  }
}

/**
 * Tracks a write the admin is waiting on. Stopping aborts the request in the browser only: the tenant
 * may still apply it (or already has), so the caller checks what the tenant holds afterwards.
 */
export function useStillWaiting(delayMs = STILL_WAITING_MS) {
  const [state, setState] = useState<WaitState>('idle');
  const controller = useRef<AbortController>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    state,
    start(): AbortSignal {
      controller.current = new AbortController();
      setState('waiting');
      timer.current = setTimeout(() => setState('slow'), delayMs);
      return controller.current.signal;
    },
    stop() {
      clearTimeout(timer.current);
      setState('stopped');
      controller.current?.abort(new StoppedWaitingError());
    },
    done() {
      clearTimeout(timer.current);
      setState('idle');
    },
  };
}
