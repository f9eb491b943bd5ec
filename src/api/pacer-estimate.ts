import type { Priority } from './pacer';
import { MAX_RETRY_DELAY_MS, type RateLimitInfo } from './rate-limit';
import { refillMeter } from './refill-meter';

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
/**
 * The share kept once the headers have shown the refill rate: the bucket is then known, not guessed, and a
 * click waits at most one token's time anyway (it goes first). Each reserved token is a token a read never
 * spends: at 50/16, the fifth kept 11 idle and made every read 0.7 s longer.
 */
const MEASURED_RESERVE = 0.05;
/** Refill arithmetic in floating point: a bucket this close to a whole token holds it. */
const EPSILON = 1e-9;

/** Tokens the bucket must hold before a background request goes: one, plus the reserve kept for clicks. */
export function backgroundNeed(capacity: number, rateMeasured = false): number {
  return Math.min(capacity, 1 + Math.ceil(capacity * (rateMeasured ? MEASURED_RESERVE : INTERACTIVE_RESERVE)));
}

export function tokenBucketEstimate(start: number, initial: { capacity: number; perSecond: number } = INITIAL_BUCKET) {
  let capacity = initial.capacity;
  let perSecond = initial.perSecond;
  let tokens = capacity;
  let refilledAt = start;
  let lastHalvedAt = Number.NEGATIVE_INFINITY;
  let headersVisible = false;
  let slowStart = true;
  // The refill rate read from the headers (requests/s), once they have shown it; then it is the rate.
  let measured: number | undefined;
  const meter = refillMeter();

  function refill(at: number): void {
    if (at <= refilledAt) return;
    tokens = Math.min(capacity, tokens + ((at - refilledAt) / 1000) * perSecond);
    refilledAt = at;
  }

  /** Tokens a request of this lane needs in the bucket before it may go. */
  function needed(priority: Priority): number {
    return priority === 'interactive' ? 1 : backgroundNeed(capacity, measured !== undefined);
  }

  return {
    /**
     * Milliseconds until a request of this lane may go (0: now). `extra`: more requests that go with it, back to
     * back (a re-read and its write); never more than the bucket holds, so a tiny bucket lends the last one.
     */
    msUntil(priority: Priority, at: number, extra = 0): number {
      refill(at);
      const missing = Math.min(capacity, needed(priority) + extra) - tokens;
      return missing <= EPSILON ? 0 : Math.ceil((missing / perSecond) * 1000);
    },

    /** Spends one token; true when that leaves the bucket at least half drained (demand meets the estimate). */
    take(at: number): boolean {
      refill(at);
      tokens -= 1;
      return tokens < capacity / 2;
    },

    /** A slot taken but never used (a reserved write that was not needed): its token goes back. */
    refund(at: number): void {
      refill(at);
      tokens = Math.min(capacity, tokens + 1);
    },

    /** A 429: the bucket is empty now, and the estimate was too generous. */
    limited(sentAt: number, at: number): void {
      refill(at);
      tokens = Math.min(tokens, 0);
      if (sentAt <= lastHalvedAt) return;
      lastHalvedAt = at;
      slowStart = false;
      // The measured rate let a 429 through (the tenant's limit changed?): measure again.
      measured = undefined;
      meter.restart();
      perSecond = Math.max(MIN_PER_SECOND, perSecond / 2);
      if (!headersVisible) capacity = Math.max(1, Math.floor(capacity / 2));
    },

    grow(): void {
      if (measured !== undefined) return;
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
     * were sent after that and have spent tokens the header does not show yet. `spent`: the answer's
     * request took a token (not a 429), which the refill meter counts.
     */
    observe(info: RateLimitInfo, othersInFlight: number, at: number, spent = true): void {
      refill(at);
      if (info.limit !== undefined && info.limit > 0) {
        headersVisible = true;
        capacity = info.limit;
      }
      if (info.remaining === undefined) return;
      headersVisible = true;
      const rate = meter.sample(at, info.remaining, capacity, spent);
      if (rate !== undefined && rate > 0) {
        measured = Math.min(MAX_PER_SECOND, Math.max(MIN_PER_SECOND, rate));
        perSecond = measured;
      }
      tokens = Math.min(capacity, info.remaining - othersInFlight);
      // With the rate measured, the next token comes within 1/rate of a whole `remaining` (the conservative
      // reading); without it, only the reset says when, and it is rounded up to a whole second.
      if (measured === undefined && tokens < 1 && info.resetAt !== undefined && info.resetAt > at) {
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
