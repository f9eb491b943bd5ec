import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET, seededClientSecret } from '../local-tenant/defaults.ts';
import { expectTenantRead, type Api } from './support/access.ts';
import { fillConnectForm } from './support/connect-form.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, appsWithoutGrantOn, callApi, getToken, type Grant } from './support/tenant-api.ts';
import { allLogEvents, createdInLogs, unusedGrants, usedKeys } from './support/tenant-logs.ts';

const environment = useEnvironment({ seed: 'demo' });

/** A fresh grant of a seeded machine-to-machine app on an API it had none on: no token was ever issued for it. */
async function freshGrant(index: number, apiName = 'Orders API'): Promise<{ grant: Grant; app: { client_id: string; name: string } }> {
  const { tenant } = environment();
  const { api, apps } = await appsWithoutGrantOn(tenant, apiName);
  // Seeded apps only: their secret is derived from their id (the admin and read-only apps have their own).
  const app = apps.filter((a) => a.client_id !== DEFAULT_ADMIN_CLIENT_ID && a.client_id !== READ_ONLY_CLIENT_ID)[index]!;
  const scope = [(api as Api).scopes![0]!.value];
  const grant = await callApi<Grant>(tenant, 'client-grants', { method: 'POST', body: { client_id: app.client_id, audience: api.identifier, scope } });
  return { grant, app };
}

/**
 * A seeded app gets a token for an API, the way it would in production: the tenant logs a `seccft`. With
 * `organization` (an id or name), the token is for that organization and the event names it.
 */
async function issueToken(clientId: string, audience: string, organization?: string): Promise<void> {
  const response = await fetch(`${environment().tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: seededClientSecret(clientId),
      audience,
      ...(organization ? { organization } : {}),
    }),
  });
  expect(response.status).toBe(200);
}

/** The grant ids of the "Unused in the log window" rows, every page of the Findings table. */
async function unusedFindingIds(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Findings' });
  const next = page.getByRole('button', { name: 'Go to next page' });
  const ids: string[] = [];
  for (;;) {
    const rows = table.getByRole('row').filter({ hasText: 'Unused in the log window' });
    const hrefs = await rows.getByRole('link', { name: 'Open grant' }).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    ids.push(...hrefs.map((href) => new URLSearchParams(href.slice(1)).get('grant') ?? ''));
    if (await next.isDisabled()) return ids.sort();
    const first = await table.getByRole('row').nth(1).textContent();
    await next.click();
    await expect(table.getByRole('row').nth(1)).not.toHaveText(first ?? '');
  }
}

async function openGrant(page: Page, id: string) {
  await page.goto(`${environment().dashboard.url}?grant=${id}`);
  return page.getByRole('dialog');
}

test('a token the test gets for a grant shows as its last use', async ({ page }) => {
  const { grant, app } = await freshGrant(0);
  await connectToLocalTenant(page, environment().dashboard.url);
  const usage = (await openGrant(page, grant.id)).getByRole('region', { name: 'Usage' });
  await expect(usage).toContainText(/No token issued in the last \d+ days of logs/);

  await issueToken(app.client_id, grant.audience);
  await page.reload();
  await expect(usage).toContainText('Last token issued just now');
  await expect(usage).toContainText(/1 token issued in the last \d+ days of logs/);
  await expect(usage).toContainText(/Logs cover the last \d+ days/);
});

test('tokens issued for organizations are counted per organization in Usage', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const { grant, app } = await freshGrant(0);
  await callApi(tenant, `client-grants/${grant.id}`, { method: 'PATCH', body: { organization_usage: 'allow' } });
  const { organizations } = await callApi<{ organizations: Array<{ id: string; name: string }> }>(tenant, 'organizations?take=2');
  const [first, second] = organizations;
  if (!first || !second) throw new Error('the demo seed has fewer than two organizations');
  for (const org of [first, second]) {
    await callApi(tenant, `organizations/${org.id}/client-grants`, { method: 'POST', body: { grant_id: grant.id } });
  }
  await issueToken(app.client_id, grant.audience, first.id);
  await issueToken(app.client_id, grant.audience, first.name);
  await issueToken(app.client_id, grant.audience, second.id);
  await issueToken(app.client_id, grant.audience);

  await connectToLocalTenant(page, dashboard.url);
  const usage = (await openGrant(page, grant.id)).getByRole('region', { name: 'Usage' });
  await expect(usage).toContainText(/4 tokens issued in the last \d+ days of logs/);
  await expect(usage).toContainText(`Tokens by organization: ${first.name} 2, ${second.name} 1 · without organization 1`);
});

test('the optional Last used column reads each row’s last token from the logs, and stays on after a reload', async ({ page }) => {
  const { dashboard } = environment();
  const { grant, app } = await freshGrant(1);
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?${new URLSearchParams({ client_id: app.client_id, audience: grant.audience })}`);
  const table = grantsTable(page);
  await expect(table.getByRole('columnheader', { name: 'Last used' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Last used' }).check();
  await expect(table.getByRole('columnheader', { name: 'Last used' })).toBeVisible();
  const row = table.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^Open grant ${grant.id} `) }) });
  await expect(row.getByRole('cell', { name: /^None in \d+ days of logs$/ })).toBeVisible();

  await issueToken(app.client_id, grant.audience);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Last used' })).toBeChecked();
  await expect(row.getByRole('cell', { name: 'just now' })).toBeVisible();
});

test('a scope change made through the API shows in History as a diff naming the app that made it', async ({ page }) => {
  const { tenant } = environment();
  const { grant } = await freshGrant(1);
  // Another app, given just enough Management API access to change grants, makes the change.
  const { api: management, apps } = await appsWithoutGrantOn(tenant, 'Auth0 Management API');
  const editor = apps[0]!;
  await callApi(tenant, 'client-grants', { method: 'POST', body: { client_id: editor.client_id, audience: management.identifier, scope: ['read:client_grants', 'update:client_grants'] } });
  const editorToken = await getToken(tenant, editor.client_id, seededClientSecret(editor.client_id));
  const { api } = await appsWithoutGrantOn(tenant, 'Orders API');
  const added = (api as Api).scopes!.map((s) => s.value).find((value) => !grant.scope!.includes(value))!;
  await callApi(tenant, `client-grants/${grant.id}`, { method: 'PATCH', body: { scope: [...grant.scope!, added] }, token: editorToken });

  await connectToLocalTenant(page, environment().dashboard.url);
  const history = (await openGrant(page, grant.id)).getByRole('list', { name: 'History' });
  const items = history.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`Changed: Scopes added: ${added}`);
  await expect(items.first()).toContainText(`by ${editor.name}`);
  await expect(items.nth(1)).toContainText(`Created: Scopes set to: ${grant.scope!.join(', ')}`);
});

test('an edit made in the dashboard shows in the open panel’s History at once, by the dashboard’s app', async ({ page }) => {
  const { tenant } = environment();
  const { grant } = await freshGrant(2);
  const admin = await callApi<{ name: string }>(tenant, `clients/${DEFAULT_ADMIN_CLIENT_ID}`);
  const { api } = await appsWithoutGrantOn(tenant, 'Orders API');
  const added = (api as Api).scopes!.map((s) => s.value).find((value) => !grant.scope!.includes(value))!;
  await connectToLocalTenant(page, environment().dashboard.url);
  const panel = await openGrant(page, grant.id);
  const items = panel.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(items).toHaveCount(1);

  await panel.getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  const scopes = dialog.getByRole('group', { name: 'Scopes' });
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill(added);
  await scopes.getByRole('checkbox', { name: added, exact: true }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`Changed: Scopes added: ${added}`);
  await expect(items.first()).toContainText(`by ${admin.name}`);
});

test('a seeded grant with no token in the log window is a finding, and a used one is not', async ({ page }) => {
  const { tenant } = environment();
  const events = await allLogEvents(tenant);
  const used = usedKeys(events);
  // A grant created inside the log window (earlier tests here create some) could not have been used before.
  const created = createdInLogs(events);
  const grants = await allGrants(tenant);
  const clients = await callApi<{ client_id: string; app_type?: string }[]>(tenant, 'clients?per_page=100');
  const apis = new Set((await callApi<Api[]>(tenant, 'resource-servers?per_page=100')).map((api) => api.identifier));
  // Grants that can get a token at all (others have their own findings): an existing machine app and API.
  const machine = new Set(clients.filter((c) => !['spa', 'native'].includes(c.app_type ?? '')).map((c) => c.client_id));
  const tracked = grants.filter((g) => g.client_id && machine.has(g.client_id) && apis.has(g.audience) && g.subject_type !== 'user' && !g.is_system);
  const unused = tracked.filter((g) => !used.has(`${g.client_id} ${g.audience}`) && !created.has(g.id)).map((g) => g.id).sort();
  const usedGrant = tracked.find((g) => used.has(`${g.client_id} ${g.audience}`))!;
  expect(unused.length).toBeGreaterThan(0);

  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expectTenantRead(page);
  await expect(page.getByText(/^Usage from [\d,]+ log events\. Logs cover the last \d+ days/)).toBeVisible({ timeout: 30_000 });
  const rows = page.getByRole('table', { name: 'Findings' }).getByRole('row').filter({ hasText: 'Unused in the log window' });
  await expect(rows.first()).toContainText(/No token was issued for this grant in the last \d+ days of logs/);
  await page.getByRole('combobox', { name: /Rows per page/ }).click();
  await page.getByRole('option', { name: '100' }).click();
  const shown = await unusedFindingIds(page);
  expect(shown).toEqual(unused);
  expect(shown).not.toContain(usedGrant.id);
});

test('without read:logs, Usage and History explain which scope they need instead of failing', async ({ page }) => {
  const { tenant } = environment();
  const grants = await allGrants(tenant);
  const readOnly = grants.find((g) => g.client_id === READ_ONLY_CLIENT_ID)!;
  await callApi(tenant, `client-grants/${readOnly.id}`, { method: 'PATCH', body: { scope: readOnly.scope!.filter((s) => s !== 'read:logs') } });
  const token = await getToken(tenant, READ_ONLY_CLIENT_ID, READ_ONLY_CLIENT_SECRET);
  const target = grants.find((g) => g.client_id && g.subject_type !== 'user' && !g.is_system)!;

  await page.goto(`${environment().dashboard.url}?grant=${target.id}`);
  await fillConnectForm(page, tenant.domain, token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('region', { name: 'Usage' })).toContainText('Needs the read:logs scope to show usage');
  await expect(panel).toContainText('Needs the read:logs scope to show history');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close grant details' }).click();
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByText(/Needs the read:logs scope to show which grants went unused/)).toBeVisible();
});

// Last in the file: it deletes every unused grant.
test('the bulk change can target every unused grant: one click selects exactly them, and Delete… removes only them', async ({ page }) => {
  const { tenant } = environment();
  const before = await allGrants(tenant);
  // Every client grant no token was issued for in the logs (deleted apps or APIs and public apps included),
  // but those created inside the log window.
  const unused = unusedGrants(before, await allLogEvents(tenant));
  expect(unused.length).toBeGreaterThan(0);

  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expectTenantRead(page);
  await expect(page.getByText(/^Usage from [\d,]+ log events\./)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: `Select every unused grant (${unused.length})` }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Selected grants' });
  await expect(toolbar).toContainText(`${unused.length} selected`);
  await toolbar.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grants' });
  await dialog.getByRole('textbox', { name: `Type ${unused.length} to confirm` }).fill(String(unused.length));
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: ': Deleted' })).toHaveCount(unused.length);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const gone = new Set(unused.map((g) => g.id));
  const after = await allGrants(tenant);
  expect(after.filter((g) => gone.has(g.id))).toEqual([]);
  expect(after.map((g) => g.id).sort()).toEqual(before.filter((g) => !gone.has(g.id)).map((g) => g.id).sort());
});
