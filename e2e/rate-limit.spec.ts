import { expect, test, type Page } from '@playwright/test';
import { grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// A 429 storm: a bucket of 1 that refills 1 per second. Connecting spends it on the token, and Connect asks
// for the first page of grants right after, within the same second whatever the machine's speed: a 429;
// the names and the rest queue behind it. Run twice: with the rate-limit headers hidden from the page (the
// default, as on Auth0 most likely) and exposed (--expose-rate-limit-headers).

/** Counts the page's requests to the tenant still waiting for an answer. */
function trackTenantRequests(page: Page, tenantUrl: string) {
  const state = { inFlight: 0, statuses: [] as number[], answered: new Set<string>(), exposed: [] as string[] };
  page.on('request', (request) => {
    if (request.url().startsWith(tenantUrl) && request.method() !== 'OPTIONS') state.inFlight++;
  });
  const settle = () => (state.inFlight = Math.max(0, state.inFlight - 1));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(tenantUrl)) settle();
  });
  page.on('response', async (response) => {
    if (!response.url().startsWith(`${tenantUrl}/api/v2/`) || response.request().method() === 'OPTIONS') return;
    state.statuses.push(response.status());
    if (response.ok()) state.answered.add(new URL(response.url()).pathname);
    state.exposed.push((await response.allHeaders())['access-control-expose-headers'] ?? '');
    settle();
  });
  return state;
}

for (const mode of [
  { name: 'hidden from the page (default)', expose: false },
  { name: 'exposed to the page (--expose-rate-limit-headers)', expose: true },
]) {
  test.describe(`rate-limit headers ${mode.name}`, () => {
    const environment = useEnvironment({ seed: 'demo', rateLimit: '1/1', exposeRateLimitHeaders: mode.expose });

    test('a 429 storm is waited out and said out loud, and completes with no error shown', async ({ page }) => {
      const { dashboard, tenant } = environment();
      const traffic = trackTenantRequests(page, tenant.url);
      await page.goto(dashboard.url);
      await page.getByRole('button', { name: 'Connect to local tenant' }).click();
      const notice = page.getByRole('status').filter({ hasText: /Rate limited by the tenant — retrying in \d+ s/ });
      await expect(notice).toBeVisible();
      await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible({ timeout: 20_000 });
      // The storm is over once the names are in, nothing is waiting for the tenant and the notice is gone.
      await expect
        .poll(() => ['/api/v2/clients', '/api/v2/resource-servers'].every((path) => traffic.answered.has(path)), { timeout: 20_000 })
        .toBe(true);
      await expect.poll(() => traffic.inFlight, { timeout: 20_000 }).toBe(0);
      await expect(notice).toBeHidden({ timeout: 15_000 });
      expect(traffic.statuses).toContain(429);
      expect(traffic.statuses.filter((status) => status !== 429 && status !== 200)).toEqual([]);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(/Showing IDs instead of names|kept refusing requests/)).toHaveCount(0);
      expect(traffic.exposed.every((value) => value.includes('x-ratelimit-remaining') === mode.expose)).toBe(true);
    });
  });
}
