import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';
import { appsWithoutGrantOn, callApi, listGrants, type ApiSummary, type AppSummary, type Grant } from './support/tenant-api.ts';

// Create and Edit choose a grant's organizations (issue #26); each result is checked through the API.
const environment = useEnvironment({ seed: 'demo' });

type Org = { id: string; name: string; display_name?: string };
const label = (org: Org) => org.display_name ?? org.name;

let orders: ApiSummary;
let apps: AppSummary[];
let orgs: Org[];

test.beforeAll(async () => {
  ({ api: orders, apps } = await appsWithoutGrantOn(environment().tenant, 'Orders API'));
  // Not the dashboard's own app: a change to its grants is asked twice elsewhere, and is not this test's point.
  apps = apps.filter((app) => !app.name.startsWith('Grants Dashboard'));
  ({ organizations: orgs } = await callApi<{ organizations: Org[] }>(environment().tenant, 'organizations?take=100'));
});

function nextApp(): AppSummary {
  const app = apps.shift();
  if (!app) throw new Error('the demo seed has no machine-to-machine app left without an Orders API grant');
  return app;
}

/** The organizations associated with a grant, as the API lists them. */
async function associatedIds(grantId: string): Promise<string[]> {
  const page = await callApi<{ organizations: Org[] }>(environment().tenant, `client-grants/${grantId}/organizations?take=100`);
  return page.organizations.map((org) => org.id).sort();
}

async function chooseOrganization(page: Page, dialog: ReturnType<Page['getByRole']>, org: Org) {
  await dialog.getByRole('combobox', { name: 'Organizations' }).fill(org.name);
  await page.getByRole('option', { name: label(org), exact: true }).click();
}

// A create, two associations, a retry and the API's own reads, on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('create with usage Allow and two organizations; one association fails, Retry makes it, all checked through the API', async ({ page }) => {
  const { dashboard, tenant } = environment();
  const app = nextApp();
  const [first, second] = orgs;
  if (!first || !second) throw new Error('the demo seed has fewer than two organizations');
  // The tenant refuses the first association with the second organization, as a token without the scope would.
  let refused = 0;
  await page.route(`${tenant.url}/api/v2/organizations/${second.id}/client-grants`, (route) => {
    if (route.request().method() !== 'POST' || refused++ > 0) return route.fallback();
    return route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({
        statusCode: 403,
        error: 'Forbidden',
        message: 'Insufficient scope, expected any of: create:organization_client_grants',
        errorCode: 'insufficient_scope',
      }),
    });
  });
  await recordPolicyViolations(page);
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'Application' }).fill(app.name);
  const escaped = app.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.getByRole('option', { name: new RegExp(`^${escaped}`) }).first().click();
  await dialog.getByRole('combobox', { name: 'API' }).fill('Orders API');
  await page.getByRole('option', { name: /^Orders API/ }).click();
  await dialog.getByRole('checkbox', { name: /^read:/ }).first().check();
  await dialog.getByRole('radio', { name: 'Allow' }).check();
  await chooseOrganization(page, dialog, first);
  await chooseOrganization(page, dialog, second);
  await dialog.getByRole('button', { name: 'Create' }).click();

  await expect(dialog.getByRole('status')).toHaveText('Grant created; 1 of 2 organizations associated.');
  const failure = dialog.getByRole('alert').filter({ hasText: `${label(second)} failed` });
  await expect(failure).toContainText('create:organization_client_grants');
  const { client_grants: created } = await listGrants(tenant, { client_id: app.client_id, audience: orders.identifier, page: 0, per_page: 1 });
  const grant = created[0] as Grant & { organization_usage?: string };
  expect(grant.organization_usage).toBe('allow');
  expect(await associatedIds(grant.id)).toEqual([first.id]);
  // The outcome step, with its failure and Retry, is as accessible as the form it replaced.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  await failure.getByRole('button', { name: `Retry ${label(second)}` }).click();
  await expect(dialog.getByRole('status')).toHaveText('Grant created; 2 organizations associated.');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  expect(await associatedIds(grant.id)).toEqual([first.id, second.id].sort());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  // The new grant opens in the detail panel, whose region reads the associations back from the tenant.
  const region = page.getByRole('region', { name: 'Organizations' });
  const listed = region.getByRole('list', { name: 'Associated organizations' }).getByRole('listitem');
  await expect(listed).toHaveCount(2);
  for (const org of [first, second]) await expect(listed.filter({ hasText: org.id })).toContainText(label(org));
  expect(await policyViolations(page)).toEqual([]);
});

test('edit: an organization taken out of the choice is removed, the others stay; checked through the API', async ({ page }) => {
  const { dashboard, tenant } = environment();
  const app = nextApp();
  const grant = await callApi<Grant>(tenant, 'client-grants', {
    method: 'POST',
    body: { client_id: app.client_id, audience: orders.identifier, scope: [], organization_usage: 'allow' },
  });
  for (const org of orgs.slice(0, 2)) {
    await callApi(tenant, `organizations/${org.id}/client-grants`, { method: 'POST', body: { grant_id: grant.id } });
  }
  const before = await associatedIds(grant.id);
  expect(before).toHaveLength(2);
  // The combobox lists them in the API's order; Backspace in it takes out the last one.
  const listed = (await callApi<{ organizations: Org[] }>(tenant, `client-grants/${grant.id}/organizations?take=100`)).organizations;
  const kept = listed[0]!;
  const removed = listed[1]!;

  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${app.client_id}&audience=${encodeURIComponent(orders.identifier)}`);
  await grantsTable(page).getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  const combobox = dialog.getByRole('combobox', { name: 'Organizations' });
  await expect(dialog.getByRole('button', { name: label(removed), exact: true })).toBeVisible();
  await expect(combobox).toBeEnabled();
  await combobox.focus();
  await combobox.press('Backspace');
  await expect(dialog.getByRole('button', { name: label(removed), exact: true })).toHaveCount(0);
  await expect(dialog.getByRole('status', { name: 'Changes to save' })).toContainText(`Organizations: − ${label(removed)}`);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await associatedIds(grant.id)).toEqual([kept.id]);
});
