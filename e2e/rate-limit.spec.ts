import { expect, test } from '@playwright/test';
import { grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// A bucket of 1 that refills 1 per second. Connecting spends it on the token, and Connect asks for the
// first page of grants right after, within the same second whatever the machine's speed: a 429.
// (A bucket of 2 relied on the apps and APIs being asked for within that second too; since Connect
// requests the first page before the page renders, a slow CI machine let the bucket refill.)
const environment = useEnvironment({ seed: 'demo', rateLimit: '1/1' });

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
