import { useConnectionState } from './connection-context';
import { RateLimitSnackbar } from './rate-limit-snackbar';

/**
 * Shown while the api module waits out a 429 (or a 503 with Retry-After). Not lazy: a wait is often a second or two, and a
 * message whose code arrives after the wait is over says nothing.
 */
export function RateLimitNotice() {
  const { rateLimitRetryAt, rateLimitCause } = useConnectionState();
  return rateLimitRetryAt === undefined ? null : <RateLimitSnackbar retryAt={rateLimitRetryAt} cause={rateLimitCause} />;
}
