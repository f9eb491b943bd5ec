import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer, type Pacer, type Priority, type Ticket } from './pacer';
import { createRequestCore } from './request';

// The pacer alone, on a fake clock (vi's timers drive its sleeps and Date.now): who goes when.

const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);
let pacer: Pacer;
let order: string[];

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  pacer = createPacer({ initial: { capacity: 4, perSecond: 2 } });
  order = [];
});
afterEach(() => {
  vi.useRealTimers();
});

const elapsed = () => Date.now() - T0;

function go(name: string, priority: Priority = 'interactive', signal?: AbortSignal): Promise<Ticket> {
  return pacer.acquire({ priority, signal }).then((ticket) => {
    order.push(`${name}@${elapsed()}`);
    return ticket;
  });
}

/** Spends tokens with requests that got no answer, so the estimate stays as it is. */
async function drain(count: number): Promise<void> {
  for (let i = 0; i < count; i++) pacer.complete(await pacer.acquire());
}

async function answered(count: number): Promise<void> {
  for (let i = 0; i < count; i++) pacer.complete(await pacer.acquire(), { rateLimit: {}, limited: false });
}

describe('pacing from its own estimate (no headers visible)', () => {
  it('lets the estimated burst go at once, then one request per 1/rate seconds', async () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => go(name));
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all(all);
    expect(order).toEqual(['a@0', 'b@0', 'c@0', 'd@0', 'e@500', 'f@1000']);
  });

  it('serves interactive requests before background ones, whatever the arrival order', async () => {
    await drain(4);
    const waiting = [go('index-1', 'background'), go('index-2', 'background')];
    await vi.advanceTimersByTimeAsync(100);
    waiting.push(go('click'));
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all(waiting);
    expect(order.map((entry) => entry.split('@')[0])).toEqual(['click', 'index-1', 'index-2']);
  });

  it('leaves a reserve of the bucket to clicks: background waits for 2 tokens of 4, a click needs 1', async () => {
    await drain(3);
    const background = go('index', 'background');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([]);
    await go('click');
    expect(order).toEqual(['click@0']);
    await vi.advanceTimersByTimeAsync(1000);
    await background;
    expect(order).toEqual(['click@0', 'index@1000']);
  });

  it('reports what waits, and until when, in its state', async () => {
    await drain(4);
    void go('click');
    void go('index', 'background');
    await vi.advanceTimersByTimeAsync(0);
    expect(pacer.state()).toMatchObject({
      estimatedPerSecond: 2,
      capacity: 4,
      available: 0,
      queued: { interactive: 1, background: 1 },
      nextSlotAt: T0 + 500,
      headersVisible: false,
    });
    expect(pacer.state().waitingUntil).toBeUndefined();
  });
});

describe('adjusting the estimate (AIMD)', () => {
  it('halves rate and burst on a 429, once for requests sent together, and empties the bucket', async () => {
    const first = await pacer.acquire();
    const second = await pacer.acquire();
    pacer.complete(first, { rateLimit: {}, limited: true });
    pacer.complete(second, { rateLimit: {}, limited: true });
    expect(pacer.state()).toMatchObject({ estimatedPerSecond: 1, capacity: 2, available: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    pacer.complete(await pacer.acquire(), { rateLimit: {}, limited: true });
    expect(pacer.state()).toMatchObject({ estimatedPerSecond: 0.5, capacity: 1 });
  });

  it('before any 429, doubles with each answer that pressed the bucket (slow start), and the grown room is usable', async () => {
    await drain(2);
    // 1 token left of 4: pressed. Twice the rate and the bucket, and the 4 tokens the bigger bucket adds.
    await answered(1);
    expect(pacer.state()).toMatchObject({ estimatedPerSecond: 4, capacity: 8, available: 5 });
    await drain(2);
    await answered(1);
    expect(pacer.state()).toMatchObject({ estimatedPerSecond: 8, capacity: 16, available: 10 });
  });

  it('after a 429, speeds up again a little with each answer that pressed the bucket', async () => {
    pacer.complete(await pacer.acquire(), { rateLimit: {}, limited: true });
    const halved = pacer.state();
    await vi.advanceTimersByTimeAsync(5000);
    // Two at a time: the second empties the (halved) bucket, so its answer counts as pressed.
    for (let i = 0; i < 4; i++) {
      const slots = [pacer.acquire(), pacer.acquire()];
      await vi.advanceTimersByTimeAsync(3000);
      for (const slot of slots) pacer.complete(await slot, { rateLimit: {}, limited: false });
    }
    expect(pacer.state().estimatedPerSecond).toBeGreaterThan(halved.estimatedPerSecond);
    // Additive: at most 0.2/s per answer (slow start would have doubled it per answer).
    expect(pacer.state().estimatedPerSecond).toBeLessThanOrEqual(halved.estimatedPerSecond + 8 * 0.2 + 1e-9);
  });

  it('does not grow on idle clicks that never pressed the bucket, nor on requests that got no answer', async () => {
    await answered(1);
    await vi.advanceTimersByTimeAsync(2000);
    const noAnswer = await Promise.all([pacer.acquire(), pacer.acquire(), pacer.acquire(), pacer.acquire()]);
    noAnswer.forEach((ticket) => pacer.complete(ticket));
    expect(pacer.state()).toMatchObject({ estimatedPerSecond: 2, capacity: 4 });
  });

  it('sends nothing before a hold ends, and says until when', async () => {
    pacer.holdUntil(T0 + 3000);
    const held = go('retry');
    await vi.advanceTimersByTimeAsync(0);
    expect(pacer.state().waitingUntil).toBe(T0 + 3000);
    await vi.advanceTimersByTimeAsync(3000);
    await held;
    expect(order).toEqual(['retry@3000']);
    expect(pacer.state().waitingUntil).toBeUndefined();
  });
});

describe('a retry spread by its jitter', () => {
  async function retryAfterLimited(jitterMs?: number): Promise<number> {
    // Rate halved to 1/s, bucket empty, a 300 ms hold (shorter than the estimate): the estimate says when (1 s).
    pacer.complete(await pacer.acquire(), { rateLimit: {}, limited: true });
    pacer.holdUntil(Date.now() + 300);
    const start = elapsed();
    const retry = pacer.acquire({ retry: true, jitterMs });
    await vi.advanceTimersByTimeAsync(2000);
    return (await retry).sentAt - T0 - start;
  }

  it('goes when the estimate says, plus its jitter, when the estimate waits longer than the hold', async () => {
    expect(await retryAfterLimited(200)).toBe(1200);
  });

  it('goes exactly when the estimate says without jitter (the rhythm that fell into step with another client)', async () => {
    expect(await retryAfterLimited()).toBe(1000);
  });

  it('holds only the retry: a click after it goes when the estimate says, not after the retry\'s jitter', async () => {
    pacer.complete(await pacer.acquire(), { rateLimit: {}, limited: true });
    // Bucket halved to 2 tokens at 1/s: the background retry waits for 2 tokens (its reserve), then its jitter.
    const retry = pacer.acquire({ priority: 'background', retry: true, jitterMs: 250 }).then(() => order.push(`retry@${elapsed()}`));
    const click = go('click');
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all([retry, click]);
    // Had the jitter held every lane, the click would have gone at 2250. The click's token then puts the retry at 3 s.
    expect(order).toEqual(['click@1000', 'retry@3000']);
  });
});

describe('snapping to visible headers', () => {
  it('takes the limit as the burst and the remaining, less requests still in flight, as the bucket', async () => {
    const answered = await pacer.acquire();
    await pacer.acquire();
    pacer.complete(answered, { rateLimit: { limit: 50, remaining: 30, resetAt: T0 }, limited: false });
    expect(pacer.state()).toMatchObject({ capacity: 50, available: 29, headersVisible: true });
  });

  it('waits for the reset when the headers say the bucket is empty', async () => {
    pacer.complete(await pacer.acquire(), { rateLimit: { limit: 4, remaining: 0, resetAt: T0 + 2000 }, limited: false });
    const next = go('next');
    await vi.advanceTimersByTimeAsync(1999);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await next;
    expect(order).toEqual(['next@2000']);
  });

  it('lets more go at once when the headers show a bigger bucket than the guess', async () => {
    await drain(4);
    pacer.observe({ limit: 50, remaining: 40 });
    const all = Array.from({ length: 10 }, (_, i) => go(`r${i}`));
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(all);
    expect(order.every((entry) => entry.endsWith('@0'))).toBe(true);
  });
});

describe('cancellation', () => {
  it('rejects a waiting request with the signal reason and serves the rest', async () => {
    await drain(4);
    const controller = new AbortController();
    const cancelled = go('stale', 'interactive', controller.signal);
    const assertion = expect(cancelled).rejects.toBe('navigated away');
    const kept = go('kept');
    await vi.advanceTimersByTimeAsync(100);
    controller.abort('navigated away');
    await assertion;
    expect(pacer.state().queued.interactive).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    await kept;
    expect(order).toEqual(['kept@500']);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort('gone');
    await expect(pacer.acquire({ signal: controller.signal })).rejects.toBe('gone');
    expect(pacer.state().queued).toEqual({ interactive: 0, background: 0 });
  });

  it('tells subscribers when the state changes, until they unsubscribe', async () => {
    const listener = vi.fn();
    const unsubscribe = pacer.subscribe(listener);
    pacer.holdUntil(T0 + 1000);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    pacer.holdUntil(T0 + 2000);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('slots reserved together (a re-read and its write)', () => {
  it('waits until the bucket holds both, then grants them at once', async () => {
    await drain(4);
    const pair = pacer.acquireMany(2).then((tickets) => {
      order.push(`pair of ${tickets.length}@${elapsed()}`);
      return tickets;
    });
    await vi.advanceTimersByTimeAsync(2000);
    await pair;
    // Two tokens at 2/s: one second, then both go together (no second wait between them).
    expect(order).toEqual(['pair of 2@1000']);
  });

  it('gives an unused slot back, and says while the tenant holds every request', async () => {
    await drain(3);
    const pair = pacer.acquireMany(2);
    await vi.advanceTimersByTimeAsync(500);
    const [, unused] = await pair;
    expect(pacer.state().available).toBe(0);
    pacer.release();
    expect(pacer.state().available).toBe(1);
    expect(unused).toBeDefined();
    expect(pacer.holding()).toBe(false);
    pacer.holdUntil(Date.now() + 1000);
    expect(pacer.holding()).toBe(true);
  });

  it('dates a reserved slot when it is used, not when it was granted', async () => {
    const core = createRequestCore({ domain: 'acme.us.auth0.com', token: 't', pacer });
    const reservation = await core.reserve(2);
    expect(reservation.take()?.sentAt).toBe(Date.now());
    vi.advanceTimersByTime(700);
    expect(reservation.take()?.sentAt).toBe(Date.now());
  });
});
