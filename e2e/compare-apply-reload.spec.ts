import { expect, test, type Page } from '@playwright/test';
import { startTenantProcess, type TenantProcess } from '../scripts/local-tenant-process.ts';
import type { Api, Client } from './support/access.ts';
import { connectSecondTenant } from './support/compare-tenants.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';

// Apply to a second tenant, reloaded mid-run: the journal (sessionStorage, per target and token subject) brings the
// run back, what it had done stays done, Finish does the rest, and no difference is applied twice (a create whose
// answer the reload cut off is recognised, not made again). B's bucket is small (3, refilling 2 per second): each
// difference is a re-read (or a look-up), a write and a read-back, so six take several seconds and the page can be
// reloaded while they run. A is the dashboard's own tenant, unlimited.
const environment = useEnvironment({ seed: 'demo' });
let tenantB: TenantProcess | undefined;
test.beforeAll(async () => {
  tenantB = await startTenantProcess({ seed: 'demo', rateLimit: '3/2' });
});
test.afterAll(async () => {
  await tenantB?.stop();
});

type FullGrant = Grant & { organization_usage?: string; allow_any_organization?: boolean };

/** B's grants as Compare matches them (app name, API, subject type), with how many grants each key has. */
async function grantsOf(tenant: TenantProcess) {
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const names = new Map(clients.map((c) => [c.client_id, c.name]));
  const counts = new Map<string, number>();
  for (const c of clients) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const ambiguous = new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
  const settings = new Map<string, string>();
  const ids = new Map<string, FullGrant>();
  const perKey = new Map<string, number>();
  for (const g of (await allGrants(tenant)) as FullGrant[]) {
    if (g.is_system || g.audience === tenant.audience) continue; // the test's own access is left alone
    const app = g.client_id ? (names.get(g.client_id) ?? g.client_id) : `default_for:${g.default_for}`;
    const key = `${app}|${g.audience}|${g.subject_type ?? 'client'}`;
    perKey.set(key, (perKey.get(key) ?? 0) + 1);
    if (ambiguous.has(app)) continue;
    const scopes = g.allow_all_scopes ? 'ALL' : [...(g.scope ?? [])].sort().join(' ');
    settings.set(key, `${scopes}|${g.organization_usage ?? 'deny'}|${g.allow_any_organization === true}`);
    ids.set(key, g);
  }
  return { settings, ids, ambiguous, perKey };
}

/** B made to differ from A in six ways: three grants deleted, two narrowed, one added. Returns their rows' labels. */
async function changeTenant(b: TenantProcess): Promise<string[]> {
  const { ids, ambiguous } = await grantsOf(b);
  const plain = [...ids.entries()].filter(([, g]) => g.client_id && !g.allow_all_scopes);
  const deleted = plain.slice(0, 3);
  const narrowed = plain.slice(3).filter(([, g]) => (g.scope?.length ?? 0) >= 2).slice(0, 2);
  expect(deleted).toHaveLength(3);
  expect(narrowed).toHaveLength(2);
  for (const [, g] of deleted) await callApi(b, `client-grants/${g.id}`, { method: 'DELETE' });
  for (const [, g] of narrowed) await callApi(b, `client-grants/${g.id}`, { method: 'PATCH', body: { scope: g.scope!.slice(1) } });
  const apis = await callApi<Api[]>(b, 'resource-servers?per_page=100');
  const clients = await callApi<(Client & { app_type?: string })[]>(b, 'clients?per_page=100');
  for (const api of apis.filter((x) => x.identifier !== b.audience && (x.scopes?.length ?? 0) > 0)) {
    const app = clients.find((c) => c.app_type === 'non_interactive' && !ambiguous.has(c.name) && !ids.has(`${c.name}|${api.identifier}|client`));
    if (!app) continue;
    await callApi(b, 'client-grants', { method: 'POST', body: { client_id: app.client_id, audience: api.identifier, scope: [api.scopes![0]!.value] } });
    const label = (key: string) => key.split('|').slice(0, 2).join(' → ');
    return [...deleted, ...narrowed].map(([key]) => label(key)).concat(`${app.name} → ${api.identifier}`);
  }
  throw new Error('the seed has no app and API left for a new grant');
}

const applyDialog = (page: Page) => page.getByRole('dialog', { name: 'Apply differences' });

async function chooseSides(page: Page, a: TenantProcess, b: TenantProcess): Promise<void> {
  await page.getByRole('group', { name: 'Source' }).getByRole('combobox', { name: 'Source' }).selectOption({ label: a.domain });
  await page.getByRole('group', { name: 'Target' }).getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });
  // Both read: the differences are final and Apply is offered.
  await expect(page.getByRole('status').filter({ hasText: /^Reading the tenant/ })).toHaveCount(0, { timeout: 30_000 });
}

test('Apply to a second tenant survives a reload: Finish completes it once, and Undo restores the tenant', async ({ page }) => {
  test.setTimeout(180_000);
  const { tenant: a, dashboard } = environment();
  const b = tenantB!;
  const labels = await changeTenant(b);
  const [aBefore, bBefore] = await Promise.all([grantsOf(a), grantsOf(b)]);

  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Compare' }).click();
  // Stay connected: after the reload B's token is still in this tab, as the run's journal is.
  await connectSecondTenant(page, b, { stayConnected: true });
  await chooseSides(page, a, b);

  const table = page.getByRole('table', { name: 'Differences' });
  for (const label of labels) await table.getByRole('checkbox', { name: `Select ${label}`, exact: true }).check();
  await page.getByRole('button', { name: 'Apply to target…' }).click();
  await expect(applyDialog(page).getByRole('list', { name: 'Preview' }).getByRole('listitem')).toHaveCount(6);
  await applyDialog(page).getByRole('button', { name: 'Apply', exact: true }).click();
  const summary = applyDialog(page).getByRole('status');
  await expect(summary).toHaveText(/^2 of 6 applied, 4 not done yet\.$/, { timeout: 30_000 });
  await page.reload();

  // The last run is back, with what the reload interrupted to finish.
  await chooseSides(page, a, b);
  await page.getByRole('button', { name: 'Show the last run' }).click();
  await expect(summary).toHaveText(/^[2-5] of 6 applied, [1-4] not done yet\.$/);
  await expect(applyDialog(page).getByText(/not done yet \(interrupted\): Finish re-reads each and goes on\./)).toBeVisible();
  await expect(applyDialog(page).getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(6);
  await applyDialog(page).getByRole('button', { name: 'Finish' }).click();
  await expect(summary).toHaveText('6 of 6 applied.', { timeout: 60_000 });

  // Every difference applied exactly once: B equals A, and no key holds two grants.
  const after = await grantsOf(b);
  expect(after.settings).toEqual(aBefore.settings);
  expect([...after.perKey].filter(([, n]) => n > 1)).toEqual([]);

  await applyDialog(page).getByRole('button', { name: `Undo changes to ${b.domain}` }).click();
  await expect(summary).toHaveText('6 of 6 applied, 6 undone.', { timeout: 60_000 });
  expect((await grantsOf(b)).settings).toEqual(bBefore.settings);
});
