import type { RateLimitInfo } from './rate-limit';
import { tokenBucketEstimate, type BucketEstimate } from './pacer-estimate';
import { abortableSleep, type Sleep } from './sleep';

/**
 * One scheduler per tenant, shared by every request of a ManagementApi: Auth0 limits the whole tenant
 * with one token bucket (§7), and browser code most likely cannot read its headers (§8). So the pacer
 * keeps its own estimate of that bucket (pacer-estimate.ts), snapped to the headers when they are
 * visible, and hands out one slot per request: interactive requests (the admin's clicks) before
 * background ones (index reads, names, prefetch), which also leave a reserve of the bucket for clicks.
 */
export type Priority = 'interactive' | 'background';

export type PacerOptions = {
  now?: () => number;
  /** Abortable (the pacer wakes early when a request arrives); tests inject one that advances a fake clock. */
  sleep?: Sleep;
  /** The bucket to assume before any evidence; defaults to a guess safe on Auth0's free tier. */
  initial?: { capacity: number; perSecond: number };
};

export type AcquireOptions = {
  priority?: Priority;
  signal?: AbortSignal;
  retry?: boolean;
  /**
   * A retry's own spread (ms) on top of the estimate's wait. The hold carries the 429's jitter, but after a few
   * 429s the estimate's wait is the longer one, and it is exact: a retry every 6.0 s fell into step with another
   * client draining the bucket every 1.5 s and met the empty bucket each time, for a minute (seen in
   * e2e/bulk-rate-limit). Spread, the retries drift out of such a rhythm.
   */
  jitterMs?: number;
};

/** What a granted slot remembers, so its answer can be put back into the estimate. */
export type Ticket = { readonly sentAt: number; readonly pressed: boolean };

export type PacingState = {
  /** Requests per second the pacer currently allows itself. */
  estimatedPerSecond: number;
  /** Estimated burst size (the `x-ratelimit-limit` when visible). */
  capacity: number;
  /** Whole requests the estimated bucket holds now. */
  available: number;
  /** Epoch ms until which no request is sent because the tenant said wait (a 429, a 503); absent when none. */
  waitingUntil?: number;
  /** Epoch ms when the pacer's own estimate lets the next queued request go; absent when none waits. */
  nextSlotAt?: number;
  /** Requests waiting for a slot, per lane. */
  queued: { interactive: number; background: number };
  /** True once a response carried readable x-ratelimit-* headers. */
  headersVisible: boolean;
};

type Waiter = {
  priority: Priority;
  /** Slots granted together, back to back (a re-read and the write that depends on it). */
  count: number;
  grant: (tickets: Ticket[]) => void;
  /** Epoch ms before which this waiter is not served (a retry's estimate plus its jitter). */
  notBefore?: number;
  signal?: AbortSignal;
  onAbort: () => void;
};

export function createPacer(options: PacerOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? abortableSleep;
  const bucket: BucketEstimate = tokenBucketEstimate(now(), options.initial);
  const lanes: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  const listeners = new Set<() => void>();
  let holdUntil = 0;
  let inFlight = 0;
  let nextSlotAt: number | undefined;
  let pumping = false;
  let wake: AbortController | undefined;

  const notify = () => listeners.forEach((listener) => listener());

  function grantNext(waiter: Waiter, at: number): void {
    lanes[waiter.priority].shift();
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    const tickets = Array.from({ length: waiter.count }, () => {
      inFlight++;
      return { sentAt: at, pressed: bucket.take(at) };
    });
    waiter.grant(tickets);
  }

  function enqueue(count: number, { priority = 'interactive', signal, retry = false, jitterMs }: AcquireOptions): Promise<Ticket[]> {
    if (signal?.aborted) return Promise.reject(signal.reason as unknown);
    const at = now();
    const notBefore = jitterMs ? at + bucket.msUntil(priority, at, count - 1) + jitterMs : undefined;
    return new Promise<Ticket[]>((resolve, reject) => {
      const waiter: Waiter = {
        priority,
        count,
        grant: resolve,
        notBefore,
        signal,
        onAbort: () => {
          const lane = lanes[priority];
          lane.splice(lane.indexOf(waiter), 1);
          reject(signal?.reason);
          kick();
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      if (retry) lanes[priority].unshift(waiter);
      else lanes[priority].push(waiter);
      kick();
    });
  }

  /** Hands out slots until the queues are empty, sleeping while the hold or the estimate says wait. */
  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        const next = lanes.interactive[0] ?? lanes.background[0];
        if (!next) return;
        const at = now();
        const delay = Math.max(
          holdUntil - at,
          bucket.msUntil(next.priority, at, next.count - 1),
          (next.notBefore ?? at) - at,
        );
        if (delay <= 0) {
          grantNext(next, at);
          continue;
        }
        nextSlotAt = at + delay;
        notify();
        wake = new AbortController();
        // Woken early when something changes the answer (a click arrives, headers refill the bucket).
        await sleep(delay, wake.signal).catch(() => undefined);
      }
    } finally {
      pumping = false;
      wake = undefined;
      nextSlotAt = undefined;
      notify();
    }
  }

  function kick(): void {
    if (pumping) wake?.abort();
    else void pump();
  }

  return {
    /**
     * Resolves once the request may be sent; rejects with the signal's reason when aborted while waiting.
     * A retry goes to the front of its lane: it has waited already.
     */
    acquire(options: AcquireOptions = {}): Promise<Ticket> {
      return enqueue(1, options).then(([ticket]) => ticket!);
    },

    /**
     * `count` slots at once, for requests that must go back to back: a re-read and the write computed from
     * it. Waiting for the write's slot after the read left a colleague's edit ~1 s to land in between (at
     * 5 req/s) and be overwritten. A slot not used goes back with `release`.
     */
    acquireMany(count: number, options: AcquireOptions = {}): Promise<Ticket[]> {
      return enqueue(Math.max(1, count), options);
    },

    /** A granted slot that will not be used: nothing was sent, its token returns to the estimate. */
    release(): void {
      inFlight = Math.max(0, inFlight - 1);
      bucket.refund(now());
      kick();
      notify();
    },

    /** True while the tenant's "wait" (a 429, a 503) holds every request: a slot reserved before it is void. */
    holding(): boolean {
      return holdUntil > now();
    },

    /**
     * A reserved slot, used now: its `sentAt` is when it goes, not when it was granted, so a 429 to it is
     * judged against the halvings before the send (not news from before the reservation).
     */
    sendNow(ticket: Ticket): Ticket {
      return { ...ticket, sentAt: now() };
    },

    /**
     * The answer to a granted slot (undefined when none came): what its headers said (maybe nothing)
     * and whether it was a 429.
     * A 429 halves the estimate once per episode (replies to requests sent before the last halving
     * are the same news); an answer that was not limited while the bucket was pressed grows it a little.
     */
    complete(ticket: Ticket, answer?: { rateLimit: RateLimitInfo; limited: boolean }): void {
      inFlight = Math.max(0, inFlight - 1);
      const at = now();
      // No answer (the network failed, the caller aborted): nothing learnt about the bucket.
      if (answer?.limited) bucket.limited(ticket.sentAt, at);
      else if (answer && ticket.pressed) bucket.grow();
      if (answer) bucket.observe(answer.rateLimit, inFlight, at, !answer.limited);
      kick();
      notify();
    },

    /** Sends nothing before `until` (epoch ms): the tenant said to wait (429, 503 Retry-After). */
    holdUntil(until: number): void {
      holdUntil = Math.max(holdUntil, until);
      kick();
      notify();
    },

    /** Milliseconds until a new request of this lane could go (the hold, then the estimate), queue aside. */
    delayFor(priority: Priority = 'interactive'): number {
      const at = now();
      return Math.max(0, holdUntil - at, bucket.msUntil(priority, at));
    },

    /** A response read before this pacer existed (the first page, read at boot) still spent the bucket. */
    observe(rateLimit: RateLimitInfo): void {
      bucket.observe(rateLimit, inFlight, now());
      notify();
    },

    state(): PacingState {
      const at = now();
      return {
        ...bucket.snapshot(at),
        ...(holdUntil > at ? { waitingUntil: holdUntil } : {}),
        ...(nextSlotAt !== undefined && nextSlotAt > at ? { nextSlotAt } : {}),
        queued: { interactive: lanes.interactive.length, background: lanes.background.length },
      };
    },

    /** Called whenever the state may have changed (for a progress display); returns the unsubscribe. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
