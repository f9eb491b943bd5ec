// One token bucket for the whole tenant, like Auth0's global Management API limit.
export type RateLimitConfig = { burst: number; perSecond: number };
export type RateLimitState = { allowed: boolean; headers: Record<string, string> };

export class RateLimiter {
  private readonly config: RateLimitConfig;
  private tokens: number;
  private updatedAt: number;
  private readonly now: () => number;

  constructor(config: RateLimitConfig, now: () => number = Date.now) {
    this.config = config;
    this.tokens = config.burst;
    this.now = now;
    this.updatedAt = now();
  }

  private refill(): number {
    const now = this.now();
    this.tokens = Math.min(
      this.config.burst,
      this.tokens + ((now - this.updatedAt) / 1000) * this.config.perSecond,
    );
    this.updatedAt = now;
    return now;
  }

  /** Takes one token when `consume` is set; always returns the x-ratelimit-* headers. */
  take(consume: boolean): RateLimitState {
    const now = this.refill();
    const allowed = !consume || this.tokens >= 1;
    if (consume && allowed) this.tokens -= 1;
    // x-ratelimit-reset: epoch seconds at which the next token is added (now when the bucket is full).
    const missing = this.tokens >= this.config.burst ? 0 : 1 - (this.tokens % 1);
    const resetMs = now + (missing / this.config.perSecond) * 1000;
    return {
      allowed,
      headers: {
        'x-ratelimit-limit': String(this.config.burst),
        'x-ratelimit-remaining': String(Math.max(0, Math.floor(this.tokens))),
        'x-ratelimit-reset': String(Math.ceil(resetMs / 1000)),
      },
    };
  }
}
