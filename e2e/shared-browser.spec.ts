import { expect, test, type Page } from '@playwright/test';
import { fillConnectForm } from './support/connect-form.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { colleagueToken } from './support/tokens.ts';

// Two people, one browser: what one token read and saved must not reach the next token.
const environment = useEnvironment({ seed: 'demo' });

// A string, not a function: the test runner's transform would add helpers the page does not have.
const savedCheckpoints = `new Promise((resolve) => {
  const open = indexedDB.open('client-grants-dashboard');
  open.onsuccess = () => {
    const keys = open.result.transaction('tenant-reads').objectStore('tenant-reads').getAllKeys();
    keys.onsuccess = () => resolve(keys.result.filter((key) => String(key).endsWith(' meta')).length);
  };
})`;

/** The admin opens Access, and the tab is closed after the first page of grants is saved, the second held. */
async function leaveAPartialRead(page: Page): Promise<void> {
  const { tenant, dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  let seen = 0;
  await page.route(new RegExp(`${tenant.url}/api/v2/client-grants\\?take=100&from=`), (route) =>
    seen++ === 0 ? new Promise<void>(() => {}) : route.fallback(),
  );
  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page.getByRole('progressbar', { name: 'Reading the tenant' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect.poll(() => page.evaluate(savedCheckpoints)).toBe(1);
  await page.close();
}

/** A new tab in the same browser, connected with the form (not kept in the tab), on the Access view. */
async function connectInANewTab(page: Page, token: string): Promise<Page> {
  const { tenant, dashboard } = environment();
  const next = await page.context().newPage();
  await next.goto(dashboard.url);
  await fillConnectForm(next, tenant.domain, token);
  await next.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(next.getByRole('button', { name: /^Tenant / })).toBeVisible();
  return next;
}

test('a partial read saved in this browser is not shown to a later token without read:client_grants', async ({
  page,
}) => {
  const token = await colleagueToken(environment().tenant, ['read:clients', 'read:resource_servers']);
  await leaveAPartialRead(page);

  const next = await connectInANewTab(page, token);
  await next.getByRole('tab', { name: 'Access' }).click();
  // The token may list applications and APIs, but its read of the grants is refused: no grant may show.
  await expect(next.getByRole('heading', { name: 'Access', level: 2 })).toBeVisible();
  await expect(next.getByRole('alert').filter({ hasText: 'Missing permission' })).toBeVisible();
  const matrix = next.getByRole('grid', { name: 'Access matrix' });
  await expect(matrix.getByRole('gridcell', { name: /: \d+ scopes?/ })).toHaveCount(0);
  await expect(next.getByText(/^Tenant read /)).toHaveCount(0);
});

test("a colleague's token that may read grants reads the tenant itself: nothing of the admin's saved read is resumed", async ({
  page,
}) => {
  const { tenant } = environment();
  const token = await colleagueToken(tenant, ['read:client_grants', 'read:clients', 'read:resource_servers']);
  await leaveAPartialRead(page);

  const next = await connectInANewTab(page, token);
  const grantReads: string[] = [];
  next.on('request', (request) => {
    if (/\/api\/v2\/client-grants\?.*take=/.test(request.url()))
      grantReads.push(new URL(request.url()).search);
  });
  await next.getByRole('tab', { name: 'Access' }).click();
  await expect(next.getByText(/^Tenant read just now: /)).toBeVisible({ timeout: 20_000 });
  expect(grantReads[0]).not.toContain('from=');
});
