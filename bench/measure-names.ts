import type { BrowserContext, Page } from '@playwright/test';
import { NetworkLog } from './network.ts';
import { clickToFirstRows, forgetStamps, waitStamp } from './probe.ts';
import type { Site } from './setup.ts';

// Issue 17 §2: application names on a tenant with 10,000 apps (scale:100000, 101 pages of /clients) under
// Auth0's free-tenant rate limit (2 requests/s): Connect, then a reload of the same tab (stayed connected).

export type NamesRun = {
  /** Connect click → first rows painted. */
  connectRows: number;
  /** Connect click → every visible row shows its app's name (no "Name loading…" left). */
  connectNames: number;
  /** Connect click → the whole list read and kept for the tab. */
  backgroundDone: number;
  /** GET /clients requests of the connection, 429s among every tenant answer meanwhile. */
  clientsRequests: number;
  clientsDuplicates: number;
  tooMany: number;
  /** Reload (stayed connected): navigation start → rows, → names in the visible rows. */
  reloadRows: number;
  reloadNames: number;
  reloadClientsRequests: number;
};

/** ms on the page's clock once the visible rows carry names (none still "Name loading…"). */
async function namesShownAt(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const table = document.querySelector('table[aria-label="Client grants"]');
      const rows = document.querySelectorAll('[aria-label^="Open grant "]').length;
      return rows > 0 && table && !(table.textContent ?? '').includes('Name loading…') ? performance.now() : null;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

async function storedAt(page: Page, domain: string, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (sessionStorage.getItem(key) ? performance.now() : null),
    `client-grants:names:clients:${domain}`,
    { timeout, polling: 100 },
  );
  return Number(await handle.jsonValue());
}

const clientsCalls = (log: NetworkLog, mark: { calls: number }) => {
  const calls = log.requestsSince(mark).calls.filter((c) => new URL(c.url).pathname === '/api/v2/clients');
  return { count: calls.length, duplicates: calls.length - new Set(calls.map((c) => c.url)).size };
};

export async function measureNames(context: BrowserContext, site: Site): Promise<NamesRun> {
  const page = await context.newPage();
  const log = new NetworkLog(page, site.tenant.url);
  let tooMany = 0;
  page.on('response', (response) => {
    if (response.url().startsWith(site.tenant.url) && response.status() === 429) tooMany++;
  });
  await page.goto(site.dashboard.url + '/');
  await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  let mark = log.mark();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  const connectRows = await clickToFirstRows(page);
  const clickAt = Number(await page.evaluate(() => (window as unknown as { __bench: { state: { lastClickAt: number } } }).__bench.state.lastClickAt));
  const connectNames = (await namesShownAt(page, 180_000)) - clickAt;
  const backgroundDone = (await storedAt(page, site.tenant.domain, 180_000)) - clickAt;
  await log.settle();
  const connection = clientsCalls(log, mark);
  const tooManyOnConnect = tooMany;

  mark = log.mark();
  forgetStamps(page);
  await page.reload();
  const reloadRows = await waitStamp(page, 'firstRowsAt');
  const reloadNames = await namesShownAt(page, 30_000);
  await log.settle(1000);
  const reload = clientsCalls(log, mark);
  await page.close();
  return {
    connectRows,
    connectNames,
    backgroundDone,
    clientsRequests: connection.count,
    clientsDuplicates: connection.duplicates,
    tooMany: tooManyOnConnect,
    reloadRows,
    reloadNames,
    reloadClientsRequests: reload.count,
  };
}
