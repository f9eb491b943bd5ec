import type { IncomingHttpHeaders } from 'node:http';
import type { SigningKey } from './auth.ts';
import type { Store } from './store.ts';

export type Tenant = {
  store: Store;
  key: SigningKey;
  domain: string;
  /** Management API identifier, also the audience of its tokens: https://HOST:PORT/api/v2/ */
  audience: string;
  tokenLifetime: number;
  /** Applies a mutation and persists it before the response; undoes it if the write fails. */
  commit(apply: () => void, undo: () => void): void;
};

export type HttpRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
};

export type HttpResponse = { status: number; body?: unknown; headers?: Record<string, string> };

export type RouteContext = {
  tenant: Tenant;
  req: HttpRequest;
  params: string[];
  scopes: ReadonlySet<string>;
};

export type Route = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: RegExp;
  /** Scopes of which the token needs any one; undefined for public endpoints (token, JWKS). */
  scopes?: readonly string[];
  handle(ctx: RouteContext): HttpResponse;
};
