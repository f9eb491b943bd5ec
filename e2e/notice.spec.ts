import { expect, test, type Locator, type Page } from '@playwright/test';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';

const environment = useEnvironment({ seed: 'demo' });

/** True when a click at the centre of `target` would land on it, not on something drawn above it. */
async function receivesClicksAtCentre(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  const handle = await target.elementHandle();
  return page.evaluate(
    ([x, y, element]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && element !== null && element.contains(hit);
    },
    [box.x + box.width / 2, box.y + box.height / 2, handle] as const,
  );
}

test('a success notice stays below the next dialog: its buttons can be clicked on a phone', async ({ page }) => {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.setViewportSize({ width: 390, height: 740 });
  await page.getByRole('button', { name: /^Delete grant for / }).first().click();
  await page.getByRole('dialog', { name: 'Delete grant' }).getByRole('button', { name: 'Delete' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Deleted the grant' });
  await expect(notice).toBeVisible();

  await page.getByRole('button', { name: 'Create grant' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create grant' });
  await expect(dialog).toBeVisible();
  for (const name of ['Cancel', 'Create']) {
    const button = dialog.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport();
    // Checked once, while the notice is still up (a poll would pass as soon as it faded away).
    expect(await receivesClicksAtCentre(page, button)).toBe(true);
  }
  // Still on screen (under the dialog, hidden from assistive tech while the dialog is modal).
  await expect(page.getByText(/^Deleted the grant for /)).toBeVisible();
});
