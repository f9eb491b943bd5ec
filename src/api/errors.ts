import { PagingStopError } from './paging-guard';
import type { RateLimitInfo } from './rate-limit';

/** The tenant answered with a non-2xx status. Body shape: `{statusCode, error, message, errorCode?}` (§1). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** HTTP reason phrase as sent by Auth0 in the body, e.g. "Forbidden". */
  readonly error: string;
  readonly errorCode?: string;
  readonly rateLimit?: RateLimitInfo;

  constructor(init: {
    status: number;
    error: string;
    message: string;
    errorCode?: string;
    rateLimit?: RateLimitInfo;
  }) {
    super(init.message);
    this.status = init.status;
    this.error = init.error;
    this.errorCode = init.errorCode;
    this.rateLimit = init.rateLimit;
  }
}

/**
 * Why fetch itself threw. Browsers report a DNS failure, a refused or reset connection and a CORS
 * refusal with the same opaque TypeError, so for a remote tenant we can only say "domain or CORS",
 * and for a loopback one (`local-tenant-unreachable`) "nothing answered, or it refused this page".
 */
export type NetworkErrorCause = 'offline' | 'domain-or-cors' | 'local-tenant-unreachable';

const NETWORK_MESSAGES: Record<NetworkErrorCause, (origin: string) => string> = {
  offline: (origin) => `Could not reach ${origin}: this browser appears to be offline.`,
  'domain-or-cors': (origin) =>
    `Could not reach ${origin}: the domain is likely wrong, or the tenant refused this page's origin (CORS).`,
  // A server on that port that answers without CORS headers, or resets the connection, fails exactly
  // like a port nobody listens on: the message names both rather than guessing "not running".
  'local-tenant-unreachable': (origin) =>
    `Could not reach ${origin}: either nothing answered there (no server on that port, or it reset the connection), or a server answered without CORS headers allowing this page. The browser reports both the same way.`,
};

/** fetch threw before any response arrived. The message names the origin only, never the token. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly origin: string;
  readonly likelyCause: NetworkErrorCause;

  constructor(init: { origin: string; likelyCause: NetworkErrorCause; cause?: unknown }) {
    super(NETWORK_MESSAGES[init.likelyCause](init.origin), { cause: init.cause });
    this.origin = init.origin;
    this.likelyCause = init.likelyCause;
  }
}

/** A 2xx body did not match the zod schema: the domain is probably not an Auth0 tenant, or Auth0 changed. */
export class ResponseShapeError extends Error {
  override readonly name = 'ResponseShapeError';
  /** e.g. "GET /api/v2/client-grants" (no query string). */
  readonly endpoint: string;
  readonly issues: string[];

  constructor(init: { endpoint: string; issues: string[] }) {
    super(`Unexpected response from ${init.endpoint}: ${init.issues.join('; ')}`);
    this.endpoint = init.endpoint;
    this.issues = init.issues;
  }
}

export type ErrorDescription = { title: string; detail: string; action: string };

const RECONNECT = 'Get a new Management API token and reconnect.';
const SCOPE_LIST = /expected any of:\s*(.+)$/i;

/** Auth0 says "Insufficient scope, expected any of: read:client_grants,create:client_grants". */
export function parseMissingScopes(message: string): string[] {
  const match = SCOPE_LIST.exec(message.trim());
  if (!match?.[1]) return [];
  return match[1]
    .replace(/\.$/, '')
    .split(/[\s,]+/)
    .filter((scope) => scope.length > 0);
}

function isInsufficientScope(error: ApiError): boolean {
  return error.errorCode === 'insufficient_scope' || /insufficient scope/i.test(error.message);
}

function describeForbidden(error: ApiError): ErrorDescription {
  if (!isInsufficientScope(error)) {
    return {
      title: 'Access denied',
      detail: `The tenant refused this request: ${error.message}`,
      action: "Check the token's permissions, then reconnect with a new token.",
    };
  }
  const scopes = parseMissingScopes(error.message);
  const named = scopes.length === 0 ? 'a scope this action needs' : scopes.join(' or ');
  // Auth0 lists the action's own scope first; the others are alternatives that grant more (read:client_keys
  // reads secrets) or less, so the advice names only the first.
  const advised = scopes[0] ?? named;
  return {
    title: 'Missing permission',
    detail: `The token does not have ${named}. The tenant said: ${error.message}`,
    // A token keeps the scopes it was issued with (§9): editing the grant alone is not enough.
    action: `Add ${advised} to your app's grant on the Auth0 Management API, then get a new token and reconnect.`,
  };
}

function describeApiError(error: ApiError): ErrorDescription {
  const { status } = error;
  if (status === 401) {
    return {
      title: 'Token expired or invalid',
      detail: `The tenant did not accept the token: ${error.message}`,
      action: RECONNECT,
    };
  }
  if (status === 403) return describeForbidden(error);
  if (status === 404) {
    return {
      title: 'Not found',
      detail: error.message,
      action: 'It may have been deleted in the meantime: refresh the list.',
    };
  }
  if (status === 409) {
    return {
      title: 'Grant already exists',
      detail: `A grant for that application and API already exists (one per application, API and subject type). The tenant said: ${error.message}`,
      action: 'Edit the existing grant instead of creating a new one.',
    };
  }
  if (status === 429) {
    return {
      title: 'Rate limited by the tenant',
      detail: `The tenant kept refusing requests after several retries: ${error.message}`,
      action: 'Wait a few seconds, then try again.',
    };
  }
  if (status === 400) {
    return {
      title: 'The tenant rejected the request',
      detail: error.message,
      action: 'Check the values and try again.',
    };
  }
  if (status >= 500) {
    return {
      title: 'Auth0 had a problem',
      // The request core already words a body-less failure as "The tenant answered 503 …": don't say it twice.
      detail: error.message.startsWith('The tenant answered') ? error.message : `The tenant answered ${status}: ${error.message}`,
      action: 'Try again in a moment. If it persists, check status.auth0.com.',
    };
  }
  return {
    title: `Request failed (${status})`,
    detail: error.message,
    action: 'Try again. If it persists, reconnect.',
  };
}

function describeNetworkError(error: NetworkError): ErrorDescription {
  const actions: Record<NetworkErrorCause, string> = {
    offline: 'Check your internet connection, then try again.',
    'domain-or-cors': `Check the domain. If it is right, add this page's origin to "Allowed Web Origins" / "Allowed Origins (CORS)" in Auth0, and check your connection.`,
    'local-tenant-unreachable':
      'Check that the local tenant is running on that port (npm run tenant). If another program holds the port, stop it or start the local tenant on another port (--port), then try again.',
  };
  return { title: 'Could not reach the tenant', detail: error.message, action: actions[error.likelyCause] };
}

/** One place that turns any thrown value into words for a tenant admin. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) return describeApiError(error);
  if (error instanceof NetworkError) return describeNetworkError(error);
  if (error instanceof PagingStopError) {
    return {
      title: 'The tenant’s pages did not add up',
      detail: error.message,
      action:
        'Nothing was made of the part read. Try again; if it happens again, the tenant’s paging is broken.',
    };
  }
  if (error instanceof ResponseShapeError) {
    return {
      title: 'Unexpected response from the tenant',
      detail: `${error.endpoint} returned data in a shape the dashboard does not understand: ${error.issues.join('; ')}`,
      action: 'Check that the domain is an Auth0 tenant. If it is, report this problem.',
    };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error && error.message ? error.message : 'An unknown error occurred.',
    action: 'Try again. If it persists, reload the page.',
  };
}

/** A 401: the token is expired or revoked. The reconnect prompt says so; other messages should not repeat it. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
