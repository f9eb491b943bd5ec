import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseScope, expectedHolders, expectTenantRead, grantIdsIn, holdersTable, type Api, type Client } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

type Tenant = { grants: Grant[]; apis: Api[]; clients: Client[] };

async function readTenantThroughApi(): Promise<Tenant> {
  const { tenant } = environment();
  const apis = await callApi<{ resource_servers: Api[] }>(tenant, 'resource-servers?per_page=100&include_totals=true');
  const clients = await callApi<{ clients: Client[] }>(tenant, 'clients?per_page=100&include_totals=true');
  return { grants: await allGrants(tenant), apis: apis.resource_servers, clients: clients.clients };
}

/** Scopes worth asking about: one held by many grants, one held through "all scopes", one from the Management API. */
function interestingScopes({ grants, apis }: Tenant): { api: Api; scope: string }[] {
  const counts = new Map<string, number>();
  for (const g of grants) for (const s of g.scope ?? []) counts.set(`${g.audience}\n${s}`, (counts.get(`${g.audience}\n${s}`) ?? 0) + 1);
  const [busiest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const allScopes = grants.find((g) => g.allow_all_scopes)!;
  const pick = (audience: string, scope: string) => ({ api: apis.find((a) => a.identifier === audience)!, scope });
  const [audience = '', scope = ''] = busiest![0].split('\n');
  const management = apis.find((a) => a.identifier.endsWith('/api/v2/'))!;
  return [
    pick(audience, scope),
    pick(allScopes.audience, apis.find((a) => a.identifier === allScopes.audience)!.scopes![0]!.value),
    pick(management.identifier, 'read:client_grants'),
  ];
}

/** Connects, opens Access, waits for the whole tenant and chooses the scope most grants hold. */
async function askWhoHoldsTheBusiestScope(page: Page) {
  const tenant = await readTenantThroughApi();
  const { api, scope } = interestingScopes(tenant)[0]!;
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  await chooseScope(page, scope, api.name);
  return { tenant, api, scope };
}

test('for several scopes, the holders are exactly the grants the API says hold them (all scopes included)', async ({ page }) => {
  const tenant = await readTenantThroughApi();
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page).toHaveURL(/view=access/);
  await expectTenantRead(page);
  for (const { api, scope } of interestingScopes(tenant)) {
    await chooseScope(page, scope, api.name);
    const expected = expectedHolders(tenant.grants, api.identifier, scope);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => grantIdsIn(holdersTable(page))).toEqual(expected);
    await expect(page.getByText(new RegExp(`^${expected.length} grants? holds? ${scope}`))).toBeVisible();
    // A holder with a long unbroken name (the demo seed has one) wraps instead of widening the table.
    expect(await holdersTable(page).evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0))).toBe(true);
  }
});

test('the scope list offers every scope but renders only those in view; keys, scrolling and reopening reach any of them', async ({ page }) => {
  const tenant = await readTenantThroughApi();
  // Every (API, scope) pair: those the APIs define and those grants still hold.
  const pairs = new Set([
    ...tenant.apis.flatMap((api) => (api.scopes ?? []).map((s) => `${api.identifier}\n${s.value}`)),
    ...tenant.grants.flatMap((g) => (g.scope ?? []).map((s) => `${g.audience}\n${s}`)),
  ]);
  expect(pairs.size).toBeGreaterThan(80);
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  const combobox = page.getByRole('combobox', { name: 'Scope' });
  await combobox.click();
  const listbox = page.getByRole('listbox');
  const options = listbox.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeLessThan(pairs.size / 2);
  // Group headings and the padded range inside the listbox break no ARIA rule.
  const axe = await new AxeBuilder({ page }).include('[role="listbox"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  // Arrow keys move past the rendered range: the highlighted option is rendered, marked and scrolled into view.
  // 45 presses back to back, faster than any frame: the list renders the options around the highlight before
  // the next key (useHighlightedOption), so none is skipped.
  for (let step = 0; step < 45; step++) await page.keyboard.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-activedescendant', /-option-44$/);
  const highlighted = page.locator(`[id="${await combobox.getAttribute('aria-activedescendant')}"]`);
  await expect(highlighted).toHaveAttribute('data-option-index', '44');
  await expect(highlighted).toHaveClass(/Mui-focusVisible/);
  expect(await isInside(highlighted, listbox)).toBe(true);

  // The end of the list holds the last of every scope, not the first 200.
  await listbox.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  const last = listbox.locator(`[data-option-index="${pairs.size - 1}"]`);
  await expect(last).toBeVisible();
  const lastScope = (await last.locator('p, span').first().textContent()) ?? '';
  await last.click();
  await expect(combobox).toHaveValue(lastScope);
  await expect(holdersTable(page)).toBeVisible();

  // Reopened, the list starts at the chosen scope, highlighted.
  await combobox.click();
  await expect(listbox.locator(`[data-option-index="${pairs.size - 1}"]`)).toHaveClass(/Mui-focused/);
  expect(await isInside(listbox.locator(`[data-option-index="${pairs.size - 1}"]`), listbox)).toBe(true);
});

/** Whether an option is within the listbox's visible box (the listbox scrolls; the page does not). */
async function isInside(option: Locator, listbox: Locator): Promise<boolean> {
  const [inner, outer] = await Promise.all([option.boundingBox(), listbox.boundingBox()]);
  return !!inner && !!outer && inner.y >= outer.y - 1 && inner.y + inner.height <= outer.y + outer.height + 1;
}

test("an application's access lists its own grants, and third-party grants when it is third-party", async ({ page }) => {
  const tenant = await readTenantThroughApi();
  const busiest = [...tenant.clients].sort(
    (a, b) => tenant.grants.filter((g) => g.client_id === b.client_id).length - tenant.grants.filter((g) => g.client_id === a.client_id).length,
  )[0]!;
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.goto(`${environment().dashboard.url}/?view=access&client_id=${busiest.client_id}`);
  await expectTenantRead(page);
  await expect(page.getByRole('combobox', { name: 'Application', exact: true })).toHaveValue(busiest.name);
  const expected = tenant.grants
    .filter((g) => g.client_id === busiest.client_id || (busiest.is_first_party === false && g.default_for))
    .map((g) => g.id)
    .sort();
  expect(expected.length).toBeGreaterThan(1);
  await expect.poll(() => grantIdsIn(page.getByRole('table', { name: `APIs ${busiest.name} can call` }))).toEqual(expected);
});

test('the URL carries the question: a reload and a colleague opening the link get the same answer', async ({ page, browser }) => {
  const { tenant, api, scope } = await askWhoHoldsTheBusiestScope(page);
  await expect(page).toHaveURL(new RegExp(`scope=${encodeURIComponent(scope)}&audience=${encodeURIComponent(api.identifier)}`));
  const expected = expectedHolders(tenant.grants, api.identifier, scope);
  await page.reload();
  await expectTenantRead(page);
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue(scope);
  await expect.poll(() => grantIdsIn(holdersTable(page))).toEqual(expected);

  // A colleague's tab: not connected yet; connecting opens the linked view with the same answer.
  const colleague = await browser.newPage();
  await colleague.goto(page.url());
  await colleague.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(colleague.getByRole('tab', { name: 'Access', selected: true })).toBeVisible();
  await expectTenantRead(colleague);
  await expect.poll(() => grantIdsIn(holdersTable(colleague))).toEqual(expected);
  await colleague.close();
});

test("a holder's grant link opens that grant in the Grants view; Back returns to the answer", async ({ page }) => {
  const { tenant, api, scope } = await askWhoHoldsTheBusiestScope(page);
  const [first] = expectedHolders(tenant.grants, api.identifier, scope);
  await holdersTable(page).getByRole('link', { name: first }).click();
  await expect(page).toHaveURL(new RegExp(`\\?grant=${first}$`));
  await expect(page.getByRole('dialog')).toContainText(first!);
  await expect(page.getByRole('table', { name: 'Client grants', includeHidden: true })).toBeAttached();
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Scope' })).toHaveValue(scope);
});

test('Cancel stops the read and says the answer is partial; Read again completes it', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the second page of grants in flight, so the read is caught in the middle.
  await page.route(new RegExp(`${tenant.url}/api/v2/client-grants\\?take=100&from=`), async (route) => {
    await held;
    await route.fallback();
  });
  await page.getByRole('tab', { name: 'Access' }).click();
  const progress = page.getByRole('progressbar', { name: 'Reading the tenant' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  await expect(progress).toHaveAttribute('aria-valuemax', /^\d+$/);
  await expect(page.getByText(/partial until the whole tenant has been read/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByText('Reading stopped at 100 grants: the answers below are partial.')).toBeVisible();
  release();
  await page.unroute(new RegExp(`${tenant.url}/api/v2/client-grants`));
  await page.getByRole('button', { name: 'Read again' }).click();
  await expectTenantRead(page);
  const total = (await allGrants(tenant)).length;
  await expect(page.getByText(new RegExp(`^Tenant read .*: ${total} grants`))).toBeVisible();
});

test('after the grants the read goes on to organizations; Cancel there keeps the grants complete and says organizations are partial', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = (await allGrants(tenant)).length;
  const organizations = (await callApi<{ total: number }>(tenant, 'organizations?include_totals=true&per_page=1')).total;
  await connectToLocalTenant(page, dashboard.url);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the first organization's associations in flight: every grant has been read by then.
  const associations = new RegExp(`${tenant.url}/api/v2/organizations/[^/?]+/client-grants`);
  await page.route(associations, async (route) => {
    await held;
    await route.fallback();
  });
  await page.getByRole('tab', { name: 'Access' }).click();
  const progress = page.getByRole('progressbar', { name: 'Reading the tenant' });
  await expect(progress).toHaveAttribute('aria-valuetext', `Reading associations: 0 of ${organizations} organizations`);
  await expect(page.getByText(/Every grant has been read; answers about organizations are partial/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByText(new RegExp(`^Tenant read .*: ${grants} grants, \\d+ applications, \\d+ APIs\\.$`))).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Reading organizations was stopped. Every grant was read, but answers about organizations are partial');
  release();
  await page.unroute(associations);
  await page.getByRole('button', { name: 'Read again' }).click();
  await expectTenantRead(page);
  await expect(page.getByText(new RegExp(`^Tenant read .*: ${grants} grants, .*, ${organizations} organizations\\.$`))).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the matrix cell for an app and an API shows its grant and opens it', async ({ page }) => {
  const tenant = await readTenantThroughApi();
  // An API among the first columns (they are sorted by name), so its cells are drawn without scrolling.
  const firstApis = [...tenant.apis].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 4).map((a) => a.identifier);
  const grant = tenant.grants.find(
    (g) => g.client_id && firstApis.includes(g.audience) && !g.allow_all_scopes && (g.scope?.length ?? 0) > 1 && g.subject_type === 'client',
  )!;
  const app = tenant.clients.find((c) => c.client_id === grant.client_id)!;
  const api = tenant.apis.find((a) => a.identifier === grant.audience)!;
  const userGrant = tenant.grants.find((g) => g.client_id === grant.client_id && g.audience === grant.audience && g.subject_type === 'user');
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  const grid = page.getByRole('grid', { name: 'Access matrix' });
  await expect(grid).toHaveAttribute('aria-colcount', String(tenant.apis.length + 1 + new Set(tenant.grants.map((g) => g.audience).filter((a) => !tenant.apis.some((x) => x.identifier === a))).size));
  await page.getByRole('textbox', { name: 'Filter applications' }).fill(app.name);
  const userPart = userGrant ? `; user grant ${userGrant.scope?.length ?? 0} scope` : '';
  const cell = grid.getByRole('gridcell', { name: new RegExp(`^${app.name} on ${api.name}: ${grant.scope!.length} scopes${userPart}`) });
  await expect(cell).toHaveText(new RegExp(`^${grant.scope!.length}`));
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`\\?grant=${grant.id}$`));
  await expect(page.getByRole('dialog')).toContainText(grant.id);
});

test('a grant deleted in the dashboard leaves the Access answer without reading the tenant again', async ({ page }) => {
  const { tenant, api, scope } = await askWhoHoldsTheBusiestScope(page);
  const holders = expectedHolders(tenant.grants, api.identifier, scope);
  const target = tenant.grants.find((g) => holders.includes(g.id) && g.client_id)!;
  // The tenant index reads grants with checkpoint paging (`take=`); the grants table never does.
  const indexReads: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v2\/client-grants\?.*take=/.test(request.url())) indexReads.push(request.url());
  });
  await holdersTable(page).getByRole('link', { name: target.id }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Delete grant for / }).click();
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Deleted the grant for' })).toBeVisible();
  expect((await allGrants(environment().tenant)).some((g) => g.id === target.id)).toBe(false);

  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByText(/^Tenant read /)).toBeVisible();
  await chooseScope(page, scope, api.name);
  await expect.poll(() => grantIdsIn(holdersTable(page))).toEqual(holders.filter((id) => id !== target.id));
  expect(indexReads).toEqual([]);
});

// A string, not a function: the test runner's transform would add helpers the page does not have.
const savedCheckpoints = `new Promise((resolve) => {
  const open = indexedDB.open('client-grants-dashboard');
  open.onsuccess = () => {
    const keys = open.result.transaction('tenant-reads').objectStore('tenant-reads').getAllKeys();
    keys.onsuccess = () => resolve(keys.result.filter((key) => String(key).endsWith(' meta')).length);
  };
})`;

test('a reload in the middle of reading the tenant goes on from where it was, not from the first page', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const pageTwo = new RegExp(`${tenant.url}/api/v2/client-grants\\?take=100&from=`);
  // Hold the second page of grants until the reload abandons it; after the reload the same page goes through.
  let seen = 0;
  await page.route(pageTwo, (route) => (seen++ === 0 ? new Promise<void>(() => {}) : route.fallback()));
  await page.getByRole('tab', { name: 'Access' }).click();
  const progress = page.getByRole('progressbar', { name: 'Reading the tenant' });
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
  // The first page's checkpoint reaches IndexedDB a moment after the page is shown; a reload before that
  // would rightly start over. (The database exists by now: the read looked for a saved one first.)
  await expect.poll(() => page.evaluate(savedCheckpoints)).toBe(1);

  const indexReads: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/v2\/client-grants\?.*take=/.test(request.url())) indexReads.push(new URL(request.url()).search);
  });
  await page.reload(); // stayed connected in this tab: the same view, a new page
  await expectTenantRead(page);
  const total = (await allGrants(tenant)).length;
  await expect(page.getByText(new RegExp(`^Tenant read .*: ${total} grants`))).toBeVisible();
  expect(indexReads.length).toBeGreaterThan(0);
  expect(indexReads.filter((search) => !search.includes('from='))).toEqual([]);
});
