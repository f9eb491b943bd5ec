import { expect, type Locator, type Page } from '@playwright/test';
import type { Grant } from './tenant-api.ts';

export type Api = { identifier: string; name: string; scopes?: { value: string }[] };
export type Client = { client_id: string; name: string; is_first_party?: boolean };

export function holdersTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Applications holding the scope' });
}

/** Waits until the tenant has been read completely (the progress bar is gone and the summary shows). */
export async function expectTenantRead(page: Page): Promise<void> {
  await expect(page.getByText(/^Tenant read /)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('progressbar', { name: 'Reading the tenant' })).toHaveCount(0);
}

/** The grant ids a table lists, read from its grant links. */
export async function grantIdsIn(table: Locator): Promise<string[]> {
  const links = table.getByRole('link', { name: /^cgr_/ });
  return (await links.allTextContents()).map((text) => text.trim()).sort();
}

/** What the Access view must list for a scope, computed from the API's own answer. */
export function expectedHolders(grants: Grant[], audience: string, scope: string): string[] {
  return grants
    .filter((g) => g.audience === audience && (g.allow_all_scopes || (g.scope ?? []).includes(scope)))
    .map((g) => g.id)
    .sort();
}

export async function chooseScope(page: Page, value: string, apiName: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: 'Scope' });
  await combobox.fill(value);
  await page.getByRole('option', { name: new RegExp(`^${escape(value)}\\s*${escape(apiName)}( ·|$)`) }).click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
