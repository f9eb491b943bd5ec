import type { IncomingHttpHeaders } from 'node:http';
import type { Caller, SigningKey } from './auth.ts';
import type { OrganizationGrantIds } from './client-query.ts';
import type { LogStore } from './log-store.ts';
import type { Store } from './store.ts';

export type Tenant = {
  store: Store;
  /** Tenant log events (retention applied on every read and write). */
  logs: LogStore;
  key: SigningKey;
  domain: string;
  /** Management API identifier, also the audience of its tokens: https://HOST:PORT/api/v2/ */
  audience: string;
  tokenLifetime: number;
  /** Grant ids associated with an organization, for GET /clients?q=client_grant.organization_id:… (organizations half). */
  organizationGrantIds?: OrganizationGrantIds;
  /** Applies a mutation and persists it before the response; undoes it if the write fails. */
  commit(apply: () => void, undo: () => void): void;
};

export type HttpRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Address of the peer (req.socket.remoteAddress): the `ip` of the log events this request writes. */
  ip: string;
};

export type HttpResponse = { status: number; body?: unknown; headers?: Record<string, string> };

export type RouteContext = {
  tenant: Tenant;
  req: HttpRequest;
  params: string[];
  scopes: ReadonlySet<string>;
  /** The authenticated caller; undefined on public endpoints (token, JWKS). */
  caller: Caller | undefined;
};

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  /** Scopes of which the token needs any one; undefined for public endpoints (token, JWKS). */
  scopes?: readonly string[];
  handle(ctx: RouteContext): HttpResponse;
};
