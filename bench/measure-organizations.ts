import type { Browser } from '@playwright/test';
import { connectToAccess, DEFAULT_LIMIT, rateLimitFloorMs, startSeededSite, waitRead, watchApi } from './measure-index.ts';

// Issue #26's figure: the tenant index reading 1,000 organizations and 10,000 associations (scale:1000:orgs=1000,
// ten per organization, one request each) at the local tenant's default limit (50 burst, 16 per second), against
// the floor the rate limit sets for the requests the whole read sent (grants, names and organizations:
// scale:1000's grants are 11 of about 1,040 requests). Timed like the grants' paced read: from the first
// request to "Tenant read …", which shows only once the organizations phase has ended.

export const ORGANIZATIONS_SEED = 'scale:1000:orgs=1000';
export const ORGANIZATIONS_EXPECTED = 1000;

export type OrganizationsRead = {
  headers: 'hidden' | 'exposed';
  ms: number;
  requests: number;
  floorMs: number;
  status429: number;
  failed: number;
  /** Organizations the summary said were read (1,000 when the phase completed). */
  organizations: number;
};

export async function measureOrganizationsRead(browser: Browser, headers: OrganizationsRead['headers']): Promise<OrganizationsRead> {
  const extra = headers === 'exposed' ? ['--expose-rate-limit-headers'] : [];
  const site = await startSeededSite(ORGANIZATIONS_SEED, extra, `${DEFAULT_LIMIT.burst}/${DEFAULT_LIMIT.perSecond}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counts = watchApi(page);
    await connectToAccess(page, site.url);
    await waitRead(page, 300_000);
    const ms = performance.now() - counts.firstAt;
    const summary = (await page.getByText(/^Tenant read /).textContent()) ?? '';
    const organizations = Number(/([\d,]+) organizations/.exec(summary)?.[1]?.replaceAll(',', '') ?? Number.NaN);
    const floorMs = rateLimitFloorMs(counts.requests, counts.status429);
    return { headers, ms, requests: counts.requests, floorMs, status429: counts.status429, failed: counts.failed, organizations };
  } finally {
    await context.close();
    await site.close();
  }
}
