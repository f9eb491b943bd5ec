import type { PacingState } from '../api/pacer';

/**
 * Prefetching the next page spends a request the admin may never need, so only do it when the tenant's
 * bucket has headroom: at least a fifth of it (and 5 requests) left, nobody waiting for a slot, and no
 * 429 being waited out. The pacer's figure is the x-ratelimit-* headers when the browser may read them,
 * else its own estimate (Auth0 most likely hides the headers from scripts), so the budget is the same.
 */
export function hasPrefetchHeadroom(pacing: PacingState, now: number = Date.now()): boolean {
  if (pacing.waitingUntil !== undefined && pacing.waitingUntil > now) return false;
  if (pacing.queued.interactive + pacing.queued.background > 0) return false;
  return pacing.available >= Math.max(5, pacing.capacity * 0.2);
}
