import { expect, test } from '@playwright/test';
import { fillConnectForm } from './support/connect-form.ts';
import { grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { decodeClaims, getToken } from './support/tenant-api.ts';

// Tokens from this tenant live 6 seconds, so a test can watch one expire (and a loaded machine still shows rows first).
const environment = useEnvironment({ seed: 'empty', tokenLifetime: 6 });

async function expiredToken(): Promise<string> {
  const token = await getToken(environment().tenant);
  const expiresAt = Number(decodeClaims(token).exp) * 1000;
  // Waiting on the clock is the behaviour under test here, not a guess at how long the app takes.
  await expect.poll(() => Date.now(), { timeout: 15_000 }).toBeGreaterThan(expiresAt);
  return token;
}

test('an expired token is refused before connecting', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, await expiredToken());
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByLabel('Management API token')).toHaveAccessibleDescription(/expired/i);
});

test('a token that expires while connected asks for a new one and keeps the page', async ({ page }) => {
  const { tenant, dashboard } = environment();
  await page.goto(dashboard.url);
  await fillConnectForm(page, tenant.domain, await getToken(tenant));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
  const banner = page.getByRole('alert').filter({ hasText: 'Your token has expired' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByLabel('New Management API token').fill(await getToken(tenant));
  await banner.getByRole('button', { name: 'Reconnect' }).click();
  await expect(banner).toBeHidden();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
});
