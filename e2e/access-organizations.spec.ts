import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseScope, expectTenantRead, grantIdsIn, holdersTable, type Api } from './support/access.ts';
import { fillConnectForm } from './support/connect-form.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, getToken, type Grant } from './support/tenant-api.ts';
import { colleagueToken } from './support/tokens.ts';

const environment = useEnvironment({ seed: 'demo' });

type Org = { id: string; name: string; display_name?: string };
type OrgGrant = Grant & { organization_usage?: 'deny' | 'allow' | 'require'; allow_any_organization?: boolean };
type How = 'Associated' | 'Any organization';

const label = (org: Org) => org.display_name || org.name;
const allowsOrganizations = (g: OrgGrant) => g.organization_usage === 'allow' || g.organization_usage === 'require';

async function allOrganizations(token: string): Promise<Org[]> {
  const orgs: Org[] = [];
  let from: string | undefined;
  do {
    const page: { organizations: Org[]; next?: string } = await callApi(environment().tenant, `organizations?take=100${from ? `&from=${from}` : ''}`, { token });
    orgs.push(...page.organizations);
    from = page.next;
  } while (from);
  return orgs;
}

/** GET /organizations/{id}/client-grants, every page. */
async function associatedGrants(orgId: string, token: string): Promise<OrgGrant[]> {
  const grants: OrgGrant[] = [];
  for (let page = 0; ; page++) {
    const body: { total: number; client_grants: OrgGrant[] } = await callApi(
      environment().tenant,
      `organizations/${orgId}/client-grants?page=${page}&per_page=100&include_totals=true`,
      { token },
    );
    grants.push(...body.client_grants);
    if (body.client_grants.length < 100 || grants.length >= body.total) return grants;
  }
}

type Expected = { org: Org; reach: Map<string, How>; associated: OrgGrant[] };

/**
 * What can reach each organization, from the tenant's own answers: its associations whose grant allows
 * organizations, and every grant with allow_any_organization (usage allow or require); deny never.
 */
async function expectedReach(): Promise<{ expected: Expected[]; grants: OrgGrant[] }> {
  const token = await getToken(environment().tenant);
  const grants = (await allGrants(environment().tenant)) as OrgGrant[];
  const anyOrganization = grants.filter((g) => g.allow_any_organization && allowsOrganizations(g));
  const expected: Expected[] = [];
  for (const org of await allOrganizations(token)) {
    const associated = await associatedGrants(org.id, token);
    const reach = new Map<string, How>(anyOrganization.map((g) => [g.id, 'Any organization']));
    for (const g of associated) if (allowsOrganizations(g)) reach.set(g.id, 'Associated');
    expected.push({ org, reach, associated });
  }
  return { expected, grants };
}

function section(page: Page): Locator {
  return page.getByRole('region', { name: 'What can reach an organization' });
}

function reachableTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Reachable from the organization' });
}

/** Each row's grant id → its How cell (the third cell after the application's row header). */
async function howByGrant(table: Locator): Promise<Record<string, string>> {
  const pairs = await table.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => [row.querySelector('a')?.textContent?.trim() ?? '', row.querySelectorAll('td')[2]?.textContent ?? '']),
  );
  return Object.fromEntries(pairs.sort());
}

/** Connects, opens Access and waits until the tenant and its organizations have been read. */
async function openAccess(page: Page): Promise<void> {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  await expect(section(page).getByText(/the answer is partial/)).toHaveCount(0);
}

async function chooseOrganization(page: Page, org: Org): Promise<void> {
  const combobox = page.getByRole('combobox', { name: 'Organization', exact: true });
  await combobox.fill(label(org));
  await page.getByRole('option', { name: new RegExp(`^${label(org)}`) }).first().click();
  await expect(combobox).toHaveValue(label(org));
}

test('for every organization of the demo seed, the table lists what the API says reaches it, and how', async ({ page }) => {
  // Six organizations, each chosen and checked row by row, on a machine the other specs share.
  test.setTimeout(90_000);
  const { expected } = await expectedReach();
  expect(expected.length).toBeGreaterThan(3);
  // The seed's corners are all here: an association on a deny grant, and a grant both associated and "any".
  expect(expected.some(({ associated }) => associated.some((g) => g.organization_usage === 'deny'))).toBe(true);
  expect(expected.some(({ associated }) => associated.some((g) => g.allow_any_organization && allowsOrganizations(g)))).toBe(true);
  await openAccess(page);
  for (const { org, reach } of expected) {
    await chooseOrganization(page, org);
    await expect(page).toHaveURL(new RegExp(`organization_id=${org.id}`));
    await expect.poll(() => grantIdsIn(reachableTable(page))).toEqual([...reach.keys()].sort());
    expect(await howByGrant(reachableTable(page))).toEqual(Object.fromEntries([...reach].sort()));
    const associated = [...reach.values()].filter((how) => how === 'Associated').length;
    await expect(section(page).getByText(`${reach.size} grants reach ${label(org)} (${associated} associated, ${reach.size - associated} through "any organization")`, { exact: false })).toBeVisible();
  }
  // Long names wrap inside the table rather than widen it.
  expect(await reachableTable(page).evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0))).toBe(true);
  const axe = await new AxeBuilder({ page }).include('section[aria-label="What can reach an organization"]').analyze();
  expect(axe.violations).toEqual([]);
});

test('a link with organization_id answers the question for a colleague; a row opens its grant', async ({ page }) => {
  const { expected } = await expectedReach();
  const { org, reach } = expected.find((e) => [...e.reach.values()].includes('Associated'))!;
  await openAccess(page);
  await page.goto(`${environment().dashboard.url}/?view=access&organization_id=${org.id}`);
  await expect(page.getByRole('combobox', { name: 'Organization', exact: true })).toHaveValue(label(org));
  await expect.poll(() => grantIdsIn(reachableTable(page))).toEqual([...reach.keys()].sort());
  const [first] = [...reach.keys()].sort();
  await reachableTable(page).getByRole('link', { name: first!, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?grant=${first}$`));
  await page.goBack();
  await expect(reachableTable(page)).toBeVisible();
});

test("the scope holders' Organizations column names the organizations each grant is associated with", async ({ page }) => {
  const { expected, grants } = await expectedReach();
  // A grant allowing organizations, listing a scope, associated with at least one organization and no "any".
  const grant = grants.find(
    (g) => allowsOrganizations(g) && !g.allow_any_organization && (g.scope?.length ?? 0) > 0 && expected.some((e) => e.reach.get(g.id) === 'Associated'),
  )!;
  expect(grant).toBeDefined();
  const names = expected
    .filter((e) => e.reach.get(grant.id) === 'Associated')
    .map((e) => label(e.org))
    .sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare);
  const shown = names.length > 2 ? `${names.slice(0, 2).join(', ')} +${names.length - 2}` : names.join(', ');
  const { resource_servers: apis } = await callApi<{ resource_servers: Api[] }>(environment().tenant, 'resource-servers?per_page=100&include_totals=true');
  const api = apis.find((a) => a.identifier === grant.audience)!;
  await openAccess(page);
  await chooseScope(page, grant.scope![0]!, api.name);
  const row = holdersTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: grant.id, exact: true }) });
  const usage = grant.organization_usage === 'require' ? 'Required' : 'Allowed';
  await expect(row.getByRole('cell').nth(3)).toHaveText(`${shown}${usage}`);
});

test('a token without the organization scopes: the question names each scope and what it enables, the column says Unknown', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const { grants } = await expectedReach();
  // A grant allowing organizations without "any": only its associations would tell which ones it reaches.
  const associatedOnly = grants.find((g) => g.organization_usage === 'allow' && !g.allow_any_organization && (g.scope?.length ?? 0) > 0)!;
  const token = await colleagueToken(tenant, ['read:client_grants', 'read:clients', 'read:resource_servers']);
  const { resource_servers: apis } = await callApi<{ resource_servers: Api[] }>(tenant, 'resource-servers?per_page=100&include_totals=true');
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  await expect(section(page).getByRole('status')).toContainText(
    'This answer needs read:organizations (to list organizations) and read:organization_client_grants (to read which grants each organization is associated with)',
  );
  await expect(page.getByRole('combobox', { name: 'Organization', exact: true })).toBeDisabled();
  await chooseScope(page, associatedOnly.scope![0]!, apis.find((a) => a.identifier === associatedOnly.audience)!.name);
  const row = holdersTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: associatedOnly.id, exact: true }) });
  await expect(row.getByRole('cell').nth(3)).toHaveText('UnknownNeeds read:organizations and read:organization_client_grants');
});
