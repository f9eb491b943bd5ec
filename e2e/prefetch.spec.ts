import { expect, test } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

// The next page is prefetched when the rate limit has headroom: read from the headers when the page may
// see them, else from the pacer's own estimate. Auth0 most likely hides them, so both must work.

for (const mode of [
  { name: 'hidden from the page (default)', expose: false },
  { name: 'exposed to the page (--expose-rate-limit-headers)', expose: true },
]) {
  test.describe(`rate-limit headers ${mode.name}`, () => {
    const environment = useEnvironment({ seed: 'demo', exposeRateLimitHeaders: mode.expose });

    test('the next page is prefetched once the first shows, so Next needs no request', async ({ page }) => {
      const { dashboard, tenant } = environment();
      const pageRequests: number[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (request.method() !== 'GET' || !request.url().startsWith(`${tenant.url}/api/v2/client-grants?`)) return;
        pageRequests.push(Number(url.searchParams.get('page')));
      });
      await connectToLocalTenant(page, dashboard.url);
      await expect.poll(() => pageRequests).toContain(1);
      const second = pageRequests.filter((n) => n === 1).length;
      const firstRow = grantsTable(page).getByRole('button', { name: /^Open grant / }).first();
      const firstLabel = await firstRow.getAttribute('aria-label');
      await page.getByRole('button', { name: 'Go to next page' }).click();
      await expect(firstRow).not.toHaveAttribute('aria-label', firstLabel ?? '');
      await expect(grantsTable(page)).toHaveAttribute('aria-busy', 'false');
      expect(pageRequests.filter((n) => n === 1)).toHaveLength(second);
    });
  });
}
