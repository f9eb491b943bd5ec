import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, listGrants, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

function rowFor(page: Page, id: string) {
  return grantsTable(page).getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Open grant ${id} `) }) });
}

async function firstDeletable(): Promise<Grant> {
  const { client_grants } = await listGrants(environment().tenant, { page: 0, per_page: 25 });
  return client_grants.find((grant) => !grant.is_system)!;
}

test('Delete asks first, naming app, API and token lifetime; the row goes at once and the API agrees', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const grant = await firstDeletable();
  await rowFor(page, grant.id).getByRole('button', { name: /^Delete grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grant' });
  await expect(dialog).toContainText('keep working until they expire');
  await expect(dialog).toContainText(/up to \d+(\.\d+)? hours? for this API/);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(rowFor(page, grant.id)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the grant' })).toBeVisible();
  await expect.poll(async () => (await allGrants(tenant)).some((candidate) => candidate.id === grant.id)).toBe(false);
});

test('Cancel keeps the grant, and is the focused choice (Enter does not delete)', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const grant = await firstDeletable();
  await rowFor(page, grant.id).getByRole('button', { name: /^Delete grant for / }).click();
  const cancel = page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete grant' })).toHaveCount(0);
  await expect(rowFor(page, grant.id)).toHaveCount(1);
});

test('a delete that fails (connection dropped) brings the row back with the error', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const grant = await firstDeletable();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${tenant.url}/api/v2/client-grants/${grant.id}`, async (route) => {
    if (route.request().method() !== 'DELETE') return route.fallback();
    await held;
    await route.abort('connectionreset');
  });
  await rowFor(page, grant.id).getByRole('button', { name: /^Delete grant for / }).click();
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(rowFor(page, grant.id)).toHaveCount(0);
  release();
  await expect(rowFor(page, grant.id)).toHaveCount(1);
  // The tenant was asked again before anything was reported: the grant is still there.
  await expect(page.getByRole('alert').filter({ hasText: 'was not deleted' })).toContainText(
    'The connection failed before the tenant’s answer arrived. Re-reading the tenant shows the change was not applied.',
  );
  expect((await allGrants(tenant)).some((candidate) => candidate.id === grant.id)).toBe(true);
});

test('a 500 from the tenant also restores the row and says so', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const grant = await firstDeletable();
  await page.route(`${tenant.url}/api/v2/client-grants/${grant.id}`, (route) =>
    route.request().method() === 'DELETE'
      ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'Something broke' }) })
      : route.fallback(),
  );
  await rowFor(page, grant.id).getByRole('button', { name: /^Delete grant for / }).click();
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'was not deleted' })).toBeVisible();
  await expect(rowFor(page, grant.id)).toHaveCount(1);
});

test('a grant someone else already deleted is reported as already deleted, not as deleted', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const grant = await firstDeletable();
  await callApi(tenant, `client-grants/${grant.id}`, { method: 'DELETE' });
  await rowFor(page, grant.id).getByRole('button', { name: /^Delete grant for / }).click();
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'was already deleted (someone else deleted it)' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the grant' })).toHaveCount(0);
  await expect(rowFor(page, grant.id)).toHaveCount(0);
});

test('a system grant offers neither Edit nor Delete, in the row or the detail panel', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const system = (await allGrants(tenant)).find((grant) => grant.is_system)!;
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?audience=${encodeURIComponent(system.audience)}&grant=${system.id}`);
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText('managed by Auth0');
  await expect(panel.getByRole('img', { name: /^System grant/ })).toBeVisible();
  await expect(panel.getByRole('button', { name: /^(Edit|Delete) grant/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close grant details' }).click();
  const row = rowFor(page, system.id);
  await expect(row.getByRole('img', { name: /^System grant/ })).toBeVisible();
  await expect(row.getByRole('button', { name: /^(Edit|Delete) grant/ })).toHaveCount(0);
});
