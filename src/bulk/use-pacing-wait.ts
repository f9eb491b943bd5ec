import { useSyncExternalStore } from 'react';
import { useConnection } from '../connection/connection-context';
import { useNow } from '../components/use-now';

/** Whole seconds until the tenant lets requests go again after a 429 (or a 503), or undefined when it does not hold them. */
export function usePacingWait(): number | undefined {
  const { api } = useConnection();
  const until = useSyncExternalStore(api.subscribePacing, () => api.pacing().waitingUntil);
  const now = useNow(500);
  return until !== undefined && until > now ? Math.ceil((until - now) / 1000) : undefined;
}
