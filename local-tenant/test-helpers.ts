import { expect } from 'vitest';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from './defaults.ts';
import { startLocalTenant, type LocalTenant, type LocalTenantOptions } from './server.ts';

// Shared by the *.test.ts files: each test file starts its own tenant on a random port.

export type TestTenant = LocalTenant & {
  token(clientId?: string, secret?: string, audience?: string): Promise<string>;
  /** fetch against the tenant with the admin token unless `token` is given (null = no header). */
  call(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<Response>;
};

export async function startTestTenant(options: LocalTenantOptions = {}): Promise<TestTenant> {
  const tenant = await startLocalTenant({ port: 0, rateLimit: 'off', ...options });
  let adminToken: string | undefined;
  const token = async (
    clientId = DEFAULT_ADMIN_CLIENT_ID,
    secret = DEFAULT_ADMIN_CLIENT_SECRET,
    audience = tenant.audience,
  ): Promise<string> => {
    const res = await fetch(`${tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: secret,
        audience,
      }),
    });
    const body = (await res.json()) as { access_token?: string };
    if (!res.ok || !body.access_token)
      throw new Error(`token request failed: ${res.status} ${JSON.stringify(body)}`);
    return body.access_token;
  };
  const call: TestTenant['call'] = async (path, init = {}) => {
    const { token: given, json, ...rest } = init;
    const bearer = given === undefined ? (adminToken ??= await token()) : given;
    const headers = new Headers(rest.headers);
    if (bearer !== null) headers.set('authorization', `Bearer ${bearer}`);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return fetch(`${tenant.url}${path}`, {
      ...rest,
      headers,
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  };
  return { ...tenant, token, call };
}

export type GrantJson = {
  id: string;
  client_id?: string;
  audience: string;
  scope?: string[];
  subject_type: string;
  is_system?: boolean;
  allow_all_scopes?: boolean;
  default_for?: string;
  organization_usage?: string;
  allow_any_organization?: boolean;
};

export type ErrorJson = { statusCode: number; error: string; message: string; errorCode?: string };

export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Asserts Auth0's error body: status, statusCode, errorCode and (optionally) the message. */
export const expectError = async (
  res: Response,
  status: number,
  errorCode: string | undefined,
  message?: string | RegExp,
): Promise<ErrorJson> => {
  const body = await json<ErrorJson>(res);
  expect(res.status).toBe(status);
  expect(body.statusCode).toBe(status);
  expect(body.errorCode).toBe(errorCode);
  if (typeof message === 'string') expect(body.message).toBe(message);
  else if (message) expect(body.message).toMatch(message);
  return body;
};

/** Every grant in the tenant, page by page until an empty page (no assumption about how many there are). */
export async function listAllGrants(tenant: TestTenant): Promise<GrantJson[]> {
  const grants: GrantJson[] = [];
  for (let page = 0; ; page++) {
    const batch = await json<GrantJson[]>(await tenant.call(`/api/v2/client-grants?per_page=100&page=${page}`));
    if (batch.length === 0) return grants;
    grants.push(...batch);
  }
}
