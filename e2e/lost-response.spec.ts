import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { appsWithoutGrantOn, callApi, listGrants, type ApiSummary, type AppSummary, type Grant } from './support/tenant-api.ts';

// The dashboard reaches the tenant through a proxy that loses answers after the tenant applied the write.
// (After a create the detail panel opens as a modal, so the notice is found by its text, not its role.)
const environment = useEnvironment({ seed: 'demo' }, { throughProxy: true });
test.describe.configure({ timeout: 60_000 });


const GRANT_PATH = /^\/api\/v2\/client-grants\/[^/]+$/;
const LIST_PATH = /^\/api\/v2\/client-grants$/;
let loyalty: ApiSummary;
let apps: AppSummary[] = [];

function proxy() {
  const { proxy } = environment();
  if (!proxy) throw new Error('this spec runs through the proxy');
  return proxy;
}

test.beforeAll(async () => {
  ({ api: loyalty, apps } = await appsWithoutGrantOn(environment().tenant, 'Loyalty API'));
});

function nextApp(): AppSummary {
  const app = apps.shift();
  if (!app) throw new Error('the demo seed has no machine-to-machine app left without a Loyalty grant');
  return app;
}

const grantsOf = async (app: AppSummary) =>
  (await listGrants(environment().tenant, { client_id: app.client_id, audience: loyalty.identifier, page: 0, per_page: 10 })).client_grants;

async function openCreate(page: Page, app: AppSummary) {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('button', { name: 'Create grant' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'Application' }).fill(app.name);
  await page.getByRole('option', { name: new RegExp(`^${app.name.replace(/[()]/g, '\\$&')}`) }).first().click();
  await dialog.getByRole('combobox', { name: 'API' }).click();
  await page.getByRole('option', { name: /Loyalty API/ }).click();
  await dialog.getByRole('group', { name: 'Scopes' }).getByRole('checkbox', { name: 'read:points', exact: true }).check();
  return dialog;
}

/** A grant made through the API, shown alone in the table. */
async function showGrant(page: Page): Promise<Grant> {
  const app = nextApp();
  const grant = await callApi<Grant>(environment().tenant, 'client-grants', {
    method: 'POST',
    body: { client_id: app.client_id, audience: loyalty.identifier, scope: ['read:points'] },
  });
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.goto(`${environment().dashboard.url}/?client_id=${app.client_id}&audience=${encodeURIComponent(loyalty.identifier)}`);
  await expect(grantsTable(page).getByRole('row')).toHaveCount(2);
  return grant;
}

test('a create whose connection drops after the tenant created it says "Created; the response was lost"', async ({ page }) => {
  const app = nextApp();
  const dialog = await openCreate(page, app);
  proxy().fail({ method: 'POST', path: LIST_PATH, fault: 'reset' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/^Created; the response was lost, and re-reading the tenant found the grant\. Granted /)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Grant already exists|report this problem/)).toHaveCount(0);
  const held = await grantsOf(app);
  expect(held.map((grant) => grant.scope)).toEqual([['read:points']]);
});

test('a create whose connection drops before the tenant saw it says "not created", and trying again works', async ({ page }) => {
  const app = nextApp();
  const dialog = await openCreate(page, app);
  // Dropped in the browser: the request never reaches the tenant.
  await page.route(`${proxy().url}/api/v2/client-grants`, (route) =>
    route.request().method() === 'POST' ? route.abort('connectionreset') : route.fallback(),
  );
  await dialog.getByRole('button', { name: 'Create' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Not created');
  await expect(alert).toContainText('Re-reading the tenant shows the change was not applied. Try again.');
  expect(await grantsOf(app)).toEqual([]);
  await page.unroute(`${proxy().url}/api/v2/client-grants`);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/^Granted .* access to Loyalty API/)).toBeVisible();
  expect(await grantsOf(app)).toHaveLength(1);
});

test('a save whose answer is garbled after the tenant stored it says saved, and what the tenant holds', async ({ page }) => {
  const grant = await showGrant(page);
  await grantsTable(page).getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  await dialog.getByRole('group', { name: 'Scopes' }).getByRole('checkbox', { name: 'read:rewards', exact: true }).check();
  proxy().fail({ method: 'PATCH', path: GRANT_PATH, fault: 'corrupt' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Saved the grant' });
  await expect(notice).toContainText('The response was lost; re-reading the grant shows the tenant stored the change.');
  await expect(notice).toContainText(/The tenant now holds: [^.]*read:rewards/);
  await expect(page.getByText(/report this problem/)).toHaveCount(0);
  const held = await callApi<Grant>(environment().tenant, `client-grants/${grant.id}`);
  expect(held.scope?.sort()).toEqual(['read:points', 'read:rewards']);
});

test('a delete whose connection drops after the tenant deleted it says "Deleted; the response was lost"', async ({ page }) => {
  const grant = await showGrant(page);
  await grantsTable(page).getByRole('button', { name: /^Delete grant for / }).click();
  proxy().fail({ method: 'DELETE', path: GRANT_PATH, fault: 'reset' });
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'the response was lost' })).toContainText(/^Deleted the grant for /);
  await expect(page.getByRole('alert').filter({ hasText: 'was not deleted' })).toHaveCount(0);
  await expect(callApi(environment().tenant, `client-grants/${grant.id}`)).rejects.toThrow(/404/);
});

test('a create that hangs says it is still waiting; stopping checks the outcome', async ({ page }) => {
  const app = nextApp();
  const dialog = await openCreate(page, app);
  proxy().fail({ method: 'POST', path: LIST_PATH, fault: 'hold' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  const waiting = dialog.getByRole('status').filter({ hasText: 'Still waiting for the tenant…' });
  await expect(waiting).toBeVisible({ timeout: 15_000 });
  await expect(waiting).toContainText('You can stop waiting safely');
  await waiting.getByRole('button', { name: 'Stop waiting' }).click();
  await expect(page.getByText(/^Created; the response was lost, and re-reading the tenant found the grant\. Granted /)).toBeVisible();
  proxy().release();
  expect(await grantsOf(app)).toHaveLength(1);
});
