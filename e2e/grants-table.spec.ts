import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './support/console-errors.ts';
import { connectToLocalTenant, expectGrantIds, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, listGrants } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });
type Client = { client_id: string; name: string };
type Api = { identifier: string; name: string };

async function names() {
  const { tenant } = environment();
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const apis = await callApi<Api[]>(tenant, 'resource-servers?per_page=100');
  return { clients, apis };
}

test('the first page shows exactly the API first page, with names instead of ids', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const expected = await listGrants(tenant, { page: 0, per_page: 25 });
  await expectGrantIds(page, expected.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`1–25 of ${expected.total}`)).toBeVisible();
  const { clients } = await names();
  const firstApp = clients.find((client) => client.client_id === expected.client_grants[0]?.client_id);
  await expect(grantsTable(page).getByRole('row').nth(1)).toContainText(firstApp!.name);
  expect(errors).toEqual([]);
});

test('paging matches the API page by page, and rows per page resets to the first page', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page).toHaveURL(/[?&]page=1\b/);
  const second = await listGrants(tenant, { page: 1, per_page: 25 });
  await expectGrantIds(page, second.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`26–50 of ${second.total}`)).toBeVisible();

  await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('10');
  await expect(page).not.toHaveURL(/[?&]page=/);
  const firstTen = await listGrants(tenant, { page: 0, per_page: 10 });
  await expectGrantIds(page, firstTen.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`1–10 of ${firstTen.total}`)).toBeVisible();
});

test('filters combine, match the API for the same query, live in the URL, and survive reload and Back', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = await allGrants(tenant);
  const { clients, apis } = await names();
  const busiest = clients
    .map((client) => ({ client, count: grants.filter((grant) => grant.client_id === client.client_id).length }))
    .sort((a, b) => b.count - a.count)[0]!.client;
  await connectToLocalTenant(page, dashboard.url);

  // Application, by typing part of its name.
  await page.getByRole('combobox', { name: 'Application' }).fill(busiest.name.slice(0, 6));
  await page.getByRole('option', { name: new RegExp(`^${busiest.name}`) }).click();
  await expect(page).toHaveURL(new RegExp(`client_id=${busiest.client_id}`));
  const byApp = await listGrants(tenant, { page: 0, per_page: 25, client_id: busiest.client_id });
  await expectGrantIds(page, byApp.client_grants.map((grant) => grant.id));

  // + API: pick one this app has a grant for.
  const audience = byApp.client_grants[0]!.audience;
  const apiName = apis.find((api) => api.identifier === audience)!.name;
  await page.getByRole('combobox', { name: 'API' }).click();
  await page.getByRole('option', { name: new RegExp(`^${apiName}`) }).click();
  await expect(page).toHaveURL(new RegExp(`audience=${encodeURIComponent(audience)}`));
  const byAppAndApi = await listGrants(tenant, { page: 0, per_page: 25, client_id: busiest.client_id, audience });
  await expectGrantIds(page, byAppAndApi.client_grants.map((grant) => grant.id));

  await page.reload();
  await expectGrantIds(page, byAppAndApi.client_grants.map((grant) => grant.id));
  await expect(page.getByRole('combobox', { name: 'Application' })).toHaveValue(busiest.name);

  await page.goBack();
  await expectGrantIds(page, byApp.client_grants.map((grant) => grant.id));

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).not.toHaveURL(/client_id=/);
  const all = await listGrants(tenant, { page: 0, per_page: 25 });
  await expectGrantIds(page, all.client_grants.map((grant) => grant.id));
});

test('subject type and any-organization filters match the API', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('combobox', { name: 'Subject type' }).click();
  await page.getByRole('option', { name: 'User' }).click();
  const users = await listGrants(tenant, { page: 0, per_page: 25, subject_type: 'user' });
  expect(users.total).toBeGreaterThan(0);
  await expectGrantIds(page, users.client_grants.map((grant) => grant.id));

  await page.getByRole('switch', { name: 'Any organization' }).check();
  const usersAnyOrg = await listGrants(tenant, { page: 0, per_page: 25, subject_type: 'user', allow_any_organization: 'true' });
  await expect(page).toHaveURL(/allow_any_organization=true/);
  if (usersAnyOrg.total === 0) await expect(page.getByText('No grants match these filters')).toBeVisible();
  else await expectGrantIds(page, usersAnyOrg.client_grants.map((grant) => grant.id));
});

test('a filter with no match says so and offers Clear filters', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?audience=${encodeURIComponent('https://no-such-api.example.com/')}`);
  await expect(page.getByText('No grants match these filters')).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Clear filters' }).click();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
});

test('a malformed URL falls back to defaults instead of breaking', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?page=-4&per_page=7&subject_type=robot&allow_any_organization=yes`);
  const first = await listGrants(tenant, { page: 0, per_page: 25 });
  await expectGrantIds(page, first.client_grants.map((grant) => grant.id));
  await expect(page.getByText(`1–25 of ${first.total}`)).toBeVisible();
});

test('a row opens the detail panel with every field and scope descriptions, linkable by URL', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const first = (await listGrants(tenant, { page: 0, per_page: 25 })).client_grants[0]!;
  await grantsTable(page).getByRole('row').nth(1).click();
  await expect(page).toHaveURL(new RegExp(`grant=${first.id}`));
  const panel = page.getByRole('dialog');
  await expect(panel).toContainText(first.id);
  await expect(panel).toContainText(first.audience);
  const { apis } = await names();
  const api = apis.find((candidate) => candidate.identifier === first.audience) as Api & { scopes: { value: string; description: string }[] };
  const firstScope = api.scopes.find((scope) => scope.value === first.scope![0])!;
  await expect(panel.getByRole('list', { name: 'Granted scopes' })).toContainText(firstScope.description);
  await expect(panel.getByRole('button', { name: 'Copy JSON' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('dialog')).toContainText(first.id);
  await page.getByRole('button', { name: 'Close grant details' }).click();
  await expect(page).not.toHaveURL(/grant=/);
});

test('a grant whose application no longer exists is labelled, not blank', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const { clients } = await names();
  const known = new Set(clients.map((client) => client.client_id));
  const dangling = (await allGrants(tenant)).find((grant) => grant.client_id && !known.has(grant.client_id));
  expect(dangling, 'the demo seed has a grant for a deleted app').toBeDefined();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${dangling!.client_id}`);
  await expect(grantsTable(page).getByRole('row').nth(1)).toContainText('Deleted application');
});

test('an API failure shows what happened and Retry recovers', async ({ page }) => {
  const { dashboard } = environment();
  let fail = true;
  await page.route('**/api/v2/client-grants?**', (route) =>
    fail
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: 'Try later' }) })
      : route.fallback(),
  );
  await page.goto(dashboard.url);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(page.getByRole('alert')).toContainText(/tenant|server|unavailable/i);
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
});

test('the table page has no accessibility violations, and works at 390 px', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'Create grant' })).toBeInViewport();
  // Phones get a list of cards: every grant's actions are on screen, nothing scrolls sideways.
  const cards = page.getByRole('list', { name: 'Client grants' });
  await expect(cards.getByRole('button', { name: /^Edit grant for / }).first()).toBeInViewport();
  await expect(cards.getByRole('button', { name: /^Delete grant for / }).first()).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const narrow = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(narrow.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page).toHaveURL(/page=1/);
  await cards.getByRole('button', { name: /^Open grant / }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the keyboard alone filters the table and opens a grant', async ({ page }) => {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('combobox', { name: 'Subject type' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/subject_type=user/);
  const open = grantsTable(page).getByRole('button', { name: /^Open grant / }).first();
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
