import { expect, test } from '@playwright/test';
import { changeScopesDialog, chooseScope, grantsOf, openApiGrants } from './support/bulk.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// A slow bucket (3, refilling 2 per second): a grant takes about 1.5 s (re-read, PATCH, read-back), so the
// page can be reloaded while the batch runs.
const environment = useEnvironment({ seed: 'demo', rateLimit: '3/2' });

const catalog = 'https://catalog.example.com/';

test('a reload while a batch runs offers to finish it, and Finish completes it', async ({ page }) => {
  test.setTimeout(120_000);
  const { tenant, dashboard } = environment();
  const grants = await grantsOf(tenant, catalog);
  const holders = grants.filter((grant) => grant.scope?.includes('update:prices'));
  const skipped = grants.length - holders.length;
  expect(holders.length).toBeGreaterThan(4);

  await connectToLocalTenant(page, dashboard.url);
  await openApiGrants(page, dashboard.url, catalog);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', 'update:prices');
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  const progress = changeScopesDialog(page).getByRole('progressbar', { name: 'Changing scopes' });
  await expect(progress).toHaveAttribute('aria-valuenow', '2', { timeout: 30_000 });
  await page.reload();

  const offer = page.getByRole('alert').filter({ hasText: 'A bulk scope change was interrupted' });
  await expect(offer).toContainText(
    new RegExp(`\\d+ of ${grants.length} changed before the page was reloaded`),
  );
  await expect(offer.getByRole('button', { name: 'Undo' })).toBeVisible();
  await offer.getByRole('button', { name: 'Finish' }).click();
  await expect(changeScopesDialog(page).getByRole('status')).toHaveText(
    `${holders.length} of ${grants.length} changed, ${skipped} skipped.`,
    {
      timeout: 60_000,
    },
  );
  for (const grant of await grantsOf(tenant, catalog))
    expect(grant.scope ?? []).not.toContain('update:prices');
  await changeScopesDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(offer).toHaveCount(0);
  // Closing the results forgets the batch: another reload offers nothing.
  await page.reload();
  await expect(grantsTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText('A bulk scope change was interrupted')).toHaveCount(0);
});
