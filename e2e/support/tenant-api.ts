import type { TenantProcess } from '../../scripts/local-tenant-process.ts';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../../local-tenant/defaults.ts';

export type Grant = {
  id: string;
  client_id?: string;
  audience: string;
  scope?: string[];
  subject_type?: string;
  is_system?: boolean;
  allow_all_scopes?: boolean;
  default_for?: string;
};

/** The test's own calls wait out a small bucket (rate-limit specs) instead of failing on a 429. */
async function fetchPatiently(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 429 || attempt === 30) return response;
    await response.body?.cancel();
    const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000 - Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.min(2000, Math.max(250, Number.isFinite(reset) ? reset : 1000))));
  }
}

/** A client-credentials token from the local tenant, as an app (or a test) gets one. */
export async function getToken(tenant: TenantProcess, clientId = DEFAULT_ADMIN_CLIENT_ID, clientSecret = DEFAULT_ADMIN_CLIENT_SECRET): Promise<string> {
  const response = await fetchPatiently(`${tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, audience: tenant.audience }),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Calls the local tenant's Management API directly, to compare what the page shows with what the API says. */
export async function callApi<T>(tenant: TenantProcess, path: string, init: { method?: string; body?: unknown; token?: string } = {}): Promise<T> {
  const token = init.token ?? (await getToken(tenant));
  const response = await fetchPatiently(`${tenant.url}/api/v2/${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function listGrants(tenant: TenantProcess, query: Record<string, string | number>): Promise<{ total: number; client_grants: Grant[] }> {
  const params = new URLSearchParams({ include_totals: 'true', ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) });
  return callApi(tenant, `client-grants?${params}`);
}

/** Every grant, through checkpoint paging (the way a careful script reads a whole tenant). */
export async function allGrants(tenant: TenantProcess): Promise<Grant[]> {
  const token = await getToken(tenant);
  const grants: Grant[] = [];
  let from: string | undefined;
  do {
    const page: { client_grants: Grant[]; next?: string } = await callApi(tenant, `client-grants?take=100${from ? `&from=${from}` : ''}`, { token });
    grants.push(...page.client_grants);
    from = page.next;
  } while (from);
  return grants;
}

/** A JWT's claims, decoded without verification (the test only reads what the tenant put in it). */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export type ApiSummary = { identifier: string; name: string };
export type AppSummary = { client_id: string; name: string; app_type?: string };

/**
 * An API of the seed by name, and the machine-to-machine apps holding no grant on it yet: a test takes
 * one app per test and creates the grant it needs, so tests in one file never share a grant.
 */
export async function appsWithoutGrantOn(tenant: TenantProcess, apiName: string): Promise<{ api: ApiSummary; apps: AppSummary[] }> {
  const servers = await callApi<ApiSummary[]>(tenant, 'resource-servers?per_page=100');
  const api = servers.find((server) => server.name === apiName);
  if (!api) throw new Error(`the seed has no API named ${apiName}`);
  const clients = await callApi<AppSummary[]>(tenant, 'clients?per_page=100');
  const { client_grants } = await listGrants(tenant, { audience: api.identifier, per_page: 100, page: 0 });
  const granted = new Set(client_grants.map((grant) => grant.client_id));
  return { api, apps: clients.filter((client) => client.app_type === 'non_interactive' && !granted.has(client.client_id)) };
}
