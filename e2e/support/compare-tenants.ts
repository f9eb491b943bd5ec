import { expect, test, type Page } from '@playwright/test';
import { startTenantProcess, type TenantProcess } from '../../scripts/local-tenant-process.ts';
import type { Api, Client } from './access.ts';
import { fillConnectForm } from './connect-form.ts';
import { allGrants, callApi, getToken, type Grant } from './tenant-api.ts';

// Two local tenants for Compare: B seeded like A, then changed through its API (compare-tenants and
// compare-exports specs).

/** Tenant B for the calling spec file: a second local tenant seeded like A (demo), started before its tests. */
export function useSecondTenant(): () => TenantProcess {
  let tenant: TenantProcess | undefined;
  test.beforeAll(async () => {
    tenant = await startTenantProcess({ seed: 'demo' });
  });
  test.afterAll(async () => {
    await tenant?.stop();
  });
  return () => {
    if (!tenant) throw new Error('useSecondTenant: tenant B is not started yet');
    return tenant;
  };
}

export type FullGrant = Grant & { organization_usage?: string; allow_any_organization?: boolean };
export type Kind = 'Only in source' | 'Only in target' | 'Changed';

/** Every grant of a tenant as Compare matches it (app name, API, subject type) with its settings, system grants left out. */
export async function grantsByKey(tenant: TenantProcess): Promise<{ settings: Map<string, string>; ids: Map<string, FullGrant>; ambiguous: Set<string> }> {
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const names = new Map(clients.map((c) => [c.client_id, c.name]));
  const counts = new Map<string, number>();
  for (const c of clients) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const ambiguous = new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
  const settings = new Map<string, string>();
  const ids = new Map<string, FullGrant>();
  for (const g of (await allGrants(tenant)) as FullGrant[]) {
    if (g.is_system) continue;
    const app = g.client_id ? (names.get(g.client_id) ?? g.client_id) : `default_for:${g.default_for}`;
    if (ambiguous.has(app)) continue;
    const key = `${app}|${g.audience}|${g.subject_type ?? 'client'}`;
    const scopes = g.allow_all_scopes ? 'ALL' : [...(g.scope ?? [])].sort().join(' ');
    settings.set(key, `${scopes}|${g.organization_usage ?? 'deny'}|${g.allow_any_organization === true}`);
    ids.set(key, g);
  }
  return { settings, ids, ambiguous };
}

export function expectedRows(a: Map<string, string>, b: Map<string, string>): string[] {
  const rows: string[] = [];
  for (const [key, value] of a) {
    const other = b.get(key);
    if (other === undefined) rows.push(`Only in source|${key}`);
    else if (other !== value) rows.push(`Changed|${key}`);
  }
  for (const key of b.keys()) if (!a.has(key)) rows.push(`Only in target|${key}`);
  return rows.sort();
}

/** B changed through its API: one grant deleted, one grant's scopes narrowed, one grant created. */
export async function changeTenant(b: TenantProcess): Promise<void> {
  const { ids, ambiguous } = await grantsByKey(b);
  const apis = await callApi<Api[]>(b, 'resource-servers?per_page=100');
  const clients = await callApi<(Client & { app_type?: string })[]>(b, 'clients?per_page=100');
  // Grants on the Management API are the test's own access: left alone.
  const plain = [...ids.entries()].filter(([, g]) => g.audience !== b.audience && g.client_id && !g.allow_all_scopes);
  const [deleted] = plain;
  const narrowed = plain.find(([key, g]) => key !== deleted?.[0] && (g.scope?.length ?? 0) >= 2);
  expect(deleted && narrowed).toBeTruthy();
  await callApi(b, `client-grants/${deleted![1].id}`, { method: 'DELETE' });
  await callApi(b, `client-grants/${narrowed![1].id}`, { method: 'PATCH', body: { scope: narrowed![1].scope!.slice(1) } });
  // A new grant: an API with scopes, and an app (uniquely named) holding no grant on it.
  for (const api of apis.filter((x) => x.identifier !== b.audience && (x.scopes?.length ?? 0) > 0)) {
    const app = clients.find(
      (c) => c.app_type === 'non_interactive' && !ambiguous.has(c.name) && !ids.has(`${c.name}|${api.identifier}|client`),
    );
    if (!app) continue;
    await callApi(b, 'client-grants', { method: 'POST', body: { client_id: app.client_id, audience: api.identifier, scope: [api.scopes![0]!.value] } });
    return;
  }
  throw new Error('the seed has no app and API left for a new grant');
}

/**
 * On the Compare tab: connects B through **Connect another tenant…** (its token from its own /oauth/token) and waits
 * for the dialog to close; then Source = A, Target = B when `sides` is given. Returns B's token.
 */
export async function connectSecondTenant(
  page: Page,
  b: TenantProcess,
  { stayConnected = false, sides }: { stayConnected?: boolean; sides?: { a: TenantProcess } } = {},
): Promise<string> {
  await page.getByRole('button', { name: 'Connect another tenant…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect another tenant' });
  const token = await getToken(b);
  await fillConnectForm(page, b.domain, token, stayConnected ? { stayConnected } : undefined);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  if (sides) {
    await page.getByRole('group', { name: 'Source' }).getByRole('combobox', { name: 'Source' }).selectOption({ label: sides.a.domain });
    await page.getByRole('group', { name: 'Target' }).getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });
  }
  return token;
}
