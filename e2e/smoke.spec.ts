import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './support/console-errors.ts';
import { useEnvironment } from './support/environment.ts';

const environment = useEnvironment({ seed: 'empty' });

test('the app loads in Chromium with its shell, no console errors and no accessibility violations', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(environment().dashboard.url);
  await expect(page.getByRole('banner')).toContainText('Client Grants');
  await expect(page.getByRole('main')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the theme toggle cycles and is remembered across a reload', async ({ page }) => {
  await page.goto(environment().dashboard.url);
  await page.getByRole('button', { name: 'Theme: follows the system' }).click();
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  await page.getByRole('button', { name: 'Theme: light' }).click();
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/dark/);
});
