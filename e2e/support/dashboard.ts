import { expect, type Locator, type Page } from '@playwright/test';

export function grantsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Client grants' });
}

/**
 * Connects with the button `npm start` offers, and waits for the first rows. Stays connected in the tab
 * by default, so the test may reload or navigate (an in-memory token is gone after a reload, by design).
 */
export async function connectToLocalTenant(page: Page, url: string, { stayConnected = true } = {}): Promise<void> {
  await page.goto(url);
  if (stayConnected) await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
  await page.getByRole('button', { name: 'Connect to local tenant' }).click();
  await expect(grantsTable(page).getByRole('button', { name: /^Open grant / }).first()).toBeVisible();
}

/** The grant ids in the table, in order, read from each row's "Open grant <id> (…)" button. */
export async function visibleGrantIds(page: Page): Promise<string[]> {
  const buttons = grantsTable(page).getByRole('button', { name: /^Open grant / });
  const labels = await buttons.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.split(' ')[2] ?? '');
}

/** Waits until the table shows exactly these grants, in this order, and is not loading. */
export async function expectGrantIds(page: Page, ids: string[]): Promise<void> {
  await expect(grantsTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect.poll(() => visibleGrantIds(page)).toEqual(ids);
}
