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

/**
 * Hovers a control disabled with a reason and checks that the reason's tooltip shows. A disabled button gets no
 * pointer events (the mouse reaches its wrapper, hence `force`), and it is mounted again when the tooltip's lazy
 * code arrives (reason-tooltip.tsx): a hover at that moment meets the detached one ("Element is not visible",
 * seen once in a loaded full run), so the hover is tried again until the tooltip says `reason`.
 */
export async function expectReasonTooltip(page: Page, control: Locator, reason: string): Promise<void> {
  await expect(async () => {
    await control.hover({ force: true, timeout: 2_000 });
    await expect(page.getByRole('tooltip')).toContainText(reason, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}
