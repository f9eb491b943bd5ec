import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

const environment = useEnvironment({ seed: 'demo' });

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test('the detail panel has no accessibility violations', async ({ page }) => {
  await connectToLocalTenant(page, environment().dashboard.url);
  await grantsTable(page).getByRole('button', { name: /^Open grant / }).first().click();
  await expect(page.getByRole('dialog').getByRole('list', { name: 'Granted scopes' })).toBeVisible();
  // Checked with its usage and history read from the logs, not their placeholders.
  await expect(page.getByRole('region', { name: 'Usage' })).toContainText(/token issued/i);
  await expect(page.getByRole('dialog').getByText(/change|Show older/i).first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the create dialog, filled in, has no accessibility violations', async ({ page }) => {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'API' }).fill('Orders API');
  await page.getByRole('option', { name: /^Orders API/ }).click();
  await expect(dialog.getByRole('group', { name: 'Scopes' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the dark theme has no accessibility violations (contrast included)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await connectToLocalTenant(page, environment().dashboard.url);
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await violations(page)).toEqual([]);
});
