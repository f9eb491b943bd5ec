import { expect, test } from '@playwright/test';
import { startTenantProcess, type TenantProcess } from '../scripts/local-tenant-process.ts';
import type { Api, Client } from './support/access.ts';
import { fillConnectForm, storageDump } from './support/connect-form.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, getToken, type Grant } from './support/tenant-api.ts';

// Tenant A is the dashboard's own local tenant; tenant B is a second one, seeded the same, then changed through
// its API. The Differences table must equal what this test computes from both APIs, applying every difference
// must make B's grants equal A's, and Undo must give B back what it held. Each tenant's Management API has its own
// identifier (its domain), so grants on it differ too: they are compared, but not applied (deleting B's would
// take the test's own access away), and left out of "equal".
const environment = useEnvironment({ seed: 'demo' });
let tenantB: TenantProcess | undefined;
test.beforeAll(async () => {
  tenantB = await startTenantProcess({ seed: 'demo' });
});
test.afterAll(async () => {
  await tenantB?.stop();
});

type FullGrant = Grant & { organization_usage?: string; allow_any_organization?: boolean };
type Kind = 'Only in source' | 'Only in target' | 'Changed';

/** Every grant of a tenant as Compare matches it (app name, API, subject type) with its settings, system grants left out. */
const withoutManagementApi = (settings: Map<string, string>, tenant: TenantProcess) =>
  new Map([...settings].filter(([key]) => !key.includes(`|${tenant.audience}|`)));

async function grantsByKey(tenant: TenantProcess): Promise<{ settings: Map<string, string>; ids: Map<string, FullGrant>; ambiguous: Set<string> }> {
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

function expectedRows(a: Map<string, string>, b: Map<string, string>): string[] {
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
async function changeTenant(b: TenantProcess): Promise<void> {
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

test('a second tenant compared with the first: the diff equals the APIs, Apply makes it equal, Undo restores it', async ({ page }) => {
  test.setTimeout(120_000);
  const { tenant: a, dashboard } = environment();
  const b = tenantB!;
  await changeTenant(b);
  const [before, bBefore] = await Promise.all([grantsByKey(a), grantsByKey(b)]);
  // Compare pairs the two Management APIs (each named after its tenant's domain), as the test does here.
  const mapped = new Map([...before.settings].map(([key, value]) => [key.replace(`|${a.audience}|`, `|${b.audience}|`), value]));
  const expected = expectedRows(mapped, bBefore.settings);
  const toApply = expected.filter((row) => !row.includes(`|${a.audience}|`) && !row.includes(`|${b.audience}|`));
  expect(toApply).toHaveLength(3);

  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('button', { name: 'Connect another tenant…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect another tenant' });
  const tokenB = await getToken(b);
  await fillConnectForm(page, b.domain, tokenB);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Disconnect ${b.domain}` })).toBeVisible();

  await page.getByRole('group', { name: 'Source' }).getByRole('combobox', { name: 'Source' }).selectOption({ label: a.domain });
  await page.getByRole('group', { name: 'Target' }).getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });
  const counts = page.getByRole('status').filter({ hasText: / only in source, / });
  const count = (kind: Kind) => expected.filter((row) => row.startsWith(`${kind}|`)).length;
  await expect(counts).toHaveText(
    new RegExp(`^${count('Only in source')} only in source, ${count('Only in target')} only in target, ${count('Changed')} changed, \\d+ unchanged$`),
    { timeout: 30_000 },
  );
  const table = page.getByRole('table', { name: 'Differences' });
  const shown = await table.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => [...row.querySelectorAll('td')].slice(1, 5).map((cell) => cell.textContent ?? '').join('|')),
  );
  expect(shown.sort()).toEqual(expected);

  for (const row of toApply) {
    const [, app, audience] = row.split('|');
    await table.getByRole('checkbox', { name: `Select ${app} → ${audience}`, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Apply to target…' }).click();
  const apply = page.getByRole('dialog', { name: 'Apply differences' });
  await expect(apply.getByRole('list', { name: 'Preview' }).getByRole('listitem')).toHaveCount(3);
  await apply.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(apply.getByRole('status')).toHaveText('3 of 3 applied.', { timeout: 30_000 });
  const after = await grantsByKey(b);
  expect(withoutManagementApi(after.settings, b)).toEqual(withoutManagementApi(before.settings, a));
  // B's index followed each write: the three applied rows are gone from the counts.
  await apply.getByRole('button', { name: 'Close' }).click();
  await expect(counts).toHaveText(new RegExp(`^${count('Only in source') - 1} only in source, ${count('Only in target') - 1} only in target, ${count('Changed') - 1} changed, \\d+ unchanged$`));

  await page.getByRole('button', { name: 'Show the last run' }).click();
  await apply.getByRole('button', { name: /^Undo/ }).click();
  await expect(apply.getByRole('status')).toHaveText(/3 undone/, { timeout: 30_000 });
  expect((await grantsByKey(b)).settings).toEqual(bBefore.settings);
  // B's token went only in headers, and without "Stay connected" it stayed in memory.
  expect(urls.filter((url) => url.includes(tokenB))).toEqual([]);
  expect(await storageDump(page)).not.toContain(tokenB);
});
