import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID } from '../local-tenant/defaults.ts';
import { expectTenantRead } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { associationsByGrant, expectedOrganizationFindings, organizationTitles, type OrgGrant } from './support/organization-findings.ts';
import { allGrants, callApi } from './support/tenant-api.ts';

// Its own tenant: the tests below change organization settings that other Findings specs count.
const environment = useEnvironment({ seed: 'demo' });

type Api = { identifier: string; is_system?: boolean };
type Client = { client_id: string; is_first_party?: boolean };

async function expectedFromApi(): Promise<string[]> {
  const { tenant } = environment();
  const apis = await callApi<{ resource_servers: Api[] }>(tenant, 'resource-servers?per_page=100&include_totals=true');
  const clients = await callApi<{ clients: Client[] }>(tenant, 'clients?per_page=100&include_totals=true');
  const grants = (await allGrants(tenant)) as OrgGrant[];
  return expectedOrganizationFindings(grants, apis.resource_servers, clients.clients, await associationsByGrant(tenant));
}

const findingsTable = (page: Page) => page.getByRole('table', { name: 'Findings' });
const titles = Object.values(organizationTitles);

/** The organization findings shown, as "<title> <grant id>" (the title is the first line of the second cell). */
async function shownOrganizationFindings(page: Page): Promise<string[]> {
  const rows = findingsTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: 'Open grant' }) });
  const shown = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      const title = (row as HTMLTableRowElement).cells[1]?.firstElementChild?.textContent ?? '';
      const href = row.querySelector('a')?.getAttribute('href') ?? '';
      return `${title} ${new URLSearchParams(href.slice(1)).get('grant')}`;
    }),
  );
  return shown.filter((f) => titles.some((title) => f.startsWith(title))).sort();
}

function rowOf(page: Page, grantId: string, title: string) {
  return findingsTable(page).getByRole('row').filter({ has: page.locator(`a[href="?grant=${grantId}"]`) }).filter({ hasText: title });
}

async function openFindings(page: Page): Promise<void> {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expectTenantRead(page);
}

const one = (expected: string[], title: string) => {
  const id = expected.find((f) => f.startsWith(title))?.slice(title.length + 1);
  if (!id) throw new Error(`no "${title}" in ${expected.join('; ')}`);
  return id;
};

test.beforeAll(async () => {
  // One instance of the two rules the demo seed has none of, made through the API as an admin would:
  // organizations on another app's Management API grant, and any organization on the default grant for
  // third-party apps (the tenant refuses it on a third-party app's own grant, not on that one).
  const { tenant } = environment();
  const grants = (await allGrants(tenant)) as OrgGrant[];
  const apis = await callApi<{ resource_servers: Api[] }>(tenant, 'resource-servers?per_page=100&include_totals=true');
  const management = apis.resource_servers.find((a) => a.is_system && a.identifier.endsWith('/api/v2/'))!;
  const onManagement = grants.find((g) => g.audience === management.identifier && !g.is_system && g.client_id && g.client_id !== DEFAULT_ADMIN_CLIENT_ID)!;
  await callApi(tenant, `client-grants/${onManagement.id}`, { method: 'PATCH', body: { organization_usage: 'allow' } });
  const defaults = grants.find((g) => g.default_for === 'third_party_clients')!;
  await callApi(tenant, `client-grants/${defaults.id}`, { method: 'PATCH', body: { organization_usage: 'allow', allow_any_organization: true } });
});

test('the organization findings are exactly what the API says: one of each rule', async ({ page }) => {
  const expected = await expectedFromApi();
  for (const title of titles) expect(expected.filter((f) => f.startsWith(title)), title).toHaveLength(1);
  await openFindings(page);
  await expect.poll(() => shownOrganizationFindings(page)).toEqual(expected);
  await expect(page.getByText(/rules about organizations were not checked/)).toHaveCount(0);
});

test('Remove organizations… removes the associations of a deny grant, checked through the API', async ({ page }) => {
  const { tenant } = environment();
  const grantId = one(await expectedFromApi(), organizationTitles.kept);
  await openFindings(page);
  const row = rowOf(page, grantId, organizationTitles.kept);
  await row.getByRole('button', { name: /^Remove organizations…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove organizations' });
  await expect(dialog).toContainText('Remove the association with 1 organization of the grant');
  await dialog.getByRole('button', { name: 'Remove organizations' }).click();
  await expect(dialog.getByRole('status')).toContainText('Removed: 1 organization no longer associated');
  const left = await callApi<{ organizations: unknown[] }>(tenant, `client-grants/${grantId}/organizations?take=100`);
  expect(left.organizations).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, grantId, organizationTitles.kept)).toHaveCount(0);
});

test('Turn organizations off… sets the Management API grant to deny; the grant keeps its scopes', async ({ page }) => {
  const { tenant } = environment();
  const grantId = one(await expectedFromApi(), organizationTitles.management);
  const before = await callApi<OrgGrant>(tenant, `client-grants/${grantId}`);
  await openFindings(page);
  await rowOf(page, grantId, organizationTitles.management).getByRole('button', { name: /^Turn organizations off…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Turn organizations off' });
  await dialog.getByRole('button', { name: 'Turn organizations off' }).click();
  await expect(dialog.getByRole('status')).toContainText('Organizations are now off for this grant');
  const after = await callApi<OrgGrant>(tenant, `client-grants/${grantId}`);
  expect(after.organization_usage).toBe('deny');
  expect(after.scope?.sort()).toEqual(before.scope?.sort());
});

test('Delete… of a require grant a colleague associated meanwhile: no longer applies, the grant stays', async ({ page }) => {
  const { tenant } = environment();
  const grantId = one(await expectedFromApi(), organizationTitles.required);
  await openFindings(page);
  await rowOf(page, grantId, organizationTitles.required).getByRole('button', { name: /^Delete…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grant' });
  // The colleague: one organization associated with the grant while the dialog is open.
  const orgs = await callApi<{ organizations: { id: string }[] }>(tenant, 'organizations?take=1');
  await callApi(tenant, `organizations/${orgs.organizations[0]!.id}/client-grants`, { method: 'POST', body: { grant_id: grantId } });
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(dialog.getByRole('status')).toContainText('No longer applies: since the finding, the organizations associated with it changed');
  await callApi<OrgGrant>(tenant, `client-grants/${grantId}`);
});

test('Stop allowing any organization… on the default grant for third-party apps, checked through the API', async ({ page }) => {
  const { tenant } = environment();
  const grantId = one(await expectedFromApi(), organizationTitles.thirdParty);
  await openFindings(page);
  await rowOf(page, grantId, organizationTitles.thirdParty).getByRole('button', { name: /^Stop allowing any organization…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Stop allowing any organization' });
  await dialog.getByRole('button', { name: 'Stop allowing any organization' }).click();
  await expect(dialog.getByRole('status')).toContainText('now reaches only the organizations associated with it');
  const after = await callApi<OrgGrant>(tenant, `client-grants/${grantId}`);
  expect(after.allow_any_organization).toBe(false);
  expect(after.organization_usage).toBe('allow');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, grantId, organizationTitles.thirdParty)).toHaveCount(0);
});
