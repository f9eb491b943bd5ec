import { expect, test, type Page } from '@playwright/test';
import { fillConnectForm } from './support/connect-form.ts';
import { collectConsoleErrors } from './support/console-errors.ts';
import { grantsTable } from './support/dashboard.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';
import { useStaticHost } from './support/static-host.ts';
import { allGrants, getToken } from './support/tenant-api.ts';

// The production build on the plainest static host, under a sub-path: no headers, no fallback to index.html,
// nothing injected. Whatever keeps it working and locked down, the build must carry itself.
const base = '/tools/grants/';
const host = useStaticHost(base);

/** Requests that failed or were answered with an error, by anyone (the page's own files, the tenant). */
function collectFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    // Cancelled, not failed: a request still under way when the test navigates (a prefetch), or one the app aborts.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      failed.push(`${response.request().method()} ${response.url()}: ${response.status()}`);
  });
  return failed;
}

async function connectByTyping(page: Page, { stayConnected = false } = {}): Promise<void> {
  const { tenant, server } = host();
  await page.goto(server.url);
  await expect(page.getByRole('form', { name: 'Connect to a tenant' })).toBeVisible();
  // No local tenant is configured on this host: no button, and no request for one.
  await expect(page.getByRole('button', { name: 'Connect to local tenant' })).toHaveCount(0);
  await fillConnectForm(page, tenant.domain, await getToken(tenant), { stayConnected });
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(
    grantsTable(page)
      .getByRole('button', { name: /^Open grant / })
      .first(),
  ).toBeVisible();
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

test('the build printed no warning', () => {
  expect(host().buildOutput.trim()).toBe('');
});

test('connect, table, detail and create under the sub-path: no console error, no failed request', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const failed = collectFailedRequests(page);
  await recordPolicyViolations(page);
  await connectByTyping(page);
  expect(pathOf(page)).toBe(base);

  await grantsTable(page)
    .getByRole('button', { name: /^Open grant / })
    .first()
    .click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('list', { name: 'Granted scopes' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${base}\\?grant=cgr_`));
  await detail.getByRole('button', { name: 'Close', exact: true }).click();

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
  await expect(page).toHaveURL(new RegExp(`${base}\\?grant=cgr_`));
  const created = new URL(page.url()).searchParams.get('grant');
  expect((await allGrants(host().tenant)).map((grant) => grant.id)).toContain(created);

  expect(errors).toEqual([]);
  expect(failed).toEqual([]);
  expect(await policyViolations(page)).toEqual([]);
});

test('the CSP is in force from the page itself: injected inline script does not run, and is reported', async ({
  page,
}) => {
  await recordPolicyViolations(page);
  const response = await page.goto(host().server.url);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.getByRole('form', { name: 'Connect to a tenant' })).toBeVisible();

  // (eval cannot be tried from here: code Playwright evaluates is exempt from the page's eval checks.)
  const sinkRefused = await page.evaluate(() => {
    const ran: string[] = [];
    Object.assign(window, { ran });
    // Through a sink Trusted Types guards: refused outright.
    let sinkRefused = false;
    const viaSink = document.createElement('script');
    try {
      viaSink.textContent = 'ran.push("text")';
    } catch {
      sinkRefused = true;
    }
    document.body.append(viaSink);
    // Around the sink, as a text node: Chromium still knows the text did not come through a policy.
    const viaNode = document.createElement('script');
    viaNode.append(document.createTextNode('ran.push("node")'));
    document.body.append(viaNode);
    return sinkRefused;
  });
  expect(sinkRefused).toBe(true);
  // Trusted Types refuse both before script-src (no 'unsafe-inline', the second layer) is even asked.
  await expect
    .poll(async () => (await policyViolations(page)).map((v) => v.directive))
    .toEqual(['require-trusted-types-for', 'require-trusted-types-for']);
  expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual([]);
});

test('a deep link, a reload and Back stay under the sub-path', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const failed = collectFailedRequests(page);
  const { tenant, server } = host();
  await connectByTyping(page, { stayConnected: true });
  const grant = (await allGrants(tenant)).find((g) => g.client_id && !g.is_system)!;

  await page.goto(`${server.url}?grant=${grant.id}`);
  await expect(page.getByRole('dialog').getByText(grant.id).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('dialog').getByText(grant.id).first()).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Access' }).click();
  await expect(page).toHaveURL(`${server.url}?view=access`);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Access' })).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Grants' })).toHaveAttribute('aria-selected', 'true');
  expect(pathOf(page)).toBe(base);
  await page.goBack();
  await expect(page.getByRole('dialog').getByText(grant.id).first()).toBeVisible();
  expect(pathOf(page)).toBe(base);

  expect(errors).toEqual([]);
  expect(failed).toEqual([]);
});
