import type { LogEvent } from '../api/logs';

/** What a `sapi` event records of one Management API write (§12; shape seen in log streams, not documented). */
export type SapiOperation = {
  method: string;
  /** Without query string, e.g. `/api/v2/client-grants/cgr_1`. */
  path: string;
  requestBody?: unknown;
  responseBody?: unknown;
  statusCode?: number;
  ip?: string;
  /** A person signed in to Auth0's own dashboard (`auth.user`): its name, else email, else id. */
  user?: string;
};

function userOf(auth: unknown): string | undefined {
  if (!isRecord(auth) || !isRecord(auth.user)) return undefined;
  return text(auth.user.name) || text(auth.user.email) || text(auth.user.user_id);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The request and response a `sapi` event carries, or undefined when it carries none we can read. */
export function sapiOperation(event: LogEvent): SapiOperation | undefined {
  if (event.type !== 'sapi' || !isRecord(event.details)) return undefined;
  const { request, response } = event.details;
  if (!isRecord(request)) return undefined;
  const method = text(request.method)?.toUpperCase();
  const path = text(request.path)?.split('?')[0];
  if (!method || !path) return undefined;
  const res = isRecord(response) ? response : {};
  return {
    method,
    path,
    requestBody: request.body,
    responseBody: res.body,
    statusCode: typeof res.statusCode === 'number' ? res.statusCode : undefined,
    ip: text(request.ip),
    user: userOf(request.auth),
  };
}

// The path as the Management API logs it: no host, no trailing slash, nothing after the grant's id.
const GRANTS_PATH = /^\/api\/v2\/client-grants$/;
const GRANT_PATH = /^\/api\/v2\/client-grants\/([^/]+)$/;

/**
 * The statuses a client-grant write succeeds with (§4, §5): create 201, update 200, delete 204; 200 is taken for a
 * create and a delete too. A write logged with another status, or none, is not known to have been applied.
 */
const APPLIED_STATUSES: Record<string, readonly number[]> = { POST: [200, 201], PATCH: [200], DELETE: [200, 204] };

function applied(operation: SapiOperation): boolean {
  return operation.statusCode !== undefined && (APPLIED_STATUSES[operation.method] ?? []).includes(operation.statusCode);
}

export type GrantWrite = { kind: 'created' | 'changed' | 'deleted'; grantId: string; operation: SapiOperation };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Which client grant a write touched: POST to the collection names it in the response body (the id is
 * only known once created); PATCH and DELETE in the path. Matched on path and method, never on the
 * event's description, whose wording Auth0 does not document. Only a write logged with its success status
 * counts: the log stream's shape is not documented, and an event without a 2xx (or with an odd one) is not known
 * to have changed anything; nor is a PATCH or DELETE whose answer names another grant.
 */
export function grantWrite(event: LogEvent): GrantWrite | undefined {
  const operation = sapiOperation(event);
  if (!operation || !applied(operation)) return undefined;
  if (operation.method === 'POST' && GRANTS_PATH.test(operation.path)) {
    const id = isRecord(operation.responseBody) ? text(operation.responseBody.id) : undefined;
    return id ? { kind: 'created', grantId: id, operation } : undefined;
  }
  const segment = GRANT_PATH.exec(operation.path)?.[1];
  if (!segment) return undefined;
  const grantId = decoded(segment);
  const answered = isRecord(operation.responseBody) ? operation.responseBody.id : undefined;
  if (answered !== undefined && answered !== grantId) return undefined;
  if (operation.method === 'PATCH') return { kind: 'changed', grantId, operation };
  if (operation.method === 'DELETE') return { kind: 'deleted', grantId, operation };
  return undefined;
}
