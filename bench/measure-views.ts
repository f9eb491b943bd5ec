import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { NetworkLog, type ActionRequests } from './network.ts';
import { clickToFirstRows, forgetStamps, resetFirst, waitNames, waitStamp } from './probe.ts';
import type { Site } from './setup.ts';

// One run of the views an admin waits for: the connect form, Connect → rows, and (staying connected
// in the tab) a reload to the first rows, cold and warm, each next to the baseline page loaded the same way.

export type ViewRun = {
  connectViewJs: number;
  connectViewCss: number;
  firstViewJs: number;
  firstViewCss: number;
  connectToRows: number;
  stayedCold: number;
  stayedWarm: number;
  baselineCold: number;
  baselineWarm: number;
  connectRequests: ActionRequests;
  firstViewRequests: ActionRequests;
  baselineRequests: ActionRequests;
  /** Where the stayed-connected cold load spends its time (ms since navigation start, Resource Timing). */
  stayedTimeline: Timeline;
  baselineTimeline: Timeline;
};

export type Timeline = { listStart: number; listEnd: number; rows: number; namesEnd: number };

/** The first client-grants request's start and end, and when the last name (clients, APIs) arrived. */
async function timeline(page: Page, rows: number): Promise<Timeline> {
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
  );
  const list = entries.find((e) => e.name.includes('/api/v2/client-grants'));
  const names = entries.filter((e) => /\/api\/v2\/(clients|resource-servers)/.test(e.name));
  return {
    listStart: list?.start ?? Number.NaN,
    listEnd: list?.end ?? Number.NaN,
    rows,
    namesEnd: names.length ? Math.max(...names.map((e) => e.end)) : Number.NaN,
  };
}

export const rowsButton = (page: Page) => page.getByRole('button', { name: /^Open grant / }).first();

async function setCache(cdp: CDPSession, enabled: boolean): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !enabled });
}

/** page.goto, then the probe's first-rows stamp (ms since navigation start). */
async function gotoRows(page: Page, url: string): Promise<number> {
  forgetStamps(page);
  await page.goto(url);
  const at = await waitStamp(page, 'firstRowsAt');
  await rowsButton(page).waitFor();
  return at;
}

export async function measureViews(context: BrowserContext, site: Site): Promise<ViewRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const log = new NetworkLog(page, site.tenant.url);
  const url = site.dashboard.url + '/';

  // A new admin: the connect form (fresh context, empty cache), then Connect to local tenant.
  let mark = log.mark();
  await page.goto(url);
  const connect = page.getByRole('button', { name: 'Connect to local tenant' });
  await connect.waitFor();
  await log.settle();
  const connectView = await log.transferSince(mark);
  await page.getByRole('checkbox', { name: /^Stay connected in this tab/ }).check();
  await resetFirst(page);
  mark = log.mark();
  await connect.click();
  const connectToRows = await clickToFirstRows(page);
  await waitNames(page);
  await log.settle();
  const connectRequests = log.requestsSince(mark);

  // Stayed connected: a fresh navigation in the same tab, nothing cached (cold) …
  await setCache(cdp, false);
  mark = log.mark();
  const stayedCold = await gotoRows(page, url);
  await waitNames(page);
  await log.settle();
  const firstView = await log.transferSince(mark);
  const firstViewRequests = log.requestsSince(mark);
  const stayedTimeline = await timeline(page, stayedCold);
  mark = log.mark();
  const baselineCold = await gotoRows(page, site.dashboard.url + '/baseline.html');
  await log.settle();
  const baselineRequests = log.requestsSince(mark);
  const baselineTimeline = await timeline(page, baselineCold);

  // … and with the HTTP cache (a reload the next morning: the assets were cached by the first visit above).
  await setCache(cdp, true);
  const stayedWarm = await gotoRows(page, url);
  await log.settle();
  await gotoRows(page, site.dashboard.url + '/baseline.html'); // its script was only ever loaded uncached
  const baselineWarm = await gotoRows(page, site.dashboard.url + '/baseline.html');
  await page.close();
  return {
    connectViewJs: connectView.js,
    connectViewCss: connectView.css,
    firstViewJs: firstView.js,
    firstViewCss: firstView.css,
    connectToRows,
    stayedCold,
    stayedWarm,
    baselineCold,
    baselineWarm,
    connectRequests,
    firstViewRequests,
    baselineRequests,
    stayedTimeline,
    baselineTimeline,
  };
}
