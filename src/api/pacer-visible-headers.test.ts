import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, type Pacer } from './pacer';
import { parseRateLimit } from './rate-limit';

// The pacer against a simulated tenant that shows its x-ratelimit-* headers: a token bucket like
// Auth0's (and the local tenant's), whose reset header is whole epoch seconds. A fake clock drives both.

const T0 = Date.UTC(2025, 0, 1, 12, 0, 0, 300);
const RTT_MS = 20;

/** Auth0's enterprise bucket: 50 burst, 16 per second; reset = the (ceiled) second the next token comes. */
function tenantBucket(burst = 50, perSecond = 16) {
  let tokens = burst;
  let at = Date.now();
  let lowest = burst;
  return {
    take(): { headers: Headers; allowed: boolean } {
      const now = Date.now();
      tokens = Math.min(burst, tokens + ((now - at) / 1000) * perSecond);
      at = now;
      const allowed = tokens >= 1;
      if (allowed) tokens -= 1;
      lowest = Math.min(lowest, tokens);
      const resetMs = now + (tokens >= burst ? 0 : ((1 - (tokens % 1)) / perSecond) * 1000);
      const headers = new Headers({
        'x-ratelimit-limit': String(burst),
        'x-ratelimit-remaining': String(Math.max(0, Math.floor(tokens))),
        'x-ratelimit-reset': String(Math.ceil(resetMs / 1000)),
      });
      return { headers, allowed };
    },
    /** The fewest tokens the bucket held after a request, from `since` on. */
    lowest: () => lowest,
    resetLowest: () => void (lowest = tokens),
  };
}

type Tenant = ReturnType<typeof tenantBucket>;
let pacer: Pacer;
let tenant: Tenant;
let status429: number;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  pacer = createPacer();
  tenant = tenantBucket();
  status429 = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

/** One request through the pacer: its slot, the tenant's answer one round trip later. */
async function request(priority: 'interactive' | 'background'): Promise<void> {
  const ticket = await pacer.acquire({ priority });
  const answer = tenant.take();
  await new Promise((resolve) => setTimeout(resolve, RTT_MS));
  if (!answer.allowed) status429++;
  pacer.complete(ticket, { rateLimit: parseRateLimit(answer.headers), limited: !answer.allowed });
}

/** `count` background requests one after another (a cursor read); resolves with the time taken. */
async function sequentialRead(count: number): Promise<number> {
  const started = Date.now();
  const run = (async () => {
    for (let i = 0; i < count; i++) await request('background');
    return Date.now() - started;
  })();
  await vi.advanceTimersByTimeAsync(60_000);
  return run;
}

describe('with the headers visible', () => {
  it('reads at the tenant’s rate: close to the floor the limit allows, without a 429', async () => {
    const requests = 114;
    const ms = await sequentialRead(requests);
    const floorMs = ((requests - 50) / 16) * 1000;
    expect(status429).toBe(0);
    expect(ms / floorMs).toBeLessThan(1.12);
  });

  it('learns the refill rate from the headers, so a background read keeps a few tokens for clicks', async () => {
    const run = sequentialRead(200);
    await vi.advanceTimersByTimeAsync(5000);
    tenant.resetLowest();
    await run;
    expect(pacer.state().estimatedPerSecond).toBeGreaterThan(14);
    expect(pacer.state().estimatedPerSecond).toBeLessThanOrEqual(16);
    // Steady state: the read never took the bucket below the clicks' reserve.
    expect(tenant.lowest()).toBeGreaterThanOrEqual(2);
  });

  it('lets a click made during a read go within about one token’s time, not at the next whole second', async () => {
    const run = sequentialRead(150);
    await vi.advanceTimersByTimeAsync(3000);
    const waits: number[] = [];
    for (const pause of [130, 270, 410, 550]) {
      await vi.advanceTimersByTimeAsync(pause);
      const asked = Date.now();
      const click = pacer.acquire({ priority: 'interactive' }).then(() => waits.push(Date.now() - asked));
      await vi.advanceTimersByTimeAsync(1000);
      await click;
    }
    await run;
    expect(Math.max(...waits)).toBeLessThanOrEqual(1000 / 16 + 5);
  });
});
