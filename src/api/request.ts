import type { z } from '../schema';
import { ApiError, NetworkError, ResponseShapeError, type NetworkErrorCause } from './errors';
import { backoffBaseMs, hasRateLimitInfo, parseRateLimit, type RateLimitInfo } from './rate-limit';
import { adoptEarlyGet } from './early-get';
import { buildUrl, requestInit, type HttpMethod, type QueryParams } from './http';
import { isLoopbackDomain, originForDomain } from './origin';
import { createPacer, type AcquireOptions, type Pacer, type Priority, type Ticket } from './pacer';
import { retryWait, type WaitCause } from './retry-policy';
import { abortableSleep, type Sleep } from './sleep';

export type { HttpMethod, QueryParams, QueryValue } from './http';
export type { Priority } from './pacer';
/** The name main's callers (tenant-index/) know the lanes by. */
export type RequestPriority = Priority;
export type { WaitCause } from './retry-policy';
export type { Sleep } from './sleep';
export { abortableSleep } from './sleep';
export { MAX_RATE_LIMIT_RETRIES, MAX_UNAVAILABLE_RETRIES } from './retry-policy';

/**
 * `priority`: `interactive` (the default: the admin is waiting for it) goes ahead of `background`
 * (index reads, names, prefetch), which also retries a 429 for as long as it is not aborted.
 */
export type CallOptions = { signal?: AbortSignal; priority?: Priority; reservation?: Reservation };

/**
 * Slots taken from the pacer together (`api.reserveSlots`), so that a re-read and the write computed from it
 * go back to back: a request given the reservation sends on its next slot instead of queueing. `release`
 * returns the slots not used (the write turned out not to be needed). A slot is void once the tenant has said
 * wait (429, 503) since it was taken: the request then queues like any other.
 */
export type Reservation = { take(): Ticket | undefined; release(): void };

export type ApiRequest<T> = {
  method?: HttpMethod;
  /** Relative to `/api/v2/`, e.g. `client-grants` or `client-grants/cgr_1` (ids already encoded). */
  path: string;
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  priority?: Priority;
  reservation?: Reservation;
  schema: z.ZodMiniType<T>;
};

export type RequestCore = {
  <T>(request: ApiRequest<T>): Promise<T>;
};

export type RequestCoreOptions = {
  domain: string;
  token: string;
  fetch?: typeof fetch;
  /** Each wait before a retry: a 429 (`rate-limited`) or a 503 with Retry-After (`unavailable`). */
  onRateLimitWait?: (waitMs: number, attempt: number, cause: WaitCause) => void;
  /** Injectable for tests; defaults to an abortable setTimeout. */
  sleep?: Sleep;
  now?: () => number;
  /** Injectable for tests; defaults to Math.random (used only to spread concurrent retries). */
  random?: () => number;
  /** Rate-limit headers already seen for this token (the first page read before the app rendered). */
  initialRateLimit?: RateLimitInfo;
  /**
   * The tenant's scheduler, when it should outlive this api (a new token for the same tenant keeps
   * its estimate); by default each api paces itself with its own.
   */
  pacer?: Pacer;
  /**
   * The connection's lifetime: once it aborts (Disconnect), every request of this api still waiting for
   * the pacer, in flight, or asked for later is abandoned before its token is sent again.
   */
  lifetime?: AbortSignal;
};

const MAX_SHAPE_ISSUES = 5;
const MAX_TEXT_MESSAGE = 300;

/** Encodes one path segment; `.`/`..` would be resolved by the URL parser and escape the endpoint. */
export function pathSegment(id: string): string {
  if (id === '' || id === '.' || id === '..') throw new TypeError(`Invalid id: "${id}"`);
  return encodeURIComponent(id);
}

/**
 * One signal that aborts when either does, with its listeners removed when the request settles (the
 * connection's signal lives for hours and sees thousands of requests). `AbortSignal.any` would keep them
 * until collected, and is missing from older engines.
 */
function linkSignals(own: AbortSignal | undefined, lifetime: AbortSignal | undefined) {
  if (!lifetime) return { signal: own, unlink: () => {} };
  if (!own) return { signal: lifetime, unlink: () => {} };
  const controller = new AbortController();
  const abort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  if (own.aborted || lifetime.aborted) controller.abort(own.aborted ? own.reason : lifetime.reason);
  own.addEventListener('abort', abort, { once: true });
  lifetime.addEventListener('abort', abort, { once: true });
  const unlink = () => {
    own.removeEventListener('abort', abort);
    lifetime.removeEventListener('abort', abort);
  };
  return { signal: controller.signal, unlink };
}

function likelyNetworkCause(domain: string): NetworkErrorCause {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  return isLoopbackDomain(domain) ? 'local-tenant-unreachable' : 'domain-or-cors';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Error bodies are read leniently: a proxy or gateway may answer with HTML or plain text. */
async function toApiError(response: Response, rateLimit: RateLimitInfo): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const parsed = parseJson(text);
  const body = parsed.ok && isRecord(parsed.value) ? parsed.value : {};
  const plainText = !parsed.ok && text.trim() && !text.trim().startsWith('<') ? text.trim() : undefined;
  const reason = stringField(body, 'error') ?? (response.statusText || `HTTP ${response.status}`);
  const message =
    stringField(body, 'message') ??
    plainText?.slice(0, MAX_TEXT_MESSAGE) ??
    `The tenant answered ${response.status} ${reason}.`;
  return new ApiError({
    status: response.status,
    error: reason,
    message,
    errorCode: stringField(body, 'errorCode'),
    rateLimit: hasRateLimitInfo(rateLimit) ? rateLimit : undefined,
  });
}

function shapeIssues(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, MAX_SHAPE_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path || '(body)'}: ${issue.message}`;
  });
}

async function parseSuccess<T>(response: Response, schema: z.ZodMiniType<T>, endpoint: string): Promise<T> {
  const text = response.status === 204 ? '' : await response.text();
  let value: unknown = undefined;
  if (text.trim()) {
    const parsed = parseJson(text);
    if (!parsed.ok) throw new ResponseShapeError({ endpoint, issues: ['(body): not JSON'] });
    value = parsed.value;
  }
  return checkShape(schema, value, endpoint);
}

/** A body checked against its schema; what does not fit is a ResponseShapeError naming the endpoint and the first issues. */
export function checkShape<T>(schema: z.ZodMiniType<T>, value: unknown, endpoint: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ResponseShapeError({ endpoint, issues: shapeIssues(result.error) });
  return result.data;
}

export function createRequestCore(options: RequestCoreOptions) {
  const { domain, token } = options;
  const origin = originForDomain(domain);
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const pacer = options.pacer ?? createPacer({ now, sleep: options.sleep ?? abortableSleep });
  let lastRateLimit: RateLimitInfo | undefined = options.initialRateLimit;
  if (options.initialRateLimit) pacer.observe(options.initialRateLimit);

  async function send(url: URL, method: HttpMethod, body: unknown, signal?: AbortSignal): Promise<Response> {
    // The first page may already be on its way, started before the app's code loaded (boot/).
    const early = method === 'GET' ? adoptEarlyGet(url.toString(), token) : undefined;
    try {
      return await (early ?? fetchImpl(url.toString(), requestInit(token, method, body, signal)));
    } catch (error) {
      // Cancellation (React Query aborts stale queries) must surface as-is, not as a network failure.
      if (signal?.aborted) throw signal.reason;
      throw new NetworkError({ origin, likelyCause: likelyNetworkCause(domain), cause: error });
    }
  }

  /** One attempt: waits for the pacer's slot, sends, and tells the pacer what the tenant answered. */
  async function attempt(url: URL, req: ApiRequest<unknown>, method: HttpMethod, retry: boolean, jitterMs?: number) {
    // A retry has waited already and queues at the front; a first attempt may hold a reserved slot.
    const reserved = retry ? undefined : req.reservation?.take();
    const ticket = reserved ?? (await pacer.acquire({ priority: req.priority, signal: req.signal, retry, jitterMs }));
    let response: Response;
    try {
      response = await send(url, method, req.body, req.signal);
    } catch (error) {
      pacer.complete(ticket);
      throw error;
    }
    const rateLimit = parseRateLimit(response.headers, now());
    if (hasRateLimitInfo(rateLimit)) lastRateLimit = rateLimit;
    pacer.complete(ticket, { rateLimit, limited: response.status === 429 });
    return { response, rateLimit };
  }

  const requestOnce = async <T>(req: ApiRequest<T>): Promise<T> => {
    const method = req.method ?? 'GET';
    const url = buildUrl(origin, req.path, req.query);
    const endpoint = `${method} ${url.pathname}`;
    const tally = { limited: 0, unavailable: 0 };
    let jitterMs: number | undefined;
    for (let count = 1; ; count++) {
      const { response, rateLimit } = await attempt(url, req, method, count > 1, jitterMs);
      const wait = retryWait(response.status, rateLimit, {
        method,
        priority: req.priority ?? 'interactive',
        tally,
        now: now(),
        random,
        backoffBaseMs: backoffBaseMs(pacer.state().estimatedPerSecond),
      });
      if (wait) {
        await response.body?.cancel().catch(() => undefined);
        jitterMs = wait.jitterMs;
        // The tenant's bucket (or the tenant) is the same for every request: all of them wait.
        pacer.holdUntil(now() + wait.ms);
        // What the admin is told is when this request goes again: a background one may also wait for
        // the estimate to leave the reserve it keeps for clicks.
        options.onRateLimitWait?.(pacer.delayFor(req.priority), count, wait.cause);
        continue;
      }
      if (!response.ok) throw await toApiError(response, rateLimit);
      return parseSuccess(response, req.schema, endpoint);
    }
  };

  const request: RequestCore = async <T>(own: ApiRequest<T>): Promise<T> => {
    const { signal, unlink } = linkSignals(own.signal, options.lifetime);
    try {
      // After Disconnect nothing more goes out with this api's token, whoever asks.
      signal?.throwIfAborted();
      return await requestOnce({ ...own, signal });
    } finally {
      unlink();
    }
  };

  async function reserve(count: number, opts: AcquireOptions = {}): Promise<Reservation> {
    // A reservation waiting for the pacer ends with the connection too.
    const { signal, unlink } = linkSignals(opts.signal, options.lifetime);
    let tickets: Awaited<ReturnType<typeof pacer.acquireMany>>;
    try {
      tickets = await pacer.acquireMany(count, { ...opts, signal });
    } finally {
      unlink();
    }
    const release = () => tickets.splice(0).forEach(() => pacer.release());
    return {
      take() {
        // Void only while the tenant says wait. A hold that began and ended since (often the re-read's own 429,
        // retried) leaves the pair usable: voiding it would queue the write after the re-read again, the gap in
        // which a colleague's edit is overwritten; at worst the write meets one more 429 and is retried.
        if (pacer.holding()) release();
        const ticket = tickets.shift();
        return ticket && pacer.sendNow(ticket);
      },
      release,
    };
  }

  return {
    domain,
    origin,
    request,
    reserve,
    rateLimit: (): RateLimitInfo | undefined => lastRateLimit,
    pacer,
    lifetime: options.lifetime,
  };
}

export type RequestContext = ReturnType<typeof createRequestCore>;
