import { expect, test } from '@playwright/test';
import { expectedHolders, expectTenantRead, grantIdsIn, holdersTable } from './support/access.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi } from './support/tenant-api.ts';

// The Access view reads the whole tenant in the background. With a bucket of 2 that refills 2 per second the
// read runs into 429s at once; it must wait them out (saying so), finish with no error shown, and give the same
// answer as the API. Both header modes: hidden (Auth0's most likely behaviour) and exposed.
for (const mode of [
  { name: 'hidden from the page (default)', expose: false },
  { name: 'exposed to the page (--expose-rate-limit-headers)', expose: true },
]) {
  test.describe(`rate-limit headers ${mode.name}`, () => {
    const environment = useEnvironment({ seed: 'demo', rateLimit: '2/2', exposeRateLimitHeaders: mode.expose });

    test('a 429 storm while reading the tenant completes with no error shown and the same answer', async ({ page }) => {
      const { dashboard, tenant } = environment();
      // The test's own reads go first and share the bucket; the dashboard starts once they are done.
      const grants = await allGrants(tenant);
      const management = (await callApi<{ resource_servers: { identifier: string; name: string }[] }>(tenant, 'resource-servers?per_page=100&include_totals=true')).resource_servers.find((a) =>
        a.identifier.endsWith('/api/v2/'),
      )!;
      const expected = expectedHolders(grants, management.identifier, 'read:client_grants');
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(`${tenant.url}/api/v2/`) && response.request().method() !== 'OPTIONS') statuses.push(response.status());
      });
      const search = new URLSearchParams({ view: 'access', scope: 'read:client_grants', audience: management.identifier });
      await page.goto(`${dashboard.url}/?${search}`);
      await page.getByRole('button', { name: 'Connect to local tenant' }).click();
      // Hidden headers: the dashboard can only learn the limit from 429s, and says it is waiting. Exposed: it
      // paces from the headers and may never meet one; either way nothing fails.
      if (!mode.expose) await expect(page.getByRole('status').filter({ hasText: /Rate limited by the tenant — retrying in \d+ s/ })).toBeVisible({ timeout: 20_000 });
      await expectTenantRead(page);
      await expect.poll(() => grantIdsIn(holdersTable(page))).toEqual(expected);
      if (!mode.expose) expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 429 && status !== 200)).toEqual([]);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(new RegExp(`^Tenant read .*: ${grants.length} grants`))).toBeVisible();
    });
  });
}
