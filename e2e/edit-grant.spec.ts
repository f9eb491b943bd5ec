import { expect, test, type Page } from '@playwright/test';
import { READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi, decodeClaims, getToken as tokenFor } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

type Grant = { id: string; client_id?: string; audience: string; scope?: string[]; is_system?: boolean };

/** A token for an app of this file's tenant (client credentials, as the app itself would get it). */
const getToken = (clientId: string, clientSecret: string) =>
  tokenFor(environment().tenant, clientId, clientSecret);

const managementApi = <T>(path: string) => callApi<T>(environment().tenant, path);

/** The token's scope claim, sorted. */
function scopesInToken(token: string): string[] {
  return String(decodeClaims(token).scope ?? '')
    .split(' ')
    .filter(Boolean)
    .sort();
}

/** Connects (kept for this tab) and shows only the grants of one app, through the URL filter. */
async function showGrantsOf(page: Page, clientId: string) {
  await page.goto(environment().dashboard.url);
  await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(page.getByRole('table', { name: 'Client grants' })).toBeVisible();
  await page.goto(`${environment().dashboard.url}/?client_id=${clientId}`);
  const table = page.getByRole('table', { name: 'Client grants' });
  await expect(table.getByRole('row')).toHaveCount(2); // header + the app's one grant
  return table;
}

test("editing scopes: the summary is right, the API has them, and the app's next token carries them", async ({
  page,
}) => {
  const [before] = await managementApi<Grant[]>(`client-grants?client_id=${READ_ONLY_CLIENT_ID}`);
  expect(before?.scope?.sort()).toEqual([
    'read:client_grants',
    'read:clients',
    'read:logs',
    'read:organization_client_grants',
    'read:organizations',
    'read:resource_servers',
  ]);
  const oldToken = await getToken(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);

  const table = await showGrantsOf(page, READ_ONLY_CLIENT_ID);
  await table.getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  await expect(dialog.getByRole('textbox', { name: 'Application' })).toHaveValue(
    /Grants Auditor \(read-only\)/,
  );
  await expect(dialog.getByRole('textbox', { name: 'API' })).toHaveValue('Auth0 Management API (System)');
  const save = dialog.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();

  const scopes = dialog.getByRole('group', { name: 'Scopes' });
  // The list is virtualised: a scope far down is reached by filtering, as a person would.
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('read:clients');
  await scopes.getByRole('checkbox', { name: 'read:clients', exact: true }).uncheck();
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('read:users');
  await scopes.getByRole('checkbox', { name: 'read:users', exact: true }).check();
  await expect(dialog.getByRole('status', { name: 'Changes to save' })).toContainText(
    'Scopes: + read:users, − read:clients',
  );
  await save.click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(/Tokens already issued keep their old scopes until they expire \(up to 24 hours/),
  ).toBeVisible();

  const after = await managementApi<Grant>(`client-grants/${before?.id}`);
  const orgScopes = ['read:organization_client_grants', 'read:organizations'];
  const edited = ['read:client_grants', 'read:logs', ...orgScopes, 'read:resource_servers', 'read:users'];
  expect(after.scope?.sort()).toEqual(edited);
  expect(scopesInToken(await getToken(READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET))).toEqual(edited);
  // The token issued before the edit is unchanged: that is what the note warns about.
  expect(scopesInToken(oldToken)).toEqual([
    'read:client_grants',
    'read:clients',
    'read:logs',
    ...orgScopes,
    'read:resource_servers',
  ]);
});

test('organization settings: Allow any organization only with Allow or Require, and only changed fields are sent', async ({
  page,
}) => {
  const table = await showGrantsOf(page, READ_ONLY_CLIENT_ID);
  await table.getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  const anyOrganization = dialog.getByRole('checkbox', { name: 'Allow any organization' });
  await expect(anyOrganization).toBeDisabled();
  await dialog.getByRole('radio', { name: 'Require' }).check();
  await anyOrganization.check();
  await expect(dialog.getByRole('status', { name: 'Changes to save' })).toContainText(
    'Organization usage: not set → require',
  );
  const patch = page.waitForRequest((request) => request.method() === 'PATCH');
  await dialog.getByRole('button', { name: 'Save' }).click();
  expect((await patch).postDataJSON()).toEqual({
    organization_usage: 'require',
    allow_any_organization: true,
  });
  await expect(dialog).toBeHidden();
  const [grant] = await managementApi<(Grant & { organization_usage?: string })[]>(
    `client-grants?client_id=${READ_ONLY_CLIENT_ID}`,
  );
  expect(grant?.organization_usage).toBe('require');
});

test('system grants offer no Edit and no Save', async ({ page }) => {
  const clients = await managementApi<{ client_id: string; name: string }[]>('clients?per_page=100');
  const platform = clients.find((client) => client.name === 'Auth0 Platform Client (system)');
  if (!platform) throw new Error('the demo seed has a system app');
  const [system] = await managementApi<Grant[]>(`client-grants?client_id=${platform.client_id}`);
  expect(system?.is_system).toBe(true);
  const table = await showGrantsOf(page, platform.client_id);
  await expect(table.getByRole('row', { name: /Auth0 Platform Client \(system\)/ })).toBeVisible();
  await expect(table.getByRole('button', { name: /^Edit grant for / })).toHaveCount(0);
  // The detail panel offers no way in either.
  await table.getByRole('button', { name: new RegExp(`^Open grant ${system?.id}`) }).click();
  await expect(page.getByText(system?.id ?? '').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit grant for / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});
