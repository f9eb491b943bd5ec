import type { Priority } from './pacer';
import { MAX_RETRY_DELAY_MS, type RateLimitInfo } from './rate-limit';

/**
 * The pacer's picture of the tenant's token bucket. Until the first 429 it doubles with each answer that
 * was not a 429 while the bucket was pressed (slow start: from 2/s it finds an enterprise tenant's 16/s in
 * three answers, and a tenant with no limit within ten; growing by a quarter took ~2 s of a 10,000-grant
 * read with the headers hidden, for one 429 less); from then on AIMD-style, a
 * little per answer, halving on a 429. It snaps to the x-ratelimit-* headers whenever the browser may
 * read them.
 */
export type BucketEstimate = ReturnType<typeof tokenBucketEstimate>;

/** Auth0's free tier sustains 2 requests/s (§7); its burst is not documented, 10 is a guess a 429 corrects. */
export const INITIAL_BUCKET = { capacity: 10, perSecond: 2 } as const;
const MIN_PER_SECOND = 0.5;
/** Far above Auth0's enterprise figure (16/s, burst 50): only a tenant that never answers 429 gets near it. */
const MAX_PER_SECOND = 1000;
/** Growth per pressed answer until the first 429 (measured: 1.25 made a hidden-header read 1.7x its floor, 2 made it 1.35x). */
const SLOW_START_FACTOR = 2;
const MAX_CAPACITY = 100;
const GROW_PER_SECOND = 0.2;
const GROW_CAPACITY = 0.5;
/** Background requests leave this share of the bucket for the admin's next clicks. */
const INTERACTIVE_RESERVE = 0.2;
/** Refill arithmetic in floating point: a bucket this close to a whole token holds it. */
const EPSILON = 1e-9;

/** Tokens the bucket must hold before a background request goes: one, plus the reserve kept for clicks. */
export function backgroundNeed(capacity: number): number {
  return Math.min(capacity, 1 + Math.ceil(capacity * INTERACTIVE_RESERVE));
}

export function tokenBucketEstimate(start: number, initial: { capacity: number; perSecond: number } = INITIAL_BUCKET) {
  let capacity = initial.capacity;
  let perSecond = initial.perSecond;
  let tokens = capacity;
  let refilledAt = start;
  let lastHalvedAt = Number.NEGATIVE_INFINITY;
  let headersVisible = false;
  let slowStart = true;

  function refill(at: number): void {
    if (at <= refilledAt) return;
    tokens = Math.min(capacity, tokens + ((at - refilledAt) / 1000) * perSecond);
    refilledAt = at;
  }

  /** Tokens a request of this lane needs in the bucket before it may go. */
  function needed(priority: Priority): number {
    return priority === 'interactive' ? 1 : backgroundNeed(capacity);
  }

  return {
    /** Milliseconds until a request of this lane may go (0: now). */
    msUntil(priority: Priority, at: number): number {
      refill(at);
      const missing = needed(priority) - tokens;
      return missing <= EPSILON ? 0 : Math.ceil((missing / perSecond) * 1000);
    },

    /** Spends one token; true when that leaves the bucket at least half drained (demand meets the estimate). */
    take(at: number): boolean {
      refill(at);
      tokens -= 1;
      return tokens < capacity / 2;
    },

    /** A 429: the bucket is empty now, and the estimate was too generous. */
    limited(sentAt: number, at: number): void {
      refill(at);
      tokens = Math.min(tokens, 0);
      if (sentAt <= lastHalvedAt) return;
      lastHalvedAt = at;
      slowStart = false;
      perSecond = Math.max(MIN_PER_SECOND, perSecond / 2);
      if (!headersVisible) capacity = Math.max(1, Math.floor(capacity / 2));
    },

    grow(): void {
      perSecond = Math.min(MAX_PER_SECOND, slowStart ? perSecond * SLOW_START_FACTOR : perSecond + GROW_PER_SECOND);
      if (headersVisible) return;
      const grown = Math.min(MAX_CAPACITY, slowStart ? capacity * SLOW_START_FACTOR : capacity + GROW_CAPACITY);
      // The room a bigger bucket has was never spent: without it, a fifth of the grown capacity kept for clicks
      // outgrew the tokens left, and slow start slept ~1.5 s in the first hundred requests of a read.
      if (slowStart) tokens += grown - capacity;
      capacity = grown;
    },

    /**
     * Headers, when visible, are the truth at the moment the tenant answered; requests still in flight
     * were sent after that and have spent tokens the header does not show yet.
     */
    observe(info: RateLimitInfo, othersInFlight: number, at: number): void {
      refill(at);
      if (info.limit !== undefined && info.limit > 0) {
        headersVisible = true;
        capacity = info.limit;
      }
      if (info.remaining === undefined) return;
      headersVisible = true;
      tokens = Math.min(capacity, info.remaining - othersInFlight);
      if (tokens < 1 && info.resetAt !== undefined && info.resetAt > at) {
        // The next token arrives at the reset (capped, in case the browser's clock is behind Auth0's).
        const untilReset = Math.min(info.resetAt - at, MAX_RETRY_DELAY_MS);
        tokens = Math.min(tokens, 1 - (untilReset / 1000) * perSecond);
      }
    },

    snapshot(at: number) {
      refill(at);
      return {
        estimatedPerSecond: Math.round(perSecond * 100) / 100,
        capacity: Math.floor(capacity),
        available: Math.max(0, Math.floor(tokens + EPSILON)),
        headersVisible,
      };
    },
  };
}
