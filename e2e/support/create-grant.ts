import type { Page } from '@playwright/test';

/**
 * Opens **Create grant** and fills it for a pair the demo seed leaves free (Billing Service → Inventory API,
 * one read scope); the caller clicks Create and checks what follows.
 */
export async function fillCreateGrant(page: Page) {
  await page.getByRole('button', { name: 'Create grant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await dialog.getByRole('combobox', { name: 'Application' }).fill('Billing Service');
  await page.getByRole('option', { name: /^Billing Service/ }).click();
  await dialog.getByRole('combobox', { name: 'API' }).fill('Inventory API');
  await page.getByRole('option', { name: /^Inventory API/ }).click();
  await dialog
    .getByRole('checkbox', { name: /^read:/ })
    .first()
    .check();
  return dialog;
}
