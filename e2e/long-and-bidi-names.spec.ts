import { expect, test, type Locator, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi } from './support/tenant-api.ts';

// The demo seed carries the hard values (local-tenant/seed-catalog.ts): an unbroken ~190-character app
// name, an app named with a right-to-left override, and an API with a long identifier and long scopes.
const environment = useEnvironment({ seed: 'demo' });
type Client = { client_id: string; name: string };
type Api = { identifier: string; name: string; scopes: { value: string }[] };

async function hardValues() {
  const { tenant } = environment();
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const apis = await callApi<Api[]>(tenant, 'resource-servers?per_page=100');
  const longName = clients.find((client) => client.name.length >= 190)!;
  const override = clients.find((client) => client.name === '\u202Eevil.exe')!;
  const longApi = apis.find((api) => api.identifier.length >= 180)!;
  expect([longName, override, longApi].every(Boolean), 'the demo seed carries the hard values').toBe(true);
  return { longName, override, longApi };
}

/** The right edge of the element, in CSS pixels from the viewport's left. */
async function rightEdge(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.x + box.width;
}

async function expectActionsOnScreen(page: Page, scope: Locator, width: number) {
  for (const name of [/^Edit grant for /, /^Delete grant for /]) {
    const button = scope.getByRole('button', { name }).first();
    await expect(button).toBeVisible();
    expect(await rightEdge(button)).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/**
 * A value cut by the layout shows its full text as a tooltip once the pointer reaches it (none before: the
 * title is set on hover, components/overflow-title.ts). Hovered near its start, the part that is on screen.
 */
async function expectFullTextOnHover(scope: Locator, text: string) {
  const value = scope.locator('[data-overflow-title]', { hasText: text }).first();
  await expect(value).toBeVisible();
  await expect(value).not.toHaveAttribute('title');
  await value.hover({ position: { x: 4, y: 4 } });
  await expect(value).toHaveAttribute('title', text);
}

test('at 1280 px, an unbroken ~190-character name is cut to one line, with the full name on hover', async ({ page }) => {
  const { dashboard } = environment();
  const { longName } = await hardValues();
  await page.setViewportSize({ width: 1280, height: 900 });
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${longName.client_id}`);
  const row = grantsTable(page).getByRole('row').filter({ hasText: longName.name }).first();
  await expectFullTextOnHover(row, longName.name);
  await expectActionsOnScreen(page, row, 1280);
  expect((await row.boundingBox())!.height).toBeLessThanOrEqual(80);
});

test('at 1280 px, a long API identifier and long scopes never push any row’s actions off screen', async ({ page }) => {
  const { dashboard } = environment();
  const { longApi } = await hardValues();
  await page.setViewportSize({ width: 1280, height: 900 });
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?audience=${encodeURIComponent(longApi.identifier)}&per_page=50`);
  const table = grantsTable(page);
  const longScope = longApi.scopes.find((scope) => scope.value.length > 140)!.value;
  await expectFullTextOnHover(table, longScope);
  await expectFullTextOnHover(table, longApi.identifier);
  await expectActionsOnScreen(page, table, 1280);
  // Every row stays short (at most four one-line chips, whatever their values), every Edit on screen.
  const heights = await table.getByRole('row').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThanOrEqual(160);
  const edits = table.getByRole('button', { name: /^Edit grant for / });
  const rights = await edits.evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().right));
  expect(rights.length).toBeGreaterThan(5);
  expect(Math.max(...rights)).toBeLessThanOrEqual(1280);
});

test('at 390 px, a card with a long name keeps its actions on screen', async ({ page }) => {
  const { dashboard } = environment();
  const { longName } = await hardValues();
  await connectToLocalTenant(page, dashboard.url);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${dashboard.url}/?client_id=${longName.client_id}`);
  const cards = page.getByRole('list', { name: 'Client grants' });
  const card = cards.getByRole('listitem').first();
  await expectFullTextOnHover(card, longName.name);
  await expectActionsOnScreen(page, card, 390);
  expect((await card.boundingBox())!.height).toBeLessThanOrEqual(200);
});

test('a name with a right-to-left override cannot pose as another: the control is shown, and the panel warns', async ({ page }) => {
  const { dashboard } = environment();
  const { override } = await hardValues();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${override.client_id}`);
  const row = grantsTable(page).getByRole('row').nth(1);
  await expect(row).toContainText('⟨U+202E⟩evil.exe');
  expect(await row.innerText()).not.toContain('\u202E');

  await row.getByRole('button', { name: /^Open grant / }).click();
  const panel = page.getByRole('dialog', { name: /^⟨U\+202E⟩evil\.exe → / });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('alert')).toContainText("The application's name contains bidirectional control characters");
  await expect(panel.getByRole('definition').filter({ hasText: '⟨U+202E⟩evil.exe' })).toBeVisible();
});

test('the detail panel shows long values whole, wrapped inside the panel', async ({ page }) => {
  const { dashboard } = environment();
  const { longName } = await hardValues();
  await page.setViewportSize({ width: 1280, height: 900 });
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${longName.client_id}`);
  await grantsTable(page).getByRole('button', { name: /^Open grant / }).first().click();
  const panel = page.getByRole('dialog', { name: new RegExp(`^${longName.name} → `) });
  await expect(panel.getByRole('definition').filter({ hasText: longName.name })).toBeVisible();
  const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await rightEdge(panel.getByRole('heading', { level: 2 }))).toBeLessThanOrEqual(1280);
});

/** Every application's name made 10,000 characters long on its way from the tenant (list and single reads). */
async function lengthenNames(page: Page, length: number) {
  type Named = { name?: string };
  const longer = <T extends Named>(client: T): T => (client.name === undefined ? client : { ...client, name: `${client.name} ${'W'.repeat(length)}`.slice(0, length) });
  await page.route(/\/api\/v2\/clients(\?|\/|$)/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Named | Named[] | { clients: Named[] };
    const json = Array.isArray(body) ? body.map(longer) : 'clients' in body ? { ...body, clients: body.clients.map(longer) } : longer(body);
    await route.fulfill({ response, json });
  });
}

test('Findings: a 10,000-character name is cut to one line, with the full name on hover', async ({ page }) => {
  const { dashboard } = environment();
  await page.setViewportSize({ width: 1280, height: 900 });
  await lengthenNames(page, 10_000);
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByText(/^Tenant read /)).toBeVisible({ timeout: 20_000 });
  const table = page.getByRole('table', { name: 'Findings' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Open grant' }) });
  await expect(rows.first()).toBeVisible();
  const name = (await rows.first().getByRole('rowheader').locator('[data-overflow-title]').textContent()) ?? '';
  expect(name).toHaveLength(10_000);
  await expectFullTextOnHover(rows.first().getByRole('rowheader'), name);
  // Every application name on the page is one line (rows with many scopes are taller: the scopes' own lines).
  const boxes = await rows.getByRole('rowheader').locator('[data-overflow-title]').evaluateAll((names) => names.map((n) => n.getBoundingClientRect()));
  expect(boxes.length).toBeGreaterThan(5);
  expect(Math.max(...boxes.map((box) => box.height))).toBeLessThanOrEqual(30);
  expect(Math.max(...boxes.map((box) => box.width))).toBeLessThanOrEqual(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('Access: a name with a right-to-left override shows the control in the matrix and the Application picker', async ({ page }) => {
  const { dashboard } = environment();
  const { override } = await hardValues();
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByText(/^Tenant read /)).toBeVisible({ timeout: 20_000 });
  const grid = page.getByRole('grid', { name: 'Access matrix' });
  await page.getByRole('textbox', { name: 'Filter applications' }).fill('evil');
  const rowHeader = grid.getByRole('rowheader').filter({ hasText: 'evil.exe' });
  await expect(rowHeader).toContainText('⟨U+202E⟩evil.exe');
  expect(await rowHeader.innerText()).not.toContain('\u202E');
  const picker = page.getByRole('combobox', { name: 'Application', exact: true });
  await picker.fill('evil');
  const option = page.getByRole('option').filter({ hasText: 'evil.exe' });
  await expect(option).toContainText('⟨U+202E⟩evil.exe');
  await option.click();
  await expect(picker).toHaveValue('⟨U+202E⟩evil.exe');
  await expect(page).toHaveURL(new RegExp(`client_id=${override.client_id}`));
});
