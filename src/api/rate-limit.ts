/**
 * Rate-limit bookkeeping for the Management API (token bucket per tenant, see auth0-management-api.md §7).
 * Whether browsers may read these headers depends on the tenant's CORS `Access-Control-Expose-Headers`,
 * which is unknown for the real service: every function here must cope with none of them being visible.
 */
export type RateLimitInfo = {
  limit?: number;
  remaining?: number;
  /** When the bucket refills, epoch milliseconds (the header carries epoch seconds). */
  resetAt?: number;
  /** From `Retry-After`, when a server sends it (not documented for the Management API). */
  retryAfterMs?: number;
};

/** Upper bound for a single wait: a person is watching a spinner. */
export const MAX_RETRY_DELAY_MS = 10_000;
const BASE_BACKOFF_MS = 1_000;

const NON_NEGATIVE_INT = /^\d+$/;

function parseCount(value: string | null): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed || !NON_NEGATIVE_INT.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function parseRetryAfter(value: string | null, now: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (NON_NEGATIVE_INT.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function parseRateLimit(headers: Headers, now: number = Date.now()): RateLimitInfo {
  const info: RateLimitInfo = {};
  const limit = parseCount(headers.get('x-ratelimit-limit'));
  const remaining = parseCount(headers.get('x-ratelimit-remaining'));
  const resetSeconds = parseCount(headers.get('x-ratelimit-reset'));
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  if (limit !== undefined) info.limit = limit;
  if (remaining !== undefined) info.remaining = remaining;
  if (resetSeconds !== undefined) info.resetAt = resetSeconds * 1000;
  if (retryAfterMs !== undefined) info.retryAfterMs = retryAfterMs;
  return info;
}

export function hasRateLimitInfo(info: RateLimitInfo): boolean {
  return Object.keys(info).length > 0;
}

function clampDelay(ms: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(0, Math.ceil(ms)));
}

/**
 * How long to wait before retry number `attempt` (1-based) after a 429.
 * Order: Retry-After, then the reset header, then exponential backoff from `baseMs` (1 s, 2 s, 4 s … by
 * default; the pacer passes the time one token takes at its halved estimate, so a tenant whose headers
 * are hidden is not left idle for a second after every 429).
 * A reset time already in the past (browser clock ahead of Auth0's) falls through to backoff
 * rather than retrying immediately and hammering the tenant.
 */
export function retryDelayMs(info: RateLimitInfo | undefined, attempt: number, now: number, baseMs = BASE_BACKOFF_MS): number {
  if (info?.retryAfterMs !== undefined) return clampDelay(info.retryAfterMs);
  if (info?.resetAt !== undefined && info.resetAt > now) return clampDelay(info.resetAt - now);
  const exponent = Math.max(0, attempt - 1);
  return clampDelay(baseMs * 2 ** exponent);
}

/** The backoff base for a tenant whose bucket refills at `perSecond`: one token's time, within 100 ms – 1 s. */
export function backoffBaseMs(perSecond: number): number {
  return Math.min(BASE_BACKOFF_MS, Math.max(100, 1000 / perSecond));
}
