import { expect, test, type Page } from '@playwright/test';
import { changeScopesDialog, chooseScope, openApiGrants } from './support/bulk.ts';
import { fillConnectForm } from './support/connect-form.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { colleagueToken } from './support/tokens.ts';

// A slow bucket (3, refilling 2 per second): reads and batches are still running when the admin leaves.
const environment = useEnvironment({ seed: 'demo', rateLimit: '3/2' });

const catalog = 'https://catalog.example.com/';
const interrupted = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'A bulk scope change was interrupted' });

async function disconnect(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Tenant / }).click();
  await page.getByRole('menuitem', { name: 'Disconnect' }).click();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
}

async function connectWithForm(page: Page, token: string): Promise<void> {
  await fillConnectForm(page, environment().tenant.domain, token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Tenant / })).toBeVisible();
}

// Strings, not functions: the test runner's transform would add helpers the page does not have.
// The page's own clock marks the moment Disconnect is clicked (a capture listener runs before React's).
const markDisconnect = `
  performance.setResourceTimingBufferSize(100000);
  document.addEventListener('click', (event) => {
    const item = event.target instanceof Element ? event.target.closest('[role="menuitem"]') : null;
    if (item && item.textContent.trim() === 'Disconnect') window.disconnectedAt = performance.now();
  }, true);`;
/** Management API requests the page started from Disconnect until `until` (its clock): none may be the old connection's. */
const startedSinceDisconnect = (until: number) => `performance.getEntriesByType('resource')
  .filter((entry) => entry.name.includes('/api/v2/') && entry.startTime >= window.disconnectedAt && entry.startTime < ${until})
  .map((entry) => entry.name)`;

test('after Disconnect nothing more is sent with the old token: reads, prefetches and log searches stop with it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { tenant, dashboard } = environment();
  const colleague = await colleagueToken(tenant, [
    'read:client_grants',
    'read:clients',
    'read:resource_servers',
    'read:logs',
  ]);
  await page.addInitScript(markDisconnect);
  const sent: { url: string; authorization?: string; later: boolean }[] = [];
  let later = false;
  page.on('request', (request) => {
    if (!request.url().startsWith(`${tenant.url}/api/v2/`)) return;
    sent.push({ url: request.url(), authorization: request.headers()['authorization'], later });
  });
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  // Both background reads are under way (and queued behind the small bucket) when the admin leaves.
  await expect(page.getByRole('progressbar', { name: 'Reading the tenant' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Reading the logs' })).toBeVisible();
  // Back on the grants, with the logs column: rows read their last use, the next page is prefetched.
  await page.getByRole('tab', { name: 'Grants' }).click();
  await page.getByRole('switch', { name: 'Last used' }).check();
  await expect(grantsTable(page).getByRole('columnheader', { name: 'Last used' })).toBeVisible();
  const adminAuthorization = sent[0]?.authorization;
  expect(adminAuthorization).toMatch(/^Bearer /);
  await disconnect(page);
  await fillConnectForm(page, tenant.domain, colleague);
  // Until the next person connects, the page sends nothing at all.
  const until = await page.evaluate<number>('performance.now()');
  expect(await page.evaluate<string>('typeof window.disconnectedAt')).toBe('number');
  expect(await page.evaluate<string[]>(startedSinceDisconnect(until))).toEqual([]);

  // The next person connects and reads the whole tenant and its logs: by then any straggler would have gone.
  later = true;
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Tenant / })).toBeVisible();
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByText(/^Usage from /)).toBeVisible({ timeout: 90_000 });
  expect(
    sent.filter((request) => request.later && request.authorization !== adminAuthorization).length,
  ).toBeGreaterThan(0);
  expect(
    sent
      .filter((request) => request.later && request.authorization === adminAuthorization)
      .map((request) => request.url),
  ).toEqual([]);
});

test('an interrupted bulk change is offered only to the subject that ran it, and Disconnect forgets it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { tenant, dashboard } = environment();
  const colleague = await colleagueToken(tenant, [
    'read:client_grants',
    'update:client_grants',
    'read:clients',
    'read:resource_servers',
  ]);
  await connectToLocalTenant(page, dashboard.url);
  await openApiGrants(page, dashboard.url, catalog);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', 'update:prices');
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(
    changeScopesDialog(page).getByRole('progressbar', { name: 'Changing scopes' }),
  ).toHaveAttribute('aria-valuenow', '2', {
    timeout: 30_000,
  });
  await page.reload();
  await expect(interrupted(page)).toBeVisible();

  // The admin's session ends with the tab's (not kept), and a colleague connects in the same tab.
  await page.evaluate(() => sessionStorage.removeItem('client-grants:session'));
  await page.reload();
  await connectWithForm(page, colleague);
  await expect(
    grantsTable(page)
      .getByRole('button', { name: /^Open grant / })
      .first(),
  ).toBeVisible();
  await expect(grantsTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(interrupted(page)).toHaveCount(0);

  // The admin comes back to the tab: the batch is still theirs to finish or undo.
  await page.reload();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(interrupted(page)).toBeVisible();
  await expect(interrupted(page).getByRole('button', { name: 'Finish' })).toBeVisible();

  // Disconnect forgets it: whoever connects next in this tab, the admin included, is offered nothing.
  await disconnect(page);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(grantsTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(
    grantsTable(page)
      .getByRole('button', { name: /^Open grant / })
      .first(),
  ).toBeVisible();
  await expect(interrupted(page)).toHaveCount(0);
});
