import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, expectGrantIds, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

type Org = { id: string; name: string; display_name?: string };
type OrgGrantPage = { total: number; client_grants: Array<{ id: string; audience: string }> };

const label = (org: Org) => org.display_name ?? org.name;

/** `GET /organizations/{id}/client-grants` as the test reads it, for the table to be compared with. */
function organizationGrants(orgId: string, query: Record<string, string | number> = {}): Promise<OrgGrantPage> {
  const params = new URLSearchParams({ page: '0', per_page: '25', include_totals: 'true' });
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return callApi(environment().tenant, `organizations/${org(orgId)}/client-grants?${params}`);
}
const org = (id: string) => encodeURIComponent(id);

/** The demo organization with the most associated grants (so the audience filter narrows something). */
async function busiestOrganization(): Promise<{ org: Org; grants: OrgGrantPage }> {
  const { organizations } = await callApi<{ organizations: Org[] }>(environment().tenant, 'organizations?take=100');
  let best: { org: Org; grants: OrgGrantPage } | undefined;
  for (const candidate of organizations) {
    const grants = await organizationGrants(candidate.id, { per_page: 100 });
    if (!best || grants.total > best.grants.total) best = { org: candidate, grants };
  }
  if (!best || best.grants.total < 2) throw new Error('the demo seed has no organization with two grants');
  return best;
}

async function chooseOrganization(page: Page, chosen: Org) {
  const combobox = page.getByRole('combobox', { name: 'Organization' });
  await combobox.fill(label(chosen).slice(0, 4));
  await page.getByRole('option', { name: new RegExp(`^${label(chosen)}`) }).click();
}

test("the Organization filter lists exactly the organization's grants the API lists, with and without an API, and survives reload", async ({ page }) => {
  // Two filters, a reload and Back, each compared with the API: longer than most tests on a busy machine.
  test.setTimeout(60_000);
  const { dashboard } = environment();
  const { org: chosen, grants } = await busiestOrganization();
  await connectToLocalTenant(page, dashboard.url);

  await chooseOrganization(page, chosen);
  await expect(page).toHaveURL(new RegExp(`organization_id=${chosen.id}`));
  const byOrg = await organizationGrants(chosen.id);
  await expectGrantIds(page, byOrg.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`1–${Math.min(25, byOrg.total)} of ${byOrg.total}`)).toBeVisible();
  // That list has no subject type: the filter is off, and says why.
  await expect(page.getByRole('combobox', { name: 'Subject type' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Not with an organization')).toBeVisible();

  // + API: the audience of one of the organization's grants, combined on the server.
  const audience = grants.client_grants[0]!.audience;
  const { name: apiName } = await callApi<{ name: string }>(environment().tenant, `resource-servers/${encodeURIComponent(audience)}`);
  await page.getByRole('combobox', { name: 'API' }).click();
  await page.getByRole('option', { name: new RegExp(`^${apiName}`) }).click();
  await expect(page).toHaveURL(new RegExp(`audience=${encodeURIComponent(audience)}`));
  const byOrgAndApi = await organizationGrants(chosen.id, { audience });
  expect(byOrgAndApi.total).toBeGreaterThan(0);
  await expectGrantIds(page, byOrgAndApi.client_grants.map((grant) => grant.id));

  // The URL is the view: a reload shows the same rows, and the organization by name.
  await page.reload();
  await expectGrantIds(page, byOrgAndApi.client_grants.map((grant) => grant.id));
  await expect(page.getByRole('combobox', { name: 'Organization' })).toHaveValue(label(chosen));

  await page.goBack();
  await expectGrantIds(page, byOrg.client_grants.map((grant) => grant.id));
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).not.toHaveURL(/organization_id=/);
});

test('a link with an organization id names it once read; an unknown id says so and lists nothing', async ({ page }) => {
  const { dashboard } = environment();
  const { org: chosen } = await busiestOrganization();
  await connectToLocalTenant(page, dashboard.url);

  await page.goto(`${dashboard.url}/?organization_id=${chosen.id}`);
  await expect(page.getByRole('combobox', { name: 'Organization' })).toHaveValue(label(chosen));
  await expectGrantIds(page, (await organizationGrants(chosen.id)).client_grants.map((grant) => grant.id));

  await page.goto(`${dashboard.url}/?organization_id=org_doesnotexist00`);
  await expect(page.getByText('No organization with the id org_doesnotexist00 in this tenant.')).toBeVisible();
  await expect(grantsTable(page).getByText('No grants match these filters')).toBeVisible();
});

test("Export with an organization chosen holds exactly the organization's grants", async ({ page }) => {
  const { dashboard } = environment();
  const { org: chosen, grants } = await busiestOrganization();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?organization_id=${chosen.id}`);
  await expectGrantIds(page, (await organizationGrants(chosen.id)).client_grants.map((grant) => grant.id));

  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  const file = await download;
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as Array<{ id: string }>;
  expect(exported.map((grant) => grant.id).sort()).toEqual(grants.client_grants.map((grant) => grant.id).sort());
});

test('the filters with an organization chosen and its list open have no accessibility violations', async ({ page }) => {
  // axe over the whole page takes a while on a machine shared by several test runs.
  test.setTimeout(60_000);
  const { dashboard } = environment();
  const { org: chosen } = await busiestOrganization();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?organization_id=${chosen.id}`);
  await expect(page.getByRole('combobox', { name: 'Organization' })).toHaveValue(label(chosen));
  await page.getByRole('combobox', { name: 'Organization' }).click();
  await expect(page.getByRole('option', { name: new RegExp(`^${label(chosen)}`) })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
