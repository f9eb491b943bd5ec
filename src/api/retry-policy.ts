import type { HttpMethod } from './http';
import type { Priority } from './pacer';
import { retryDelayMs, type RateLimitInfo } from './rate-limit';

/** Why a request waits before trying again; the UI words each differently. */
export type WaitCause = 'rate-limited' | 'unavailable';

/** An interactive request gives up after this many 429s in a row; a background one never does. */
export const MAX_RATE_LIMIT_RETRIES = 3;
/** A 503 with Retry-After is tried again this many times. */
export const MAX_UNAVAILABLE_RETRIES = 2;
/** A 503 asking for a longer wait than this is reported at once: the admin can decide better than a spinner. */
export const MAX_UNAVAILABLE_WAIT_MS = 30_000;
/**
 * Requests rate-limited together would all wake at the same reset second and collide again;
 * a little jitter spreads them out (other tabs and tools share the tenant's bucket).
 */
const MAX_JITTER_MS = 250;

export type RetryContext = {
  method: HttpMethod;
  priority: Priority;
  /** 429s and 503s this request has had so far; updated here. */
  tally: { limited: number; unavailable: number };
  now: number;
  random: () => number;
  /** Backoff base when the answer says nothing about when to retry (default 1 s). */
  backoffBaseMs?: number;
};

/**
 * How long to wait before trying again, or undefined to report the answer as it is.
 * A 429 means the request was not processed, so any method may be sent again. A 503 may come from a
 * gateway after the tenant acted: a POST is not repeated (a second grant could be created, or a 409
 * hide that the first one was), the idempotent methods are.
 */
export function retryWait(
  status: number,
  rateLimit: RateLimitInfo,
  context: RetryContext,
): { ms: number; cause: WaitCause; jitterMs?: number } | undefined {
  const { tally } = context;
  if (status === 429) {
    tally.limited++;
    if (context.priority === 'interactive' && tally.limited > MAX_RATE_LIMIT_RETRIES) return undefined;
    const jitter = Math.floor(context.random() * MAX_JITTER_MS);
    const ms = retryDelayMs(rateLimit, tally.limited, context.now, context.backoffBaseMs) + jitter;
    // The same spread goes to the retry's slot (pacer `jitterMs`), for when the estimate waits longer than this.
    return { ms, cause: 'rate-limited', jitterMs: jitter };
  }
  const retryAfter = rateLimit.retryAfterMs;
  if (status !== 503 || retryAfter === undefined || context.method === 'POST') return undefined;
  tally.unavailable++;
  if (tally.unavailable > MAX_UNAVAILABLE_RETRIES || retryAfter > MAX_UNAVAILABLE_WAIT_MS) return undefined;
  return { ms: retryAfter, cause: 'unavailable' };
}
