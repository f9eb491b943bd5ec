import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, READ_ONLY_CLIENT_ID } from '../local-tenant/defaults.ts';
import { expectTenantRead, type Api } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import {
  dropItems,
  dropNext,
  grantPages,
  logPages,
  loopNext,
  removeField,
  replayFirst,
} from './support/page-faults.ts';
import { allGrants, appsWithoutGrantOn, callApi, listGrants, type Grant } from './support/tenant-api.ts';
import { allLogEvents, unusedGrants } from './support/tenant-logs.ts';
import type { TenantProxy } from './support/tenant-proxy.ts';

// Issue #29, items 2–4: a tenant whose checkpoint pages are short, odd, looping or cut short, between the
// browser and the local tenant (e2e/support/tenant-proxy.ts rewrites the answers).
const environment = useEnvironment({ seed: 'demo' }, { throughProxy: true });

const proxy = (): TenantProxy => environment().proxy!;

test.afterEach(() => proxy().clearRewrites());

/** Checkpoint requests for grants (`take`) the page sent, counted as they leave. */
function countGrantPages(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (/\/api\/v2\/client-grants\?.*take=/.test(request.url())) seen.count++;
  });
  return seen;
}

async function openView(page: Page, name: 'Access' | 'Findings'): Promise<void> {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name }).click();
}

const stoppedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /^Reading stopped after/ });

test('a next that points back stops the tenant read: it says so, keeps what it read as partial, and Read again completes', async ({
  page,
}) => {
  proxy().rewrite(grantPages(loopNext(), Infinity));
  const requests = countGrantPages(page);
  await openView(page, 'Access');
  const alert = stoppedAlert(page);
  await expect(alert).toContainText(
    'the tenant sent a page cursor it had already sent, so its pages would go round in a loop',
  );
  await expect(alert).toContainText('The answers below are partial.');
  // Page 1, then page 2 pointing back to page 2: two requests, not thousands.
  expect(requests.count).toBe(2);
  await expect(page.getByText(/^Tenant read /)).toHaveCount(0);

  proxy().clearRewrites();
  await alert.getByRole('button', { name: 'Read again' }).click();
  await expectTenantRead(page);
  const { total } = await listGrants(environment().tenant, { per_page: 1, page: 0 });
  await expect(page.getByText(/^Tenant read /)).toContainText(`${total.toLocaleString('en')} grants`);
});

test('an index read whose pages end before the count says partial with Read again, not "Tenant read just now: 100 grants"', async ({
  page,
}) => {
  const { total } = await listGrants(environment().tenant, { per_page: 1, page: 0 });
  expect(total).toBeGreaterThan(100);
  proxy().rewrite(grantPages(dropNext));
  await openView(page, 'Access');
  await expect(stoppedAlert(page)).toHaveText(
    `Reading stopped after 100 grants: the tenant’s pages ended after 100 of the ${total.toLocaleString('en')} grants it counts. The answers below are partial.Read again`,
  );
  await expect(page.getByText(/^Tenant read /)).toHaveCount(0);
});

test('a read that fails part way says the answers shown are partial', async ({ page }) => {
  // The second checkpoint page (it has `from`) comes back in a shape the dashboard refuses.
  proxy().rewrite({
    ...grantPages(() => ({ client_grants: 'not a list' })),
    when: (query) => query.has('take') && query.has('from'),
  });
  await openView(page, 'Access');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Unexpected response from the tenant' }),
  ).toBeVisible();
  await expect(
    page.getByText('The answers below are partial: 100 grants read before the read failed.'),
  ).toBeVisible();
});

test('Export stops on a looping next, says what happened and downloads nothing', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await connectToLocalTenant(page, environment().dashboard.url);
  proxy().rewrite(grantPages(loopNext(), Infinity));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The tenant’s pages did not add up' });
  await expect(alert).toContainText(
    'Reading stopped after 200 grants: the tenant sent a page cursor it had already sent',
  );
  expect(downloads).toEqual([]);
});

/** Connects, opens Findings and waits until the logs have been read to the end. */
async function readFindings(page: Page): Promise<void> {
  await openView(page, 'Findings');
  await expectTenantRead(page);
  await expect(page.getByText(/^Usage from [\d,]+ log events\./)).toBeVisible({ timeout: 30_000 });
}

test('a short log page, an event without a date and a last event without log_id neither end the logs read nor inflate "unused"', async ({
  page,
}) => {
  const { tenant } = environment();
  const unused = unusedGrants(await allGrants(tenant), await allLogEvents(tenant));
  expect(unused.length).toBeGreaterThan(0);
  // In the order the pages come: 99 events of 100, then an event without a date, then a last event without log_id.
  proxy().rewrite(logPages(dropItems(1)));
  proxy().rewrite(logPages(removeField('date', 10)));
  proxy().rewrite(logPages(removeField('log_id', -1)));
  await readFindings(page);
  await expect(
    page.getByRole('button', { name: `Select every unused grant (${unused.length})` }),
  ).toBeVisible();
});

test('a log whose pages loop stops, says so, and calls no grant unused', async ({ page }) => {
  proxy().rewrite(logPages(replayFirst(), Infinity));
  await openView(page, 'Findings');
  await expectTenantRead(page);
  await expect(
    page.getByText(
      /^Reading stopped after [\d,]+ log events: the tenant sent a page cursor it had already sent/,
    ),
  ).toContainText('No grant is called unused until the logs have been read to the end.');
  await expect(page.getByRole('button', { name: /^Select every unused grant/ })).toHaveCount(0);
  await expect(
    page
      .getByRole('table', { name: 'Findings' })
      .getByRole('row')
      .filter({ hasText: 'Unused in the log window' }),
  ).toHaveCount(0);
});

// Last: it adds a grant.
test('a grant created inside the log window is not called unused: it could not have been used before', async ({
  page,
}) => {
  const { tenant } = environment();
  const { api, apps } = await appsWithoutGrantOn(tenant, 'Orders API');
  const app = apps.find(
    (a) => a.client_id !== DEFAULT_ADMIN_CLIENT_ID && a.client_id !== READ_ONLY_CLIENT_ID,
  )!;
  const fresh = await callApi<Grant>(tenant, 'client-grants', {
    method: 'POST',
    body: { client_id: app.client_id, audience: api.identifier, scope: [(api as Api).scopes![0]!.value] },
  });
  const unused = unusedGrants(await allGrants(tenant), await allLogEvents(tenant));
  expect(unused.map((g) => g.id)).not.toContain(fresh.id);
  await readFindings(page);
  await expect(
    page.getByRole('button', { name: `Select every unused grant (${unused.length})` }),
  ).toBeVisible();
  const freshRows = page
    .getByRole('table', { name: 'Findings' })
    .getByRole('row')
    .filter({ has: page.locator(`a[href="?grant=${fresh.id}"]`) });
  await expect(freshRows.filter({ hasText: 'Unused in the log window' })).toHaveCount(0);
});
