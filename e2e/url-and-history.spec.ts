import { expect, test, type Page } from '@playwright/test';
import { READ_ONLY_CLIENT_ID } from '../local-tenant/defaults.ts';
import { collectConsoleErrors } from './support/console-errors.ts';
import { connectToLocalTenant, expectGrantIds, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi, listGrants } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

/** The address bar's query, decoded, for exact comparisons. */
const query = (page: Page) => new URL(page.url()).search;

test('bad parameters are corrected in the address bar, not only ignored', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?page=-4&per_page=7&subject_type=robot&allow_any_organization=yes`);
  await expect.poll(() => query(page)).toBe('');
  const first = await listGrants(tenant, { page: 0, per_page: 25 });
  await expectGrantIds(page, first.client_grants.map((grant) => grant.id));

  // A good parameter beside bad ones survives, and the view is the one it names.
  await page.goto(`${dashboard.url}/?per_page=1000&client_id=${READ_ONLY_CLIENT_ID}&subject_type=robot`);
  await expect.poll(() => query(page)).toBe(`?client_id=${READ_ONLY_CLIENT_ID}`);
  await expect(grantsTable(page).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25');
});

test('a page past the end moves to the last page, and Back does not return to it', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?page=99&per_page=50`);
  const { total } = await listGrants(tenant, { page: 0, per_page: 1 });
  const last = Math.ceil(total / 50) - 1;
  await expect.poll(() => query(page)).toBe(`?page=${last}&per_page=50`);
  const lastPage = await listGrants(tenant, { page: last, per_page: 50 });
  await expectGrantIds(page, lastPage.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`${last * 50 + 1}–${total} of ${total}`)).toBeVisible();
  // The correction replaced the entry: Back leaves for the page before, not for page 99 again.
  await page.goBack();
  await expect.poll(() => query(page)).toBe('');
  expect(errors).toEqual([]);
});

test('?grant= for an id that does not exist, or cannot exist, says the grant was not found', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?grant=cgr_0000000000000000`);
  const panel = page.getByRole('dialog', { name: 'Grant not found' });
  await expect(panel).toContainText('No grant with the id “cgr_0000000000000000” exists in this tenant');

  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${tenant.url}/api/v2/client-grants/`)) requested.push(request.url());
  });
  await page.goto(`${dashboard.url}/?grant=%3Cscript%3E`);
  await expect(page.getByRole('dialog', { name: 'Grant not found' })).toContainText('No grant with the id “<script>”');
  expect(requested, 'an impossible id is not sent to the tenant').toEqual([]);
  await page.getByRole('button', { name: 'Close grant details' }).click();
  await expect.poll(() => query(page)).toBe('');
});

test('Access and Findings parameters are corrected in the address bar; an unknown scope says it is unknown', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const apis = await callApi<{ identifier: string; name: string; scopes: { value: string }[] }[]>(tenant, 'resource-servers?per_page=100');
  const api = apis.find((candidate) => candidate.scopes.length > 0 && !candidate.identifier.includes('/api/v2/'))!;
  await connectToLocalTenant(page, dashboard.url);

  // Padded values trimmed, a repeated one once, the view's own parameters only.
  const padded = new URLSearchParams([['view', ' access '], ['client_id', ` ${READ_ONLY_CLIENT_ID} `], ['client_id', 'other'], ['scope', 'read:no-such-scope'], ['audience', ` ${api.identifier}`]]);
  await page.goto(`${dashboard.url}/?${padded.toString()}`);
  const canonical = new URLSearchParams([['view', 'access'], ['client_id', READ_ONLY_CLIENT_ID], ['scope', 'read:no-such-scope'], ['audience', api.identifier]]);
  await expect.poll(() => query(page)).toBe(`?${canonical.toString()}`);
  await expect(page.getByText(/^Tenant read /)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Unknown scope: no API of this tenant defines read:no-such-scope on / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Applications holding the scope' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^APIs .* can call$/ })).toBeVisible();

  // A scope without its API names nothing: dropped. An unknown application says so.
  await page.goto(`${dashboard.url}/?view=access&scope=read%3Ax&client_id=no_such_app`);
  await expect.poll(() => query(page)).toBe('?view=access&client_id=no_such_app');
  await expect(page.getByRole('status').filter({ hasText: /^Unknown application: this tenant has no application with the client ID no_such_app/ })).toBeVisible({ timeout: 20_000 });

  // The Findings view: a padded view is the view it names, and the address says so.
  await page.goto(`${dashboard.url}/?view=%20findings%20`);
  await expect.poll(() => query(page)).toBe('?view=findings');
  await expect(page.getByRole('tab', { name: /^Findings/ })).toHaveAttribute('aria-selected', 'true');
});

/** Opens and closes the read-only app's grant (so Back would reopen it), then opens its Edit dialog. */
async function editAfterVisitingPanel(page: Page) {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${READ_ONLY_CLIENT_ID}`);
  const table = grantsTable(page);
  await table.getByRole('button', { name: /^Open grant / }).click();
  await expect(page).toHaveURL(/grant=cgr_/);
  await page.getByRole('button', { name: 'Close grant details' }).click();
  await expect(page).not.toHaveURL(/grant=/);
  await table.getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  // The Management API's 247 scopes are a virtualised list: reach read:clients by filtering, as a person would.
  await dialog.getByRole('textbox', { name: 'Filter scopes' }).fill('read:clients');
  await expect(dialog.getByRole('checkbox', { name: 'read:clients', exact: true })).toBeChecked();
  return dialog;
}

/** Opens the Edit dialog as above, changes a scope, and presses Back: the discard question appears. */
async function backWithChangedDialog(page: Page) {
  const dialog = await editAfterVisitingPanel(page);
  const readClients = dialog.getByRole('checkbox', { name: 'read:clients', exact: true });
  await readClients.uncheck();
  await page.goBack();
  const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(confirm).toBeVisible();
  await expect(page).not.toHaveURL(/grant=/);
  await expect(page.getByRole('button', { name: 'Close grant details' })).toHaveCount(0);
  return { dialog, readClients, confirm };
}

test('Back with a changed Edit dialog asks first; Keep editing leaves the dialog on top and usable', async ({ page }) => {
  const { readClients, confirm } = await backWithChangedDialog(page);
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirm).toBeHidden();
  await expect(readClients).not.toBeChecked();
  await readClients.focus();
  await expect(readClients).toBeFocused();
  await expect(page.getByRole('button', { name: 'Close grant details' })).toHaveCount(0);
});

test('Back with a changed Edit dialog, then Discard: the dialog closes on the page it was opened on', async ({ page }) => {
  const { dialog, confirm } = await backWithChangedDialog(page);
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`client_id=${READ_ONLY_CLIENT_ID}$`));
  await expect(page.getByRole('button', { name: 'Close grant details' })).toHaveCount(0);
  await expect(grantsTable(page).getByRole('button', { name: /^Edit grant for / })).toBeVisible();
});

test('Back with an unchanged Edit dialog closes it and leaves the page as it was', async ({ page }) => {
  const dialog = await editAfterVisitingPanel(page);
  await page.goBack();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`client_id=${READ_ONLY_CLIENT_ID}$`));
  await expect(page.getByRole('button', { name: 'Close grant details' })).toHaveCount(0);
});
