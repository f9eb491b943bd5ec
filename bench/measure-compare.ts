import type { Browser, BrowserContext, Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { startTenantProcess, type TenantProcess } from '../scripts/local-tenant-process.ts';
import { DEFAULT_LIMIT, rateLimitFloorMs, startSeededSite } from './measure-index.ts';

// Issue #27's figures. (a) Comparing two scale:10000 tenants, each its own local tenant process at the default
// limit (50 burst, 16/s), against the time the rate limits allow for reading both. (b) A diff of 10,000 rows:
// the time from choosing the file that makes it to its first data row painted, and the longest task while the
// Differences are wheel-scrolled. Only accessible names are used (the table **Differences**, rows holding cells),
// so the figures hold whether the table is a plain table or a virtualised grid.

/**
 * Seeded without organizations: scale:10000's 300 organizations would add 300+ requests per tenant after the
 * grants, which "reading both" (the grants, apps and APIs) does not need. The floor below counts every request
 * the page sent either way, so this changes what is read, not how it is judged.
 */
export const COMPARE_SEED = 'scale:10000:orgs=0';

export type CompareRead = {
  /** From the first Management API request (to either tenant) to the Differences final. */
  ms: number;
  /** max(floor A, offset B + floor B): both reads side by side, each at its own limit from a full bucket. */
  floorMs: number;
  floorAMs: number;
  floorBMs: number;
  /** When B's first request went out, after A's first (the two clicks choosing Source and Target). */
  offsetBMs: number;
  /** When the last answer from each tenant arrived, after A's first request: where the reads ended. */
  lastAMs: number;
  lastBMs: number;
  requestsA: number;
  requestsB: number;
  status429: number;
  failed: number;
  /** The counts line the page showed at the end ("0 only in source, …"). */
  counts: string;
};

export type DiffRowsRun = {
  /** The file's `change` event → the first frame painting a data row of **Differences**. */
  firstRowsMs: number;
  /** Longest task while the Differences are wheel-scrolled. */
  scrollLongestTaskMs: number;
  /** Rows (by role) drawn in the table after the first rows, header included. */
  rowsDrawn: number;
  counts: string;
};

/** Per tenant host: requests sent, 429s and requests that got no answer, and when the first went out. */
function watchHosts(page: Page) {
  const hosts = new Map<string, { requests: number; status429: number; failed: number; firstAt: number; lastAt: number }>();
  const of = (url: string) => {
    const { host } = new URL(url);
    let entry = hosts.get(host);
    if (!entry) hosts.set(host, (entry = { requests: 0, status429: 0, failed: 0, firstAt: 0, lastAt: 0 }));
    return entry;
  };
  page.on('request', (request) => {
    if (!request.url().includes('/api/v2/')) return;
    const entry = of(request.url());
    if (entry.requests++ === 0) entry.firstAt = performance.now();
  });
  page.on('response', (response) => {
    if (!response.url().includes('/api/v2/')) return;
    const entry = of(response.url());
    entry.lastAt = performance.now();
    if (response.status() === 429) entry.status429++;
  });
  page.on('requestfailed', async (request) => {
    if (request.url().includes('/api/v2/') && !(await request.response())) of(request.url()).failed++;
  });
  return (host: string) => of(`http://${host}/`);
}

async function adminToken(tenant: TenantProcess): Promise<string> {
  const response = await fetch(`${tenant.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: DEFAULT_ADMIN_CLIENT_ID, client_secret: DEFAULT_ADMIN_CLIENT_SECRET, audience: tenant.audience }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const sideGroup = (page: Page, label: 'Source' | 'Target') => page.getByRole('group', { name: label });
const countsStatus = (page: Page) => page.getByRole('status').filter({ hasText: / only in source, / });

/** Both tenants connected in this tab (Stay connected), so a reload starts both reads again with nothing cached. */
async function connectBoth(page: Page, url: string, b: TenantProcess): Promise<void> {
  await page.goto(`${url}/?view=compare`);
  await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await page.getByRole('button', { name: 'Connect another tenant…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect another tenant' });
  await dialog.getByRole('textbox', { name: 'Domain' }).fill(b.domain);
  await dialog.getByLabel('Management API token').fill(await adminToken(b));
  await dialog.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * True once neither side says it is still reading and the counts are shown: what the page shows when the
 * differences are final (docs/compare.md: "Reading the tenant: the differences are final once it is read").
 */
async function waitFinal(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const statuses = [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '');
      return statuses.some((text) => / only in source, /.test(text)) && !statuses.some((text) => text.startsWith('Reading the tenant'));
    },
    undefined,
    { timeout, polling: 'raf' },
  );
}

/** One comparison of A (the dashboard's tenant) with B (connected through the dialog), both at 50/16. */
async function compareOnce(context: BrowserContext, url: string, a: TenantProcess, b: TenantProcess): Promise<CompareRead> {
  const page = await context.newPage();
  await connectBoth(page, url, b);
  await sideGroup(page, 'Source').getByRole('combobox', { name: 'Source' }).selectOption({ label: a.domain });
  // The Target is A until chosen (A against itself): let that first read of A end, then let A's bucket fill again (50 at 16/s is
  // 3.1 s) so the measured reads both start from a full bucket, as the floor assumes. B has sent one request.
  await waitFinal(page, 120_000);
  await page.waitForTimeout((DEFAULT_LIMIT.burst / DEFAULT_LIMIT.perSecond) * 1000 + 1000);
  const host = watchHosts(page);
  await page.reload();
  await sideGroup(page, 'Source').getByRole('combobox', { name: 'Source' }).selectOption({ label: a.domain });
  await sideGroup(page, 'Target').getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });
  await waitFinal(page, 300_000);
  const end = performance.now();
  const [ofA, ofB] = [host(a.domain), host(b.domain)];
  const floorAMs = rateLimitFloorMs(ofA.requests, ofA.status429);
  const floorBMs = rateLimitFloorMs(ofB.requests, ofB.status429);
  const offsetBMs = ofB.firstAt - ofA.firstAt;
  const counts = (await countsStatus(page).textContent()) ?? '';
  await page.close();
  return {
    ms: end - Math.min(ofA.firstAt, ofB.firstAt),
    floorMs: Math.max(floorAMs, offsetBMs + floorBMs),
    floorAMs,
    floorBMs,
    offsetBMs,
    lastAMs: ofA.lastAt - ofA.firstAt,
    lastBMs: ofB.lastAt - ofA.firstAt,
    requestsA: ofA.requests,
    requestsB: ofB.requests,
    status429: ofA.status429 + ofB.status429,
    failed: ofA.failed + ofB.failed,
    counts,
  };
}

/** (a): two scale:10000 tenant processes at 50/16, `runs` comparisons, each from full buckets. */
export async function measureCompareReads(browser: Browser, runs: number): Promise<CompareRead[]> {
  const limit = `${DEFAULT_LIMIT.burst}/${DEFAULT_LIMIT.perSecond}`;
  const [site, b] = await Promise.all([
    startSeededSite(COMPARE_SEED, [], limit),
    startTenantProcess({ seed: COMPARE_SEED, rateLimit: limit, startTimeoutMs: 90_000 }),
  ]);
  const results: CompareRead[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      try {
        results.push(await compareOnce(context, site.url, site.tenant, b));
      } finally {
        await context.close();
      }
    }
  } finally {
    await Promise.all([site.close(), b.stop()]);
  }
  return results;
}

// A string, not a function: tsx would wrap inner functions in a helper the page lacks. Stamps the `change` event
// of the file input and the frame that paints the first row holding a cell in the table named Differences
// (a header row holds column headers, not cells).
const armFirstRows = `(() => {
  const timer = { at: null, done: null };
  window.__compareTimer = timer;
  addEventListener('change', (e) => { if (timer.at === null) timer.at = e.timeStamp; }, { capture: true, once: true });
  const dataRow = () => {
    const table = document.querySelector('[aria-label="Differences"]');
    if (!table) return false;
    return [...table.querySelectorAll('tr, [role="row"]')].some((row) => row.querySelector('td, [role="cell"], [role="gridcell"]'));
  };
  const observer = new MutationObserver(() => {
    if (timer.at === null || !dataRow()) return;
    observer.disconnect();
    requestAnimationFrame(() => { timer.done = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const observeLongTasks = `(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask' });
})()`;

type TimerWindow = { __compareTimer?: { at: number | null; done: number | null }; __longest: number };

/** Wheel-scrolls the Differences (down, and back up twice) with the pointer over them; the longest task meanwhile. */
async function scrollDifferences(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: 'Differences' });
  const box = await table.boundingBox();
  if (!box) return Number.NaN;
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  await page.evaluate(() => ((window as unknown as TimerWindow).__longest = 0));
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, step % 10 === 9 ? -2400 : 800);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.evaluate(() => (window as unknown as TimerWindow).__longest);
}

/**
 * (b): Source = a scale:10000 tenant (no limit: this times the page, not the read), Target = a JSON export holding
 * no grant, so each of the tenant's grants is "only in source". Once per run, each in a fresh page.
 */
export async function measureDiffRows(browser: Browser, runs: number): Promise<DiffRowsRun[]> {
  const site = await startSeededSite(COMPARE_SEED, [], 'off');
  const dir = await mkdtemp(join(tmpdir(), 'compare-bench-'));
  const empty = join(dir, 'empty-export.json');
  await writeFile(empty, '[]\n');
  const results: DiffRowsRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}/?view=compare`);
        await page.getByRole('button', { name: 'Connect to local tenant' }).click();
        await sideGroup(page, 'Source').getByRole('combobox', { name: 'Source' }).selectOption({ label: site.tenant.domain });
        await sideGroup(page, 'Target').getByRole('combobox', { name: 'Target' }).selectOption({ label: 'A file…' });
        const input = sideGroup(page, 'Target').getByLabel('Target file');
        await input.waitFor({ state: 'attached' });
        // The tenant fully read first: the figure is the diff's, not the read's.
        await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').startsWith('Reading the tenant')), undefined, { timeout: 120_000 });
        await page.evaluate(observeLongTasks);
        await page.evaluate(armFirstRows);
        await input.setInputFiles(empty);
        const handle = await page.waitForFunction(
          () => {
            const timer = (window as unknown as TimerWindow).__compareTimer;
            return timer && timer.at !== null && timer.done !== null ? timer.done - timer.at : null;
          },
          undefined,
          { timeout: 60_000, polling: 50 },
        );
        const firstRowsMs = Number(await handle.jsonValue());
        const counts = (await countsStatus(page).textContent()) ?? '';
        const rowsDrawn = await page.getByRole('table', { name: 'Differences' }).getByRole('row').count();
        const scrollLongestTaskMs = await scrollDifferences(page);
        results.push({ firstRowsMs, scrollLongestTaskMs, rowsDrawn, counts });
      } finally {
        await context.close();
      }
    }
  } finally {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
