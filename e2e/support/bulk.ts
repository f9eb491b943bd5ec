import { expect, type Locator, type Page } from '@playwright/test';
import type { TenantProcess } from '../../scripts/local-tenant-process.ts';
import { allGrants, getToken, type Grant } from './tenant-api.ts';

/**
 * The test's own reads share the tenant's bucket with the page: on a small bucket they wait out a 429
 * (as any careful script would) instead of failing the test.
 */
export async function patiently<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 30 || !String(error).includes(': 429 ')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/**
 * A colleague's script that, every `everyMs`, sends `burst` reads at once while the page works: each burst
 * empties the bucket the page was counting on, so the page meets 429s even when it can read the rate-limit
 * headers, yet it gets the refill in between. Returns a stop function.
 */
export async function startStorm(tenant: TenantProcess, burst: number, everyMs: number): Promise<() => void> {
  const token = await patiently(() => getToken(tenant));
  const read = () =>
    fetch(`${tenant.url}/api/v2/client-grants?per_page=1`, {
      headers: { Authorization: `Bearer ${token}` },
    }).catch(() => undefined);
  let running = true;
  void (async () => {
    while (running) {
      await Promise.all(Array.from({ length: burst }, read));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return () => {
    running = false;
  };
}

/** The grants page filtered to one API (optionally `per_page`), for a connected tab. */
export async function openApiGrants(
  page: Page,
  dashboardUrl: string,
  audience: string,
  perPage?: number,
): Promise<void> {
  const query = new URLSearchParams({ audience, ...(perPage ? { per_page: String(perPage) } : {}) });
  await page.goto(`${dashboardUrl}?${query}`);
  await expect(page.getByRole('table', { name: 'Client grants' })).toHaveAttribute('aria-busy', 'false');
}

export function changeScopesDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Change scopes' });
}

/** Picks a scope in the dialog's Add scopes or Remove scopes combobox. */
export async function chooseScope(
  page: Page,
  field: 'Add scopes' | 'Remove scopes',
  scope: string,
): Promise<void> {
  await changeScopesDialog(page).getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: scope, exact: true }).click();
  await expect(changeScopesDialog(page).getByRole('button', { name: scope })).toBeVisible();
}

/** Every grant of one API, sorted by id, as the API returns them. */
export async function grantsOf(tenant: TenantProcess, audience: string): Promise<Grant[]> {
  return (await patiently(() => allGrants(tenant)))
    .filter((grant) => grant.audience === audience)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The whole tenant's grants, by id. */
export async function snapshot(tenant: TenantProcess): Promise<Grant[]> {
  return (await patiently(() => allGrants(tenant))).sort((a, b) => a.id.localeCompare(b.id));
}

/** An API's identifier by its name, from the tenant. */
export function audienceOf(grants: Grant[], predicate: (grant: Grant) => boolean): string {
  const found = grants.find(predicate);
  if (!found) throw new Error('no grant matches');
  return found.audience;
}
