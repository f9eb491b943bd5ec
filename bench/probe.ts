import type { BrowserContext, Page } from '@playwright/test';

// In-page timing probe, installed with context.addInitScript before any page script runs.
// A MutationObserver watches the grant ids in the row buttons ("Open grant <id>"); when they change,
// the next requestAnimationFrame callback stamps performance.now() — the start of the frame that
// paints the rows, on the page's own clock (0 = navigation start, performance.timeOrigin).
// Clicks are stamped with event.timeStamp (same clock), so "click → rows" never includes
// Playwright's round trips. Each stamp is also reported through an exposed binding, so Node waits
// without evaluating anything in the page while it loads: Playwright's first evaluation in a page
// injects its utility script, ~50 ms of main-thread work that would land inside the measured load.
const probeScript = `(() => {
  const report = (key) => { if (window.__benchReport) window.__benchReport(key); };
  report('init');
  const state = { firstRowsAt: null, changedAt: null, armedKey: null, lastClickAt: null, pending: false };
  const ids = () => Array.from(document.querySelectorAll('[aria-label^="Open grant "]'), (el) =>
    (el.getAttribute('aria-label') || '').slice('Open grant '.length).split(' ')[0]);
  const check = () => {
    if (state.pending) return;
    const list = ids();
    if (list.length === 0) return;
    const key = list.join(',');
    const first = state.firstRowsAt === null;
    const changed = state.armedKey !== null && state.changedAt === null && key !== state.armedKey;
    if (!first && !changed) return;
    state.pending = true;
    requestAnimationFrame(() => {
      const now = performance.now();
      if (state.firstRowsAt === null) { state.firstRowsAt = now; report('firstRowsAt'); }
      if (changed && state.changedAt === null) { state.changedAt = now; report('changedAt'); }
      state.pending = false;
      check();
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
  addEventListener('click', (event) => { state.lastClickAt = event.timeStamp; }, true);
  window.__bench = {
    state,
    ids,
    arm() { state.armedKey = ids().join(','); state.changedAt = null; },
    resetFirst() { state.firstRowsAt = null; },
  };
})();`;

type StampKey = 'firstRowsAt' | 'changedAt';
/** Per page: the stamps reported since its document started, and who waits for which. */
const reports = new WeakMap<Page, { seen: Set<string>; waiters: { key: string; resolve(): void }[] }>();
const reportsOf = (page: Page) => {
  let entry = reports.get(page);
  if (!entry) reports.set(page, (entry = { seen: new Set(), waiters: [] }));
  return entry;
};

/** Installs the probe in every page of the context, before any page script runs. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__benchReport', ({ page }, key: string) => {
    const entry = reportsOf(page);
    if (key === 'init') entry.seen.clear();
    entry.seen.add(key);
    entry.waiters = entry.waiters.filter((w) => (w.key === key ? (w.resolve(), false) : true));
  });
  await context.addInitScript(probeScript);
}

function reported(page: Page, key: StampKey, timeout: number): Promise<void> {
  const entry = reportsOf(page);
  if (entry.seen.has(key)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench probe: no ${key} within ${timeout} ms`)), timeout);
    entry.waiters.push({ key, resolve: () => (clearTimeout(timer), resolve()) });
  });
}

/** Forget a page's stamps before navigating it (the new document reports 'init' too). */
export function forgetStamps(page: Page): void {
  reportsOf(page).seen.clear();
}

type ProbeState = { firstRowsAt: number | null; changedAt: number | null; lastClickAt: number | null };
type BenchWindow = { __bench: { state: ProbeState; arm(): void; resetFirst(): void } };

export async function probeState(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const { firstRowsAt, changedAt, lastClickAt } = (window as unknown as BenchWindow).__bench.state;
    return { firstRowsAt, changedAt, lastClickAt };
  });
}

export async function arm(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.arm());
  reportsOf(page).seen.delete('changedAt');
}

export async function resetFirst(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.resetFirst());
  reportsOf(page).seen.delete('firstRowsAt');
}

/** Waits for the page to report a stamp (no evaluation in the page meanwhile), then reads it. */
export async function waitStamp(page: Page, key: StampKey, timeout = 20_000): Promise<number> {
  await reported(page, key, timeout);
  const value = await page.evaluate((k) => (window as unknown as BenchWindow).__bench.state[k], key);
  return Number(value);
}

/** Time from the last click to the rows changing (armed before the click). */
export async function clickToChange(page: Page): Promise<number> {
  const changedAt = await waitStamp(page, 'changedAt');
  const { lastClickAt } = await probeState(page);
  return changedAt - (lastClickAt ?? Number.NaN);
}

/** Time from the last click to the first rows (after resetFirst). */
export async function clickToFirstRows(page: Page): Promise<number> {
  const firstRowsAt = await waitStamp(page, 'firstRowsAt');
  const { lastClickAt } = await probeState(page);
  return firstRowsAt - (lastClickAt ?? Number.NaN);
}

/**
 * Names have arrived once the first row's accessible name carries an app and API name instead of ids
 * ("Open grant <id> (<client_id> on https://…)" while they load). Used only to let the network settle.
 */
export async function waitNames(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const label = document.querySelector('[aria-label^="Open grant "]')?.getAttribute('aria-label') ?? '';
      return label !== '' && !/\(\w{32} on |on https?:\/\//.test(label);
    },
    undefined,
    { timeout, polling: 100 },
  );
}
