import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './errors.ts';

export const BODY_LIMIT = 1024 * 1024;

// CORS as Auth0 does it for /api/v2: any origin, bearer tokens (no cookies), ordinary headers only.
// Its preflight refused custom headers such as Auth0-Client, so a preflight asking for one is refused here too.
const ALLOWED_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'];
const ALLOWED_HEADERS = ['authorization', 'content-type', 'accept', 'accept-language', 'content-language'];
const RATE_LIMIT_HEADERS = 'x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset';

/**
 * Nothing shows that Auth0 lists x-ratelimit-* in Access-Control-Expose-Headers (hapi's default exposes
 * only WWW-Authenticate and Server-Authorization), so by default browser scripts cannot read them here
 * either; `exposeRateLimitHeaders` (the CLI's --expose-rate-limit-headers) opts into the other case.
 */
export function corsHeaders(exposeRateLimitHeaders = false): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': exposeRateLimitHeaders
      ? `WWW-Authenticate, Server-Authorization, ${RATE_LIMIT_HEADERS}`
      : 'WWW-Authenticate, Server-Authorization',
  };
}

/** Answers an OPTIONS request. Refused preflights get 403 and no CORS headers, so the browser blocks the call. */
export function preflight(
  req: IncomingMessage,
  exposeRateLimitHeaders = false,
): { status: number; headers: Record<string, string> } {
  const method = req.headers['access-control-request-method'];
  const requested = (req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const methodOk = method === undefined || ALLOWED_METHODS.includes(method.toUpperCase());
  const headersOk = requested.every((h) => ALLOWED_HEADERS.includes(h));
  if (!methodOk || !headersOk) return { status: 403, headers: {} };
  return {
    status: 204,
    headers: {
      ...corsHeaders(exposeRateLimitHeaders),
      'access-control-allow-methods': ALLOWED_METHODS.join(', '),
      'access-control-allow-headers': 'Authorization, Content-Type, Accept',
      'access-control-max-age': '86400',
      vary: 'Access-Control-Request-Headers',
    },
  };
}

/** Reads the whole body; over 1 MB it keeps draining (so the client sees the answer) and reports 413. */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length'] ?? 0) > BODY_LIMIT;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) reject(new ApiError(413, 'Payload content length greater than maximum allowed: 1048576'));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: unknown,
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
