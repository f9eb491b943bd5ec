import { expect, test } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi, listGrants } from './support/tenant-api.ts';

// 500 applications: five pages of /clients, so the rows on screen name apps the first page does not hold.
const environment = useEnvironment({ seed: 'scale:5000' });

test("the rows on screen are named before the names list is read to its end", async ({ page }) => {
  const { tenant, dashboard } = environment();
  const firstPage = await callApi<{ client_id: string }[]>(tenant, 'clients?per_page=100&page=0&fields=client_id');
  const inFirstPage = new Set(firstPage.map((c) => c.client_id));
  const rows = (await listGrants(tenant, { page: 0, per_page: 25 })).client_grants;
  const beyond = rows.find((g) => g.client_id && !inFirstPage.has(g.client_id))!;
  expect(beyond, 'a visible row whose app is not on the first page of /clients').toBeDefined();
  const app = await callApi<{ name: string }>(tenant, `clients/${beyond.client_id}`);

  // The names list stalls after its first page, as on a slow, rate-limited tenant.
  await page.route(/\/api\/v2\/clients\?(.*&)?page=[1-9]/, () => undefined);
  const singleReads: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v2\/clients\/[^/?]+/.test(request.url())) singleReads.push(request.url());
  });
  await connectToLocalTenant(page, dashboard.url);
  const row = grantsTable(page).getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Open grant ${beyond.id} `) }) });
  await expect(row).toContainText(app.name);
  await expect(grantsTable(page)).not.toContainText('Name loading');
  expect(singleReads.some((url) => url.includes(`/clients/${beyond.client_id}?`))).toBe(true);
  // Only the apps on screen that the list had not reached: at most one read per row.
  expect(singleReads.length).toBeLessThanOrEqual(rows.length);
});
