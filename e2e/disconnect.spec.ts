import { expect, test, type Page } from '@playwright/test';
import { changeScopesDialog, chooseScope, openApiGrants } from './support/bulk.ts';
import { fillConnectForm } from './support/connect-form.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { colleagueToken } from './support/tokens.ts';

// A slow bucket (3, refilling 2 per second): reads and batches are still running when the admin leaves. The
// fault proxy holds a tenant read's answer across Disconnect.
const environment = useEnvironment({ seed: 'demo', rateLimit: '3/2' }, { throughProxy: true });

const catalog = 'https://catalog.example.com/';
const interrupted = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'A bulk scope change was interrupted' });

async function disconnect(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Tenant / }).click();
  await page.getByRole('menuitem', { name: 'Disconnect' }).click();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
}

async function connectWithForm(page: Page, token: string): Promise<void> {
  await fillConnectForm(page, environment().proxy?.domain ?? environment().tenant.domain, token);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Tenant / })).toBeVisible();
}

// A string, not a function: the test runner's transform would add helpers the page does not have.
// A capture listener runs before React's, so the test learns of the click before Disconnect does anything.
const reportDisconnectClick = `
  document.addEventListener('click', (event) => {
    const item = event.target instanceof Element ? event.target.closest('[role="menuitem"]') : null;
    if (item && item.textContent.trim() === 'Disconnect') window.disconnectClicked();
  }, true);`;

test('after Disconnect nothing more is sent with the old token: reads, prefetches and log searches stop with it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { tenant, dashboard, proxy } = environment();
  if (!proxy) throw new Error('this spec runs through the fault proxy');
  const colleague = await colleagueToken(tenant, [
    'read:client_grants',
    'read:clients',
    'read:resource_servers',
    'read:logs',
  ]);
  // Every Management API request as it is sent (not as it ends: an aborted or pending one counts too), in order.
  const sent: { url: string; authorization?: string }[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${proxy.url}/api/v2/`)) return;
    sent.push({ url: request.url(), authorization: request.headers()['authorization'] });
  });
  // The number of requests sent when Disconnect was clicked: every later one must carry another token.
  let sentBeforeDisconnect: number | undefined;
  await page.exposeFunction('disconnectClicked', () => {
    sentBeforeDisconnect ??= sent.length;
  });
  await page.addInitScript(reportDisconnectClick);
  await connectToLocalTenant(page, dashboard.url);
  // The tenant read's first page of grants is answered only after Disconnect: the read must not go on to
  // its next request with the old token when the answer lands.
  proxy.fail({ method: 'GET', path: /^\/api\/v2\/client-grants$/, fault: 'hold' });
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
  expect(sentBeforeDisconnect).toBeDefined();
  proxy.release();

  // The next person connects and reads the whole tenant and its logs: by then any straggler (a read that
  // was waiting in the pacer, a retry, a prefetch) would have gone out.
  await connectWithForm(page, colleague);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page.getByText(/^Usage from /)).toBeVisible({ timeout: 90_000 });
  const afterDisconnect = sent.slice(sentBeforeDisconnect);
  expect(afterDisconnect.filter((request) => request.authorization !== adminAuthorization).length).toBeGreaterThan(0);
  expect(
    afterDisconnect.filter((request) => request.authorization === adminAuthorization).map((request) => request.url),
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
