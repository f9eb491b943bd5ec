import type { RateLimitInfo } from '../api/rate-limit';

/**
 * Prefetching the next page spends a request the admin may never need, so only do it when the tenant
 * says it has headroom: at least a fifth of its bucket (and 5 requests) left. When the headers are
 * invisible (Auth0 may not expose them to scripts), we cannot know, so we do not prefetch.
 */
export function hasPrefetchHeadroom(info: RateLimitInfo | undefined): boolean {
  if (!info || info.remaining === undefined || info.limit === undefined) return false;
  return info.remaining >= Math.max(5, info.limit * 0.2);
}
