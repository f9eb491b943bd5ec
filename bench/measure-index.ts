import type { Browser, Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { startDashboardServer } from '../scripts/serve-dashboard.ts';
import { startTenantProcess, type TenantProcess } from '../scripts/local-tenant-process.ts';
import { outDir } from './setup.ts';

// Issue #13's figures: reading the whole tenant into the index, paced under the local tenant's default
// rate limit (50 burst, 16 per second) with its headers hidden (as on Auth0) and exposed, and at
// scale:100000 with no limit next to a plain sequential fetch loop; then the long tasks of a scope search.

export const DEFAULT_LIMIT = { burst: 50, perSecond: 16 };

export type PacedRead = { headers: 'hidden' | 'exposed'; ms: number; requests: number; floorMs: number; status429: number; failed: number };
export type ScaleRead = { appMs: number; loopMs: number; requests: number; heapKb: number; grants: number };
export type SearchRun = { answerMs: number; longestTaskMs: number; scrollLongestTaskMs: number };

export type Site = { tenant: TenantProcess; url: string; close(): Promise<void> };

/**
 * The least time the tenant's bucket allows for `requests` (429s excluded: they take no token), from a full
 * bucket at the default limit: the first `burst` go at once, the rest at `perSecond`.
 */
export function rateLimitFloorMs(requests: number, status429: number): number {
  return (Math.max(0, requests - status429 - DEFAULT_LIMIT.burst) / DEFAULT_LIMIT.perSecond) * 1000;
}

export async function startSeededSite(seed: string, extraArgs: string[], rateLimit?: string): Promise<Site> {
  // 90 s, as bench/setup.ts's sites: on a loaded machine the default 20 s was not enough for scale:1000.
  const tenant = await startTenantProcess({ seed, rateLimit, extraArgs, startTimeoutMs: 90_000 });
  const dashboard = await startDashboardServer({
    root: outDir,
    port: 0,
    localTenant: { domain: tenant.domain, clientId: DEFAULT_ADMIN_CLIENT_ID, clientSecret: DEFAULT_ADMIN_CLIENT_SECRET },
  });
  return { tenant, url: dashboard.url, close: async () => void (await Promise.all([dashboard.close(), tenant.stop()])) };
}

/** Counts the Management API requests a page sends and how they ended, from the first one on. */
export function watchApi(page: Page) {
  const counts = { requests: 0, status429: 0, failed: 0, firstAt: 0 };
  page.on('request', (request) => {
    if (!request.url().includes('/api/v2/')) return;
    if (counts.requests++ === 0) counts.firstAt = performance.now();
  });
  page.on('response', (response) => {
    if (response.url().includes('/api/v2/') && response.status() === 429) counts.status429++;
  });
  // A request that got no answer at all; a 429 whose body the app cancelled is not a failure.
  page.on('requestfailed', async (request) => {
    if (request.url().includes('/api/v2/') && !(await request.response())) counts.failed++;
  });
  return counts;
}

export async function connectToAccess(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/?view=access`);
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
}

export async function waitRead(page: Page, timeout: number): Promise<void> {
  await page.getByText(/^Tenant read /).waitFor({ timeout });
}

/**
 * One read of a fresh scale:10000 tenant (a full bucket) at the default limit; the floor is (requests − burst) ÷ rate.
 * Seeded without organizations (`orgs=0`): this figure times the grants, as it always did; with scale:10000's 300
 * organizations the read would go on for 300 more requests after them. The organizations phase then costs one
 * request (the count, which finds none), inside the floor. bench/measure-organizations.ts times organizations.
 */
export async function measurePacedRead(browser: Browser, headers: PacedRead['headers']): Promise<PacedRead> {
  const site = await startSeededSite('scale:10000:orgs=0', headers === 'exposed' ? ['--expose-rate-limit-headers'] : [], `${DEFAULT_LIMIT.burst}/${DEFAULT_LIMIT.perSecond}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counts = watchApi(page);
    await connectToAccess(page, site.url);
    await waitRead(page, 120_000);
    const ms = performance.now() - counts.firstAt;
    const floorMs = rateLimitFloorMs(counts.requests, counts.status429);
    return { headers, ms, requests: counts.requests, floorMs, status429: counts.status429, failed: counts.failed };
  } finally {
    await context.close();
    await site.close();
  }
}

/**
 * The same requests the index makes, sent one after another by a bare loop in the page: the floor at no
 * limit. A string, not a function: tsx would wrap the loop's inner functions in a helper the page lacks.
 */
const plainLoopSource = `async ({ base, token }) => {
  const headers = { Authorization: 'Bearer ' + token };
  const get = async (path) => (await fetch(base + '/api/v2/' + path, { headers })).json();
  const started = performance.now();
  for (let page = 0; ; page++) {
    const body = await get('resource-servers?page=' + page + '&per_page=100&include_totals=true');
    if ((page + 1) * 100 >= body.total) break;
  }
  for (let page = 0; ; page++) {
    const body = await get('clients?page=' + page + '&per_page=100&include_totals=true&fields=client_id,name,app_type,is_first_party&include_fields=true');
    if ((page + 1) * 100 >= body.total) break;
  }
  await get('client-grants?page=0&per_page=1&include_totals=true');
  let grants = 0;
  let from = '';
  do {
    const body = await get('client-grants?take=100' + (from ? '&from=' + from : ''));
    grants += body.client_grants.length;
    from = body.next ?? '';
  } while (from);
  return { ms: performance.now() - started, grants };
}`;

async function plainLoop(page: Page, tenantUrl: string, token: string): Promise<{ ms: number; grants: number }> {
  return page.evaluate(`(${plainLoopSource})(${JSON.stringify({ base: tenantUrl, token })})`) as Promise<{ ms: number; grants: number }>;
}

async function adminToken(tenant: TenantProcess): Promise<string> {
  const response = await fetch(`${tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: DEFAULT_ADMIN_CLIENT_ID, client_secret: DEFAULT_ADMIN_CLIENT_SECRET, audience: tenant.audience }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Resource timing entries a page keeps: the default 250 would stop counting a 1,100-request read. */
export const RESOURCE_ENTRIES = 5000;

/**
 * The app's read timed in the page, as the loop times itself: from the first Management API request's start (resource
 * timing) to now, just after "Tenant read" showed. Not with Playwright's request events (watchApi): subscribing to
 * them makes the browser and the driver handle protocol messages for every request, on this 2-core machine, which the
 * loop's read never paid for (one pair, /proc CPU time: the driver's node 3.6 s with them, 2.2 s without).
 */
export function readTimeInPage(): { appMs: number; requests: number } {
  const api = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/v2/'));
  return { appMs: performance.now() - (api[0]?.startTime ?? Number.NaN), requests: api.length };
}

/**
 * A pause after each read, whichever it is: closing a context leaves work behind (IndexedDB dropping the journal,
 * the tenant collecting garbage) that otherwise lands on the read that comes next.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

/**
 * scale:100000, no rate limit: the app's read next to the bare loop, each in a fresh page, `runs` times. Without
 * organizations (`orgs=0`), like the loop: its 3,000 would add 3,000 requests the loop does not make.
 */
export async function measureScaleReads(browser: Browser, runs: number): Promise<ScaleRead[]> {
  const site = await startSeededSite('scale:100000:orgs=0', [], 'off');
  const results: ScaleRead[] = [];
  try {
    const token = await adminToken(site.tenant);
    const readWithLoop = async () => {
      const loopContext = await browser.newContext();
      const loopPage = await loopContext.newPage();
      await loopPage.goto(`${site.url}/baseline.html`);
      const loop = await plainLoop(loopPage, site.tenant.url, token);
      await loopContext.close();
      await settle();
      return loop;
    };
    const readWithApp = async () => {
      const context = await browser.newContext();
      await context.addInitScript({ content: `performance.setResourceTimingBufferSize(${RESOURCE_ENTRIES})` });
      const page = await context.newPage();
      await connectToAccess(page, site.url);
      await waitRead(page, 300_000);
      const { appMs, requests } = await page.evaluate(readTimeInPage);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await context.close();
      await settle();
      return { appMs, requests, heapKb: usedSize / 1024 };
    };
    for (let run = 0; run < runs; run++) {
      // The order alternates: with the loop always first, it always met the tenant process before the app's 1,100
      // requests of that pair did (and the first loop of a run was the fastest figure in every run). Alternating
      // gives neither side the fresher tenant.
      const loopFirst = run % 2 === 0;
      const loop = loopFirst ? await readWithLoop() : undefined;
      const app = await readWithApp();
      const { ms: loopMs, grants } = loop ?? (await readWithLoop());
      results.push({ ...app, loopMs, grants });
    }
  } finally {
    await site.close();
  }
  return results;
}

/** Scrolls the access matrix (1,000 apps × 100 APIs) with the wheel, down and across; the longest task meanwhile. */
async function scrollMatrix(page: Page): Promise<number> {
  const grid = page.getByRole('grid', { name: 'Access matrix' });
  await grid.scrollIntoViewIfNeeded();
  const box = await grid.boundingBox();
  if (!box) return Number.NaN;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(step % 4 === 3 ? 600 : 0, 800);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** After the index is ready (scale:10000, no limit): choosing a scope → its holders, and the longest task meanwhile. */
export async function measureScopeSearch(browser: Browser, runs: number): Promise<SearchRun[]> {
  const site = await startSeededSite('scale:10000', [], 'off');
  const context = await browser.newContext();
  const results: SearchRun[] = [];
  try {
    const page = await context.newPage();
    await connectToAccess(page, site.url);
    await waitRead(page, 120_000);
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const combobox = page.getByRole('combobox', { name: 'Scope' });
    for (let run = 0; run < runs; run++) {
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      await combobox.click();
      await combobox.fill(run % 2 ? 'read' : 'delete');
      const option = page.getByRole('listbox').getByRole('option').nth(run + 1);
      await option.waitFor();
      const started = performance.now();
      await option.click();
      await page.getByRole('table', { name: 'Applications holding the scope' }).waitFor();
      const answerMs = performance.now() - started;
      const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
      results.push({ answerMs, longestTaskMs, scrollLongestTaskMs: await scrollMatrix(page) });
    }
  } finally {
    await context.close();
    await site.close();
  }
  return results;
}
