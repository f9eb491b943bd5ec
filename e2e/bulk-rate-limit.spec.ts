import { expect, test } from '@playwright/test';
import { changeScopesDialog, chooseScope, grantsOf, openApiGrants, startStorm } from './support/bulk.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

const notifications = 'https://notifications.example.com/';

// A small bucket (4, refilling 4 per second) that a colleague's script empties with 4 reads at once every
// 1.5 s while Apply runs: the batch's re-read, PATCH and read-back per grant meet 429s again and again, even
// when the page can read the rate-limit headers. Run with the headers hidden from the page and exposed.
for (const mode of [
  { name: 'hidden', expose: false },
  { name: 'exposed', expose: true },
]) {
  test.describe(`rate-limit headers ${mode.name}`, () => {
    const environment = useEnvironment({
      seed: 'demo',
      rateLimit: '4/4',
      exposeRateLimitHeaders: mode.expose,
    });

    test('a 429 storm during Apply slows the batch down and every grant is changed, with no error shown', async ({
      page,
    }) => {
      // The storm takes the whole bucket every 1.5 s, and each 429 halves the pacer's estimate: with the headers
      // exposed the six grants took 19-51 s in five runs here, so the run gets room on a slower machine.
      test.setTimeout(180_000);
      const { tenant, dashboard } = environment();
      const grants = await grantsOf(tenant, notifications);
      const holders = grants.filter((grant) => grant.scope?.includes('create:templates'));
      const skipped = grants.length - holders.length;
      expect(holders.length).toBeGreaterThan(3);
      const statuses: number[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(`${tenant.url}/api/v2/client-grants/`))
          statuses.push(response.status());
      });

      await connectToLocalTenant(page, dashboard.url);
      await openApiGrants(page, dashboard.url, notifications);
      await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
      await page.getByRole('button', { name: 'Change scopes…' }).click();
      await chooseScope(page, 'Remove scopes', 'create:templates');
      // The wait is said for as long as it lasts, often under a second (with the headers visible, until the next
      // whole-second reset): polling for it can miss it, so the page itself records that it was shown.
      await page.evaluate(() => {
        const seen = window as unknown as { sawRateLimitWait?: boolean };
        new MutationObserver(() => {
          const text = document.querySelector('[role="dialog"]')?.textContent ?? '';
          if (/rate limited, continuing in \d+ s/.test(text)) seen.sawRateLimitWait = true;
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const stopStorm = await startStorm(tenant, 4, 1500);
      try {
        await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { sawRateLimitWait?: boolean }).sawRateLimitWait === true), {
            timeout: 30_000,
          })
          .toBe(true);
        await expect(changeScopesDialog(page).getByRole('status')).toHaveText(
          `${holders.length} of ${grants.length} changed, ${skipped} skipped.`,
          {
            timeout: 120_000,
          },
        );
      } finally {
        stopStorm();
      }

      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status !== 429 && status !== 200)).toEqual([]);
      await expect(page.getByRole('alert')).toHaveCount(0);
      for (const grant of await grantsOf(tenant, notifications))
        expect(grant.scope ?? []).not.toContain('create:templates');
    });
  });
}
