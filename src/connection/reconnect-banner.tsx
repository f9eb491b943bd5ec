import { lazy, Suspense } from 'react';
import { useNow } from '../components/use-now';
import { useConnection, useConnectionState } from './connection-context';

// Loaded only when needed: most sessions never see it.
const ReconnectAlert = lazy(() => import('./reconnect-alert').then((m) => ({ default: m.ReconnectAlert })));

/** Asks for a new token when the current one expired or the tenant answered 401. */
export function ReconnectBanner() {
  const { tokenRejected } = useConnectionState();
  const { expiresAt } = useConnection();
  const expired = expiresAt <= useNow();
  if (!tokenRejected && !expired) return null;
  return (
    <Suspense>
      <ReconnectAlert expired={expired} />
    </Suspense>
  );
}
