import { expect, test } from '@playwright/test';
import { grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// A bucket of 2 that refills 1 per second. Connecting spends one on the token, then asks for grants,
// apps and APIs at once: three requests for at most two tokens, unless two whole seconds pass in
// between (a bucket of 3 flaked in CI: a slow boot let it refill before the three requests).
const environment = useEnvironment({ seed: 'demo', rateLimit: '2/1' });

test('a 429 is waited out and said out loud, then the table loads', async ({ page }) => {
  const { dashboard } = environment();
  const statuses: number[] = [];
  page.on('response', (response) => statuses.push(response.status()));
  await page.goto(dashboard.url);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Rate limited by the tenant — retrying in \d+ s/ })).toBeVisible();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible({ timeout: 20_000 });
  expect(statuses).toContain(429);
});
