import { expect, test } from '@playwright/test';
import type { TenantProcess } from '../scripts/local-tenant-process.ts';
import { changeTenant, connectSecondTenant, expectedRows, grantsByKey, useSecondTenant, type Kind } from './support/compare-tenants.ts';
import { storageDump } from './support/connect-form.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// Tenant A is the dashboard's own local tenant; tenant B is a second one, seeded the same, then changed through
// its API. The Differences table must equal what this test computes from both APIs, applying every difference
// must make B's grants equal A's, and Undo must give B back what it held. Each tenant's Management API has its own
// identifier (its domain), so grants on it differ too: they are compared, but not applied (deleting B's would
// take the test's own access away), and left out of "equal".
const environment = useEnvironment({ seed: 'demo' });
const tenantB = useSecondTenant();

const withoutManagementApi = (settings: Map<string, string>, tenant: TenantProcess) =>
  new Map([...settings].filter(([key]) => !key.includes(`|${tenant.audience}|`)));

test('a second tenant compared with the first: the diff equals the APIs, Apply makes it equal, Undo restores it', async ({ page }) => {
  test.setTimeout(120_000);
  const { tenant: a, dashboard } = environment();
  const b = tenantB();
  await changeTenant(b);
  const [before, bBefore] = await Promise.all([grantsByKey(a), grantsByKey(b)]);
  // Compare pairs the two Management APIs (each named after its tenant's domain), as the test does here.
  const mapped = new Map([...before.settings].map(([key, value]) => [key.replace(`|${a.audience}|`, `|${b.audience}|`), value]));
  const expected = expectedRows(mapped, bBefore.settings);
  const toApply = expected.filter((row) => !row.includes(`|${a.audience}|`) && !row.includes(`|${b.audience}|`));
  expect(toApply).toHaveLength(3);

  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const tokenB = await connectSecondTenant(page, b);
  await expect(page.getByRole('button', { name: `Disconnect ${b.domain}` })).toBeVisible();
  await page.getByRole('group', { name: 'Source' }).getByRole('combobox', { name: 'Source' }).selectOption({ label: a.domain });
  await page.getByRole('group', { name: 'Target' }).getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });
  const counts = page.getByRole('status').filter({ hasText: / only in source, / });
  const count = (kind: Kind) => expected.filter((row) => row.startsWith(`${kind}|`)).length;
  await expect(counts).toHaveText(
    new RegExp(`^${count('Only in source')} only in source, ${count('Only in target')} only in target, ${count('Changed')} changed, \\d+ unchanged$`),
    { timeout: 30_000 },
  );
  const table = page.getByRole('table', { name: 'Differences' });
  const shown = await table.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => [...row.querySelectorAll('td')].slice(1, 5).map((cell) => cell.textContent ?? '').join('|')),
  );
  expect(shown.sort()).toEqual(expected);

  for (const row of toApply) {
    const [, app, audience] = row.split('|');
    await table.getByRole('checkbox', { name: `Select ${app} → ${audience}`, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Apply to target…' }).click();
  const apply = page.getByRole('dialog', { name: 'Apply differences' });
  await expect(apply.getByRole('list', { name: 'Preview' }).getByRole('listitem')).toHaveCount(3);
  await apply.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(apply.getByRole('status')).toHaveText('3 of 3 applied.', { timeout: 30_000 });
  const after = await grantsByKey(b);
  expect(withoutManagementApi(after.settings, b)).toEqual(withoutManagementApi(before.settings, a));
  // B's index followed each write: the three applied rows are gone from the counts.
  await apply.getByRole('button', { name: 'Close' }).click();
  await expect(counts).toHaveText(new RegExp(`^${count('Only in source') - 1} only in source, ${count('Only in target') - 1} only in target, ${count('Changed') - 1} changed, \\d+ unchanged$`));

  await page.getByRole('button', { name: 'Show the last run' }).click();
  await apply.getByRole('button', { name: /^Undo/ }).click();
  await expect(apply.getByRole('status')).toHaveText(/3 undone/, { timeout: 30_000 });
  expect((await grantsByKey(b)).settings).toEqual(bBefore.settings);
  // B's token went only in headers, and without "Stay connected" it stayed in memory.
  expect(urls.filter((url) => url.includes(tokenB))).toEqual([]);
  expect(await storageDump(page)).not.toContain(tokenB);
});
