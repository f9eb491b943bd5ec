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
  /** GET /clients requests of the connection (429 retries included), pages answered 200 twice, 429s of any request. */
  clientsRequests: number;
  clientsDuplicates: number;
  tooMany: number;
  /** Reload (stayed connected): navigation start → rows, → names in the visible rows. */
  reloadRows: number;
  reloadNames: number;
  reloadClientsRequests: number;
};

// Installed before any page script: stamps (rAF after the mutation) the first frame where rows are shown and
// none says "Name loading…", on the page's clock. A string: tsx would wrap inner functions in a `__name` helper.
const namesProbe = `(() => {
  const state = { at: null, pending: false };
  window.__namesShown = state;
  const met = () => {
    const table = document.querySelector('table[aria-label="Client grants"]');
    return !!table && table.querySelector('[aria-label^="Open grant "]') !== null && !(table.textContent || '').includes('Name loading…');
  };
  new MutationObserver(() => {
    if (state.at !== null || state.pending || !met()) return;
    state.pending = true;
    requestAnimationFrame(() => { state.at = performance.now(); });
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** ms on the page's clock of the first frame whose visible rows all carry names. */
async function namesShownAt(page: Page, timeout: number): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __namesShown?: { at: number | null } }).__namesShown?.at ?? null,
    undefined,
    { timeout, polling: 100 },
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

const isClients = (url: string) => new URL(url).pathname === '/api/v2/clients';

/** Every /clients request (429 retries included) and the pages answered 200 more than once. */
class ClientsReads {
  requests = 0;
  pagesReadTwice = 0;
  tooMany = 0;
  private read = new Set<string>();

  constructor(page: Page, tenantUrl: string) {
    page.on('request', (request) => {
      if (request.url().startsWith(tenantUrl) && request.method() === 'GET' && isClients(request.url())) this.requests++;
    });
    page.on('response', (response) => {
      if (!response.url().startsWith(tenantUrl)) return;
      if (response.status() === 429) this.tooMany++;
      if (response.status() !== 200 || !isClients(response.url())) return;
      if (this.read.has(response.url())) this.pagesReadTwice++;
      this.read.add(response.url());
    });
  }

  snapshot() {
    return { requests: this.requests, pagesReadTwice: this.pagesReadTwice, tooMany: this.tooMany };
  }

  reset(): void {
    this.requests = 0;
    this.pagesReadTwice = 0;
    this.tooMany = 0;
    this.read.clear();
  }
}

export async function measureNames(context: BrowserContext, site: Site): Promise<NamesRun> {
  await context.addInitScript(namesProbe);
  const page = await context.newPage();
  const log = new NetworkLog(page, site.tenant.url);
  const reads = new ClientsReads(page, site.tenant.url);
  await page.goto(site.dashboard.url + '/');
  await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  const connectRows = await clickToFirstRows(page);
  const clickAt = Number(await page.evaluate(() => (window as unknown as { __bench: { state: { lastClickAt: number } } }).__bench.state.lastClickAt));
  const connectNames = (await namesShownAt(page, 180_000)) - clickAt;
  const backgroundDone = (await storedAt(page, site.tenant.domain, 180_000)) - clickAt;
  await log.settle();
  const connection = reads.snapshot();

  reads.reset();
  forgetStamps(page);
  await page.reload();
  const reloadRows = await waitStamp(page, 'firstRowsAt');
  const reloadNames = await namesShownAt(page, 30_000);
  await log.settle(1000);
  await page.close();
  return {
    connectRows,
    connectNames,
    backgroundDone,
    clientsRequests: connection.requests,
    clientsDuplicates: connection.pagesReadTwice,
    tooMany: connection.tooMany,
    reloadRows,
    reloadNames,
    reloadClientsRequests: reads.requests,
  };
}
