import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSigningKey, loadSigningKey, type SigningKey } from './auth.ts';
import type { Tenant } from './context.ts';
import { DEFAULT_HOST, DEFAULT_RATE_LIMIT, DEFAULT_TOKEN_LIFETIME } from './defaults.ts';
import { ApiError, OAuthError, tooManyRequests } from './errors.ts';
import { corsHeaders, preflight, readBody, send } from './http.ts';
import {
  DataFileError,
  FILE_NAME,
  FORMAT,
  VERSION,
  readTenantFile,
  writeTenantFile,
  type TenantFile,
} from './persistence.ts';
import { DEFAULT_LOG_RETENTION_DAYS, LogStore, type LogEvent } from './log-store.ts';
import { RateLimiter } from './rate-limit.ts';
import { dispatch } from './router.ts';
import { buildSeedLogs } from './seed-logs.ts';
import { buildSeed, parseSeed } from './seed.ts';
import { Store } from './store.ts';
import type { TenantData } from './types.ts';

export type LocalTenantOptions = {
  port?: number /* 0 = random (the default) */;
  host?: string /* default 127.0.0.1 */;
  dataDir?: string;
  seed?: string /* 'demo' | 'empty' | 'scale:N', default demo */;
  adminClientId?: string;
  adminClientSecret?: string;
  rateLimit?: { burst: number; perSecond: number } | 'off';
  tokenLifetime?: number /* seconds, default 86400 */;
  /** List x-ratelimit-* in Access-Control-Expose-Headers (default false: sent, but hidden from browser scripts). */
  exposeRateLimitHeaders?: boolean;
  /** Log events older than this many days are gone (default 30), as on an Auth0 plan. */
  logRetentionDays?: number;
};

export type LocalTenant = {
  url: string /* http://127.0.0.1:PORT */;
  domain: string /* 127.0.0.1:PORT */;
  audience: string /* https://127.0.0.1:PORT/api/v2/ */;
  close(): Promise<void>;
};

/** The stored Management API identifier follows the port; rewrite it to the one in use now. */
function remapAudience(file: TenantFile, audience: string): TenantData {
  const fix = audienceFixer(file, audience);
  return {
    clients: file.clients,
    resourceServers: file.resource_servers.map((server) => ({
      ...server,
      identifier: fix(server.identifier),
    })),
    grants: file.client_grants.map((grant) => ({ ...grant, audience: fix(grant.audience) })),
    organizations: (file.organizations ?? []).map((org) => ({
      ...org,
      created_at: org.created_at ?? new Date(0).toISOString(),
    })),
    organizationGrants: file.organization_client_grants ?? [],
    connections: file.connections ?? [],
    organizationConnections: file.organization_connections ?? [],
  };
}

function audienceFixer(file: TenantFile, audience: string): (value: string) => string {
  const old = file.management_audience;
  return (value) => (value === old ? audience : value);
}

/** Log events name the Management API (seccft audience, sapi bodies) and the host: both follow the port. */
function remapLogs(file: TenantFile, audience: string, domain: string): LogEvent[] {
  const fix = audienceFixer(file, audience);
  const fixBody = (body: unknown): unknown =>
    typeof body === 'object' && body !== null && 'audience' in body && typeof body.audience === 'string'
      ? { ...body, audience: fix(body.audience) }
      : body;
  return (file.logs ?? []).map((event) => {
    const out: LogEvent = { ...event, hostname: domain };
    if (event.audience !== undefined) out.audience = fix(event.audience);
    const details = event.details as { request?: { body?: unknown }; response?: { body?: unknown } } | undefined;
    if (details?.request && details.response) {
      out.details = {
        ...details,
        request: { ...details.request, body: fixBody(details.request.body) },
        response: { ...details.response, body: fixBody(details.response.body) },
      };
    }
    return out;
  });
}

function storedKey(stored: TenantFile, dir: string): SigningKey {
  try {
    return loadSigningKey(stored.signing_key.kid, stored.signing_key.private_key_pem);
  } catch {
    throw new DataFileError(`${join(dir, FILE_NAME)} holds an unreadable signing key; the file is corrupt.`);
  }
}

function fileOf(tenant: Tenant): TenantFile {
  const data = tenant.store.snapshot();
  return {
    format: FORMAT,
    version: VERSION,
    management_audience: tenant.audience,
    signing_key: { kid: tenant.key.kid, private_key_pem: tenant.key.privateKeyPem },
    clients: data.clients,
    resource_servers: data.resourceServers,
    client_grants: data.grants,
    logs: tenant.logs.snapshot(),
    organizations: data.organizations ?? [],
    organization_client_grants: data.organizationGrants ?? [],
    connections: data.connections ?? [],
    organization_connections: data.organizationConnections ?? [],
  };
}

type Transport = { limiter: RateLimiter | undefined; exposeRateLimitHeaders: boolean };

async function handle(tenant: Tenant, transport: Transport, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { limiter, exposeRateLimitHeaders } = transport;
  const url = new URL(req.url ?? '/', 'http://local-tenant');
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    // Preflights do not spend the bucket (a browser sends them on its own), but still report it.
    const answer = preflight(req, exposeRateLimitHeaders);
    const state = answer.status < 400 ? limiter?.take(false) : undefined;
    req.resume();
    return send(res, answer.status, { ...answer.headers, ...state?.headers });
  }
  const limit = limiter?.take(true);
  const headers = { ...corsHeaders(exposeRateLimitHeaders), ...limit?.headers };
  try {
    const body = await readBody(req);
    if (limit && !limit.allowed) throw tooManyRequests();
    const answer = dispatch(tenant, {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      ip: req.socket.remoteAddress ?? '',
    });
    send(res, answer.status, { ...headers, ...answer.headers }, answer.body);
  } catch (error) {
    if (error instanceof ApiError) return send(res, error.status, headers, error.toBody());
    if (error instanceof OAuthError) return send(res, error.status, headers, error.toBody());
    console.error('local tenant: unexpected error', error);
    send(res, 500, headers, new ApiError(500, 'Internal Server Error').toBody());
  }
}

export async function startLocalTenant(options: LocalTenantOptions = {}): Promise<LocalTenant> {
  const host = options.host ?? DEFAULT_HOST;
  const seed = parseSeed(options.seed ?? 'demo');
  if (typeof seed === 'string') throw new Error(seed);
  // Read (and refuse a corrupt file) before opening the port, so a bad data dir never serves anything.
  const stored = options.dataDir === undefined ? undefined : readTenantFile(options.dataDir);
  const key: SigningKey = stored ? storedKey(stored, options.dataDir ?? '') : await createSigningKey();

  // The port (hence the audience) is only known after listen: early requests wait for the tenant.
  let becomeReady: (tenant: Tenant) => void = () => undefined;
  const whenReady = new Promise<Tenant>((resolve) => (becomeReady = resolve));
  const limiter =
    options.rateLimit === 'off' ? undefined : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const transport: Transport = { limiter, exposeRateLimitHeaders: options.exposeRateLimitHeaders ?? false };
  const server = createServer((req, res) => {
    void whenReady.then((tenant) => handle(tenant, transport, req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const domain = `${host}:${port}`;
  const audience = `https://${domain}/api/v2/`;
  const data = stored
    ? remapAudience(stored, audience)
    : buildSeed(seed, {
        managementAudience: audience,
        adminClientId: options.adminClientId,
        adminClientSecret: options.adminClientSecret,
      });
  const logs = stored
    ? remapLogs(stored, audience, domain)
    : buildSeedLogs(seed, data, { managementAudience: audience, adminClientId: options.adminClientId, domain });
  const dataDir = options.dataDir;
  const ready: Tenant = {
    store: new Store(data),
    logs: new LogStore(logs, options.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS),
    key,
    domain,
    audience,
    tokenLifetime: options.tokenLifetime ?? DEFAULT_TOKEN_LIFETIME,
    organizationGrantIds: (id) => (ready.store.organizations.get(id) ? ready.store.organizations.grantIdsOf(id) : undefined),
    commit(apply, undo) {
      apply();
      if (dataDir === undefined) return;
      try {
        writeTenantFile(dataDir, fileOf(ready));
      } catch (error) {
        undo();
        throw error;
      }
    },
  };
  try {
    if (dataDir !== undefined) writeTenantFile(dataDir, fileOf(ready));
  } catch (error) {
    server.close();
    server.closeAllConnections();
    throw error;
  }
  becomeReady(ready);
  return {
    url: `http://${domain}`,
    domain,
    audience,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
