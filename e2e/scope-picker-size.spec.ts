import { expect, test } from '@playwright/test';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// The scale seed's API with 1,000 scopes: the picker is virtualised, and still a checklist people can use.
const environment = useEnvironment({ seed: 'scale:200' });
/** Scope n of the wide API is VERBS[n % 4] on records_(n / 4 + 1), as the seed builds it. */
const VERBS = ['read', 'create', 'update', 'delete'];

test('1,000 scopes: a window of checkboxes, Tab walks past it, the filter and Select all reach every scope', async ({ page }) => {
  await connectToLocalTenant(page, environment().dashboard.url, { stayConnected: false });
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'API' }).fill('Wide API');
  await page.getByRole('option', { name: /^Wide API \(1,000 scopes\)/ }).click();
  const scopes = dialog.getByRole('group', { name: 'Scopes' });
  await expect(scopes.getByText('0 of 1000 selected', { exact: true })).toBeVisible();
  const rendered = await scopes.getByRole('checkbox').count();
  expect(rendered).toBeGreaterThan(4);
  expect(rendered).toBeLessThan(60);
  await expect(scopes.getByRole('checkbox', { name: 'delete:records_250', exact: true })).toHaveCount(0);

  // Keyboard: each Tab focuses the next scope, beyond the rows first rendered; Space ticks it.
  await scopes.getByRole('checkbox', { name: 'read:records_001', exact: true }).focus();
  const steps = rendered + 4;
  for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
  const name = `${VERBS[steps % 4]}:records_${String(Math.floor(steps / 4) + 1).padStart(3, '0')}`;
  const far = scopes.getByRole('checkbox', { name, exact: true });
  await expect(far).toBeFocused();
  await expect(far).toBeInViewport();
  await page.keyboard.press('Space');
  await expect(far).toBeChecked();
  await expect(scopes.getByText('1 of 1000 selected', { exact: true })).toBeVisible();

  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('records_250');
  await expect(scopes.getByRole('checkbox')).toHaveCount(4);
  await scopes.getByRole('checkbox', { name: 'delete:records_250', exact: true }).check();
  await scopes.getByRole('textbox', { name: 'Filter scopes' }).fill('');
  await scopes.getByRole('button', { name: 'Select all' }).click();
  await expect(scopes.getByText('1000 of 1000 selected', { exact: true })).toBeVisible();
});
