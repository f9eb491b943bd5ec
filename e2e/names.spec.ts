import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi, listGrants } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });
type Client = { client_id: string; name: string };

/** The /clients and /resource-servers reads the page makes from now on. */
function namesReads(page: Page, tenantUrl: string): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${tenantUrl}/api/v2/clients`) || url.startsWith(`${tenantUrl}/api/v2/resource-servers`))
      urls.push(url);
  });
  return urls;
}

async function firstRowAppName(): Promise<string> {
  const { tenant } = environment();
  const [grant] = (await listGrants(tenant, { page: 0, per_page: 25 })).client_grants;
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  return clients.find((client) => client.client_id === grant?.client_id)?.name ?? 'no such app';
}

const storedNames = (page: Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('client-grants:names:')));

test('names are read once per connection: a reload shows them without reading /clients again', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const reads = namesReads(page, tenant.url);
  const name = await firstRowAppName();
  await connectToLocalTenant(page, dashboard.url);
  await expect(grantsTable(page).getByRole('row').nth(1)).toContainText(name);
  await expect.poll(() => storedNames(page)).toHaveLength(2);
  const clientsRead = reads.find((url) => url.includes('/clients'));
  expect(new URL(clientsRead ?? 'http://x').searchParams.get('fields')).toBe('client_id,name,app_type,is_first_party');

  reads.length = 0;
  await page.reload();
  await expect(grantsTable(page).getByRole('row').nth(1)).toContainText(name);
  await expect(page.getByRole('combobox', { name: 'Application' })).toBeVisible();
  expect(reads).toEqual([]);
});

test('Disconnect drops the names kept for the tab', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await expect.poll(() => storedNames(page)).toHaveLength(2);
  await page.getByRole('button', { name: /^Tenant / }).click();
  await page.getByRole('menuitem', { name: 'Disconnect' }).click();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  expect(await storedNames(page)).toEqual([]);
});
