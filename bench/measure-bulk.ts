import type { Browser, Page } from '@playwright/test';
import { callApi } from '../e2e/support/tenant-api.ts';
import { DEFAULT_LIMIT, startSeededSite, watchApi, type Site } from './measure-index.ts';

// Issue #15's figure: a bulk scope change of 500 grants at the local tenant's default rate limit (50/16),
// against the floor the limit allows: (requests − burst) ÷ rate, where a grant costs a re-read, a PATCH
// and a read-back. The tenant is scale:500 (its grants over 10 APIs, plus the dashboard's own grants on the
// Management API); removing every scope of those 10 APIs changes 498 grants, the figure's "500".

export type BulkRun = {
  headers: 'hidden' | 'exposed';
  grants: number;
  ms: number;
  requests: number;
  floorMs: number;
  status429: number;
  failed: number;
};

type Api = { identifier: string; name: string; is_system?: boolean; scopes?: { value: string }[] };

/** The scopes of the seed's own APIs (not the Management API's, nor the grantless 1,000-scope API). */
async function seedScopes(site: Site): Promise<string[]> {
  const apis = await callApi<Api[]>(site.tenant, 'resource-servers?per_page=100');
  const own = apis.filter(
    (api) => !api.is_system && /^https:\/\/api-\d+\.example\.com\/$/.test(api.identifier),
  );
  return [...new Set(own.flatMap((api) => (api.scopes ?? []).map((scope) => scope.value)))].sort();
}

async function selectAllGrants(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: /^Select all [\d,]+ that match$/ }).click();
  await page.getByText(/grants that match are selected\.$/).waitFor({ timeout: 60_000 });
}

async function chooseRemovals(page: Page, scopes: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  const field = page
    .getByRole('dialog', { name: 'Change scopes' })
    .getByRole('combobox', { name: 'Remove scopes' });
  for (const scope of scopes) {
    await field.fill(scope);
    await page.getByRole('option', { name: scope, exact: true }).click();
  }
}

/** One 500-grant change on a fresh tenant, timed from Apply to the last grant's result. */
export async function measureBulkChange(browser: Browser, headers: BulkRun['headers']): Promise<BulkRun> {
  const limit = `${DEFAULT_LIMIT.burst}/${DEFAULT_LIMIT.perSecond}`;
  const site = await startSeededSite(
    'scale:500',
    headers === 'exposed' ? ['--expose-rate-limit-headers'] : [],
    limit,
  );
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await selectAllGrants(page, site.url);
    await chooseRemovals(page, await seedScopes(site));
    const dialog = page.getByRole('dialog', { name: 'Change scopes' });
    // "Preview (500)": the grants Apply will change.
    const heading = await dialog.getByRole('heading', { name: /^Preview \(/ }).textContent();
    const changing = Number(/\(([\d,]+)\)/.exec(heading ?? '')?.[1]?.replace(/,/g, '') ?? 0);
    // A full bucket at the start, as the floor assumes (50 at 16/s refill in about 3 s).
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const counts = watchApi(page);
    const started = performance.now();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: new RegExp(`^${changing} of [\\d,]+ changed`) })
      .waitFor({ timeout: 600_000 });
    const ms = performance.now() - started;
    const paced = counts.requests - counts.status429;
    const floorMs = (Math.max(0, paced - DEFAULT_LIMIT.burst) / DEFAULT_LIMIT.perSecond) * 1000;
    return {
      headers,
      grants: changing,
      ms,
      requests: counts.requests,
      floorMs,
      status429: counts.status429,
      failed: counts.failed,
    };
  } finally {
    await context.close();
    await site.close();
  }
}
