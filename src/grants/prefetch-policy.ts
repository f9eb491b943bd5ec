import type { PacingState } from '../api/pacer';
import { backgroundNeed } from '../api/pacer-estimate';

/**
 * Prefetching the next page spends a request the admin may never need, so only do it when the tenant's
 * bucket has headroom: 5 requests left at least, and a fifth of the bucket still left after the prefetch
 * (the reserve the pacer keeps for clicks, so the background request goes at once), nobody waiting for a
 * slot, and no 429 being waited out. The pacer's figure is the x-ratelimit-* headers when the browser may read them,
 * else its own estimate (Auth0 most likely hides the headers from scripts), so the budget is the same.
 */
export function hasPrefetchHeadroom(pacing: PacingState, now: number = Date.now()): boolean {
  if (pacing.waitingUntil !== undefined && pacing.waitingUntil > now) return false;
  if (pacing.queued.interactive + pacing.queued.background > 0) return false;
  return pacing.available >= Math.max(5, backgroundNeed(pacing.capacity));
}
