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
