import { expect, test, type Page } from '@playwright/test';
import {
  DEFAULT_ADMIN_CLIENT_ID,
  DEFAULT_ADMIN_CLIENT_SECRET,
  READ_ONLY_CLIENT_ID,
  READ_ONLY_CLIENT_SECRET,
} from '../local-tenant/defaults.ts';
import { useEnvironment } from './support/environment.ts';
import { expectReasonTooltip } from './support/dashboard.ts';
import { getToken as tokenFor } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

type Grant = { id: string; client_id?: string; audience: string; scope?: string[]; subject_type: string };

/** A token for an app of this file's tenant (client credentials, as the app itself would get it). */
const getToken = (clientId: string, clientSecret: string) => tokenFor(environment().tenant, clientId, clientSecret);

async function managementApi(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const token = await getToken(DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET);
  return fetch(`${environment().tenant.url}/api/v2/${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
}

async function apiIdentifier(name: string): Promise<string> {
  const servers = (await (await managementApi('resource-servers?per_page=100')).json()) as {
    name: string;
    identifier: string;
  }[];
  const found = servers.find((server) => server.name === name);
  if (!found) throw new Error(`no API named ${name}`);
  return found.identifier;
}

async function grantsOf(clientId: string, audience: string): Promise<Grant[]> {
  const query = new URLSearchParams({ client_id: clientId, audience });
  return (await (await managementApi(`client-grants?${query}`)).json()) as Grant[];
}

async function connect(page: Page) {
  await page.goto(environment().dashboard.url);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(page.getByRole('button', { name: 'Create grant' })).toBeEnabled();
}

async function openCreateDialog(page: Page) {
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function choose(page: Page, label: string, text: string, option: RegExp) {
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: option }).click();
}

const AUDITOR = /Grants Auditor \(read-only\)/;

test('creates a grant that the API then returns, and opens it in the detail panel', async ({ page }) => {
  await connect(page);
  const dialog = await openCreateDialog(page);
  await choose(page, 'Application', 'Grants Auditor', AUDITOR);
  await choose(page, 'API', 'Orders API', /Orders API/);
  const scopes = dialog.getByRole('group', { name: 'Scopes' });
  await scopes.getByRole('checkbox', { name: 'read:orders', exact: true }).check();
  await scopes.getByRole('checkbox', { name: 'read:order_notes', exact: true }).check();
  await expect(dialog.getByText('2 of 12 selected')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(dialog).toBeHidden();

  const grants = await grantsOf(READ_ONLY_CLIENT_ID, await apiIdentifier('Orders API'));
  expect(grants).toHaveLength(1);
  expect(grants[0]?.scope?.sort()).toEqual(['read:order_notes', 'read:orders']);
  expect(grants[0]?.subject_type).toBe('client');
  await expect(page.getByText(/must request a new token/)).toBeVisible();
  // The page opens the new grant in the detail panel (the URL is the source of truth for it).
  await expect(page).toHaveURL(new RegExp(`grant=${grants[0]?.id}`));
});

test('the duplicate check stops a second grant for the same app, API and subject type', async ({ page }) => {
  await connect(page);
  const dialog = await openCreateDialog(page);
  await choose(page, 'Application', 'Grants Auditor', AUDITOR);
  await choose(page, 'API', 'Orders API', /Orders API/);
  await expect(dialog.getByText('This application already has a grant for this API')).toBeVisible();
  await expect(
    dialog.getByText(/has read:orders, read:order_notes|has read:order_notes, read:orders/),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create', exact: true })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Edit the existing grant' })).toBeVisible();
  // A user grant for the same pair is a different grant (§4): the check lets it through.
  await dialog.getByRole('radio', { name: /User/ }).check();
  await expect(dialog.getByText('This application already has a grant for this API')).toBeHidden();
});

test('a 409 race shows a clear message, keeps the input and offers the grant created meanwhile', async ({
  page,
}) => {
  await connect(page);
  const dialog = await openCreateDialog(page);
  await choose(page, 'Application', 'Grants Auditor', AUDITOR);
  await choose(page, 'API', 'Shipping API', /Shipping API/);
  await dialog.getByRole('checkbox', { name: 'read:shipments', exact: true }).check();
  // The duplicate check has already answered "none"; another admin now creates the same grant.
  const audience = await apiIdentifier('Shipping API');
  const created = await managementApi('client-grants', {
    method: 'POST',
    body: { client_id: READ_ONLY_CLIENT_ID, audience, scope: ['read:labels'] },
  });
  expect(created.status).toBe(201);

  // The race must really reach the tenant's 409 (not the form's own duplicate check).
  const post = page.waitForResponse(
    (response) => response.url().endsWith('/api/v2/client-grants') && response.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  expect((await post).status()).toBe(409);
  await expect(dialog.getByText('Grant already exists')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Edit the existing grant' })).toBeVisible();
  await expect(dialog.getByText(/has read:labels/)).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Application' })).toHaveValue(
    'Grants Auditor (read-only)',
  );
  await expect(dialog.getByRole('checkbox', { name: 'read:shipments', exact: true })).toBeChecked();
  expect(await grantsOf(READ_ONLY_CLIENT_ID, audience)).toHaveLength(1);
});

test('scope filter and Select all pick only the filtered scopes', async ({ page }) => {
  await connect(page);
  const dialog = await openCreateDialog(page);
  await choose(page, 'API', 'Auth0 Management', /Auth0 Management API/);
  const scopes = dialog.getByRole('group', { name: 'Scopes' });
  await expect(dialog.getByRole('checkbox', { name: /All scopes/ })).toHaveCount(0);
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill(':client_grants');
  await expect(scopes.getByRole('checkbox')).toHaveCount(4);
  await scopes.getByRole('button', { name: 'Select all 4 shown' }).click();
  await expect(scopes.getByText(/^4 of \d+ selected · 4 shown$/)).toBeVisible();
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('');
  await expect(scopes.getByText(/^4 of \d+ selected$/)).toBeVisible();
  await expect(scopes.getByRole('checkbox', { name: 'read:users', exact: true })).not.toBeChecked();
  // The list is virtualised: a scope far down is reached by filtering, as a person would.
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('delete:client_grants');
  await expect(scopes.getByRole('checkbox', { name: 'delete:client_grants', exact: true })).toBeChecked();
});

test('a grant can be created with the keyboard alone', async ({ page }) => {
  await connect(page);
  await page.getByRole('button', { name: 'Create grant' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  const application = dialog.getByRole('combobox', { name: 'Application' });
  await expect(application).toBeFocused();
  await page.keyboard.type('Grants Auditor');
  await expect(page.getByRole('option', { name: AUDITOR })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'API' })).toBeFocused();
  await page.keyboard.type('Billing API');
  await expect(page.getByRole('option', { name: /Billing API/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const filter = dialog.getByRole('textbox', { name: 'Filter scopes' });
  for (let i = 0; i < 6 && !(await filter.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(filter).toBeFocused();
  await page.keyboard.type('read:invoices');
  await expect(dialog.getByRole('group', { name: 'Scopes' }).getByRole('checkbox')).toHaveCount(1);
  const scope = dialog.getByRole('checkbox', { name: 'read:invoices', exact: true });
  const create = dialog.getByRole('button', { name: 'Create', exact: true });
  for (let i = 0; i < 8 && !(await scope.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(scope).toBeFocused();
  await page.keyboard.press('Space');
  await expect(scope).toBeChecked();
  for (let i = 0; i < 20 && !(await create.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const grants = await grantsOf(READ_ONLY_CLIENT_ID, await apiIdentifier('Billing API'));
  expect(grants.map((grant) => grant.scope)).toEqual([['read:invoices']]);
});

test("the read-only app's token cannot create: the button names the missing scope", async ({ page }) => {
  const token = await getToken(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
  await page.goto(environment().dashboard.url);
  await page.getByRole('textbox', { name: 'Domain' }).fill(environment().tenant.domain);
  await page.getByLabel('Management API token').fill(token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const create = page.getByRole('button', { name: 'Create grant' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/create:client_grants/);
  await expectReasonTooltip(page, create, 'create:client_grants');
});
