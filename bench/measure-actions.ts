import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID, DEFAULT_ADMIN_CLIENT_SECRET } from '../local-tenant/defaults.ts';
import { NetworkLog, type ActionRequests } from './network.ts';
import { arm, clickToChange, waitNames, waitStamp } from './probe.ts';
import { rowsButton } from './measure-views.ts';
import type { Site } from './setup.ts';
import { summarize } from './stats.ts';

// One run of the actions on the grants table: paging (20 pages, heap before/after), a filter change,
// and the Create dialog. The prefetched next page runs against a tenant that sends rate-limit headers.

export type ActionRun = {
  nextPage: number;
  /** Median of the 18 further Next clicks (pages 3–20), all not prefetched. */
  pagingMedian: number;
  nextPageRequests: ActionRequests;
  filter: number;
  filterRequests: ActionRequests;
  heapFirst: number;
  heap20: number;
  createOpenRequests: ActionRequests;
  createRequests: ActionRequests | undefined;
  createError?: string;
};

export type PrefetchRun = { nextPage: number; requests: ActionRequests; firstViewRequests: ActionRequests };

async function connected(context: BrowserContext, site: Site): Promise<{ page: Page; log: NetworkLog }> {
  const page = await context.newPage();
  const log = new NetworkLog(page, site.tenant.url);
  await page.goto(site.dashboard.url + '/');
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await waitStamp(page, 'firstRowsAt');
  await rowsButton(page).waitFor();
  await waitNames(page);
  return { page, log };
}

async function heap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function nextPage(page: Page): Promise<number> {
  await arm(page);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  return clickToChange(page);
}

/** An app of the tenant with no grant on some API yet: the create form must not hit the duplicate check. */
async function freshPair(site: Site, run: number): Promise<{ app: string; api: string; scope: string }> {
  const token = (await (
    await fetch(`${site.tenant.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: DEFAULT_ADMIN_CLIENT_ID, client_secret: DEFAULT_ADMIN_CLIENT_SECRET, audience: site.tenant.audience }),
    })
  ).json()) as { access_token: string };
  const get = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${site.tenant.url}/api/v2/${path}`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as T;
  const apps = await get<{ client_id: string; name: string; app_type?: string }[]>(`clients?per_page=50&page=${run + 2}`);
  const app = apps.find((a) => a.app_type === 'non_interactive');
  if (!app) throw new Error('no machine-to-machine app on that page');
  const grants = await get<{ audience: string }[]>(`client-grants?client_id=${app.client_id}&per_page=100`);
  const apis = await get<{ identifier: string; name: string; is_system?: boolean; scopes?: { value: string }[] }[]>('resource-servers?per_page=100');
  const api = apis.find((a) => !a.is_system && a.scopes?.length && !grants.some((g) => g.audience === a.identifier));
  if (!api) throw new Error('no free API for the app');
  return { app: app.name, api: api.name, scope: api.scopes?.[0]?.value ?? '' };
}

const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`);

async function createGrant(page: Page, log: NetworkLog, site: Site, run: number): Promise<ActionRequests> {
  const pair = await freshPair(site, run);
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  const mark = log.mark();
  await dialog.getByRole('combobox', { name: 'Application' }).fill(pair.app);
  await page.getByRole('option', { name: startsWith(pair.app) }).first().click();
  await dialog.getByRole('combobox', { name: 'API' }).fill(pair.api);
  await page.getByRole('option', { name: startsWith(pair.api) }).first().click();
  await dialog.getByRole('group', { name: 'Scopes' }).getByRole('checkbox', { name: pair.scope, exact: true }).check();
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
  await log.settle();
  return log.requestsSince(mark);
}

export async function measureActions(context: BrowserContext, site: Site, run: number): Promise<ActionRun> {
  const { page, log } = await connected(context, site);
  await log.settle();
  const heapFirst = await heap(context, page);

  let mark = log.mark();
  const first = await nextPage(page);
  await log.settle();
  const nextPageRequests = log.requestsSince(mark);
  const paging: number[] = [];
  for (let i = 2; i < 20; i++) {
    paging.push(await nextPage(page));
  }
  await log.settle();
  const heap20 = await heap(context, page);

  // Filter change: pick an API in the API select (the option click is the action).
  await page.getByRole('combobox', { name: 'API' }).click();
  await arm(page);
  mark = log.mark();
  await page.getByRole('option').nth(3).click();
  const filter = await clickToChange(page);
  await log.settle();
  const filterRequests = log.requestsSince(mark);

  mark = log.mark();
  await page.getByRole('button', { name: 'Create grant' }).click();
  await page.getByRole('dialog', { name: 'Create grant' }).waitFor();
  await log.settle();
  const createOpenRequests = log.requestsSince(mark);
  let createRequests: ActionRequests | undefined;
  let createError: string | undefined;
  try {
    createRequests = await createGrant(page, log, site, run);
  } catch (error) {
    createError = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  await page.close();
  return { nextPage: first, pagingMedian: summarize(paging).median, nextPageRequests, filter, filterRequests, heapFirst, heap20, createOpenRequests, createRequests, createError };
}

/** Against a tenant that sends rate-limit headers: the app prefetches page 2 once page 1 shows. */
export async function measurePrefetched(context: BrowserContext, site: Site): Promise<PrefetchRun> {
  const page = await context.newPage();
  const log = new NetworkLog(page, site.tenant.url);
  let mark = log.mark();
  await page.goto(site.dashboard.url + '/');
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await waitStamp(page, 'firstRowsAt');
  await log.waitFinished(mark, /client-grants\?(.*&)?page=1(&|$)/);
  await waitNames(page);
  await log.settle();
  const firstViewRequests = log.requestsSince(mark);
  mark = log.mark();
  const time = await nextPage(page);
  await log.settle();
  const requests = log.requestsSince(mark);
  await page.close();
  return { nextPage: time, requests, firstViewRequests };
}
