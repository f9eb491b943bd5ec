import type { Page } from '@playwright/test';

/** Fills the connect form as a person pastes a domain and a token. */
export async function fillConnectForm(page: Page, domain: string, token: string, { stayConnected = false } = {}): Promise<void> {
  await page.getByRole('textbox', { name: 'Domain' }).fill(domain);
  // A password input has no textbox role; its label still names it.
  await page.getByLabel('Management API token').fill(token);
  if (stayConnected) await page.getByRole('checkbox', { name: /Stay connected in this tab/ }).check();
}

/** Everything this app keeps in web storage, for checks that a token never lands there. */
export function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
}
