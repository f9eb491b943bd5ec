import { expect, test, type Page } from '@playwright/test';
import { READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { fillConnectForm, storageDump } from './support/connect-form.ts';
import { connectToLocalTenant, expectReasonTooltip, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { getToken } from './support/tenant-api.ts';
import { fillCreateGrant } from './support/create-grant.ts';

const environment = useEnvironment({ seed: 'demo' });
const firstRow = (page: Page) => grantsTable(page).getByRole('button', { name: /^Open grant / }).first();

test('pasting a domain and token connects; the app bar shows tenant, time left and scopes; requests go only to the tenant', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const token = await getToken(tenant);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(dashboard.url);
  await fillConnectForm(page, `https://${tenant.domain}/api/v2/`, token);
  const details = page.getByRole('region', { name: 'Token details' });
  await expect(details).toContainText(tenant.domain);
  await expect(details).toContainText(/in 2[34] h/);
  await expect(details).toContainText('create:client_grants');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(firstRow(page)).toBeVisible();

  const tenantMenu = page.getByRole('button', { name: new RegExp(`^Tenant ${tenant.domain.replace(/\./g, '\\.')}, token expires in`) });
  await expect(tenantMenu).toBeVisible();
  await tenantMenu.click();
  await expect(page.getByRole('menu')).toContainText('read:client_grants');
  await page.keyboard.press('Escape');

  const origins = new Set(requests.map((url) => new URL(url).origin));
  expect([...origins].sort()).toEqual([dashboard.url, tenant.url].sort());
  expect(requests.filter((url) => url.includes(token))).toEqual([]);
  expect(requests.some((url) => url.startsWith(`${tenant.url}/api/v2/client-grants`))).toBe(true);
  expect(await storageDump(page)).not.toContain(token);
});

test('a bad domain gets a specific message and keeps what was typed', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const token = await getToken(tenant);
  await page.goto(dashboard.url);
  const domain = page.getByRole('textbox', { name: 'Domain' });
  for (const [input, message] of [
    ['https://admin:secret@acme.auth0.com', /user name and password/i],
    ['acme.auth0.com/login', /path/i],
    ['http://acme.auth0.com', /https/i],
    ['acme auth0 com', /valid|hostname|domain/i],
  ] as const) {
    await fillConnectForm(page, input, token);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(domain).toHaveAccessibleDescription(message);
    await expect(domain).toHaveValue(input);
    await expect(page.getByLabel('Management API token')).toHaveValue(token);
  }
});

test('a domain that does not answer says what is likely wrong', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, '127.0.0.1:9', await getToken(tenant));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not reach' })).toContainText('127.0.0.1:9');
});

test('a garbage token is refused before connecting, with the values kept', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, 'definitely-not-a-jwt');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByLabel('Management API token')).toHaveAccessibleDescription(/JWT|token/i);
  await expect(page.getByRole('textbox', { name: 'Domain' })).toHaveValue(tenant.domain);
  await expect(grantsTable(page)).toHaveCount(0);
});

test('a token for another tenant is flagged, naming both tenants', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, 'acme.us.auth0.com', await getToken(tenant));
  const warning = page.getByRole('region', { name: 'Token details' }).getByRole('alert');
  await expect(warning).toContainText('acme.us.auth0.com');
  await expect(warning).toContainText(tenant.domain);
});

test("the read-only app's token can list but every change is disabled, naming the missing scope", async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, await getToken(tenant, READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(firstRow(page)).toBeVisible();
  const create = page.getByRole('button', { name: 'Create grant' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/create:client_grants/);
  await expectReasonTooltip(page, create, 'create:client_grants');
  const edit = grantsTable(page).getByRole('button', { name: /^Edit grant for / }).first();
  const remove = grantsTable(page).getByRole('button', { name: /^Delete grant for / }).first();
  await expect(edit).toBeDisabled();
  await expect(edit).toHaveAccessibleDescription(/update:client_grants/);
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(/delete:client_grants/);
});

test('without "Stay connected" a reload forgets the token; with it the tab stays connected', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url, { stayConnected: false });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  expect(await storageDump(page)).not.toContain('eyJ');

  await connectToLocalTenant(page, dashboard.url, { stayConnected: true });
  const firstPageRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v2\/client-grants\?page=0&/.test(request.url())) firstPageRequests.push(request.url());
  });
  await page.reload();
  await expect(firstRow(page)).toBeVisible();
  // Requested early by the boot module, before React loaded, and adopted by the table: never twice.
  expect(firstPageRequests).toHaveLength(1);
});

test('Disconnect clears the token, web storage and the query cache', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url, { stayConnected: true });
  await page.getByRole('button', { name: /^Tenant / }).click();
  await page.getByRole('menuitem', { name: 'Disconnect' }).click();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  const storage = await storageDump(page);
  expect(storage).not.toContain('eyJ');
  expect(storage).not.toContain(tenant.domain);

  // Had the cache survived, the first page (fresh for 30 s) would come back without a request.
  const listRequest = page.waitForRequest((request) => request.url().startsWith(`${tenant.url}/api/v2/client-grants?`));
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await listRequest;
  await expect(firstRow(page)).toBeVisible();
});

test('a 401 in the middle of work shows a reconnect banner and keeps the view', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('combobox', { name: 'Subject type' }).click();
  let reject = true;
  await page.route(`${tenant.url}/api/v2/client-grants?**`, (route) =>
    reject
      ? route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Expired token received for JSON Web Token validation', errorCode: 'invalid_token' }) })
      : route.fallback(),
  );
  await page.getByRole('option', { name: 'User' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The tenant rejected your token' });
  await expect(banner).toBeVisible();
  reject = false;
  await banner.getByLabel('New Management API token').fill(await getToken(tenant));
  await banner.getByRole('button', { name: 'Reconnect' }).click();
  await expect(banner).toBeHidden();
  await expect(page).toHaveURL(/subject_type=user/);
  await expect(firstRow(page)).toBeVisible();
});

test('a 401 while creating keeps the form: reconnect inside the dialog, then submit again', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const dialog = await fillCreateGrant(page);
  let reject = true;
  await page.route(`${tenant.url}/api/v2/client-grants`, (route) =>
    reject && route.request().method() === 'POST'
      ? route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'Expired token received for JSON Web Token validation', errorCode: 'invalid_token' }) })
      : route.fallback(),
  );
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const prompt = dialog.getByRole('alert').filter({ hasText: 'The tenant rejected your token' });
  await expect(prompt).toBeVisible();
  reject = false;
  await prompt.getByLabel('New Management API token').fill(await getToken(tenant));
  await prompt.getByRole('button', { name: 'Reconnect' }).click();
  await expect(prompt).toBeHidden();
  // Nothing about the old token stays on the form: not the prompt, not the 401 it answered.
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: 'Application' })).toHaveValue(/Billing Service/);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/grant=cgr_/);
});

test('a token pasted with quotes and a line break connects (what is previewed is what is sent)', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const token = await getToken(tenant);
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, `"${token.slice(0, 40)}\n${token.slice(40)}"`);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(firstRow(page)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'rejected your token' })).toHaveCount(0);
});

test('a malformed stored session shows the connect form, not a blank page', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const token = await getToken(tenant);
  await page.goto(dashboard.url);
  await page.evaluate((session) => sessionStorage.setItem('client-grants:session', session), JSON.stringify({ domain: 'Not A Domain/x', token }));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
  expect(await storageDump(page)).not.toContain(token);
});

test('a malformed URL does not take the dashboard server down', async ({ request }) => {
  const { dashboard } = environment();
  const malformed = await request.get(`${dashboard.url}/%E0%A4%A`);
  expect(malformed.status()).toBeLessThan(500);
  expect((await request.get(`${dashboard.url}/`)).status()).toBe(200);
});
