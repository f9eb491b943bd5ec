import { expect, test } from '@playwright/test';
import { changeScopesDialog } from './support/bulk.ts';
import { collectConsoleErrors } from './support/console-errors.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';

// The CSP of scripts/security-policy.ts (no inline style text, Trusted Types required, no eval) against
// React, MUI, Emotion and every library, in every view: one violation is a feature broken on every host.
const environment = useEnvironment({ seed: 'demo' });

test('every view runs under the CSP and Trusted Types without a violation', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await recordPolicyViolations(page);
  const { dashboard } = environment();
  const response = await page.goto(dashboard.url);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await connectToLocalTenant(page, dashboard.url);

  await grantsTable(page)
    .getByRole('button', { name: /^Open grant / })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Usage' })).toContainText(/token issued/i);
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

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
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page).toHaveURL(/grant=cgr_/);
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  await download;

  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await expect(changeScopesDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(changeScopesDialog(page)).toBeHidden();

  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByText(/^Tenant read /)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByRole('table', { name: 'Findings' })).toBeVisible();
  await page.getByRole('button', { name: /^Theme: / }).click();

  expect(await policyViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
