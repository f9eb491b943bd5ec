import { expect, test } from '@playwright/test';
import type { TenantProcess } from '../scripts/local-tenant-process.ts';
import { connectSecondTenant, grantsByKey, useSecondTenant } from './support/compare-tenants.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi } from './support/tenant-api.ts';

// Organization associations between two tenants seeded alike: B's associations of one grant are changed through
// its API (one organization removed, another added). Compare shows the grant as changed, Apply makes B's
// associations those of A (found by organization name), and Undo gives B back what it had, all read through B's API.
const environment = useEnvironment({ seed: 'demo' });
const tenantB = useSecondTenant();

type Org = { id: string; name: string };

async function organizations(tenant: TenantProcess): Promise<Org[]> {
  return callApi<Org[]>(tenant, 'organizations?per_page=100');
}

/** The names of the organizations the grant is associated with, sorted. */
async function organizationsOf(tenant: TenantProcess, grantId: string): Promise<string[]> {
  const associated = await callApi<Org[]>(tenant, `client-grants/${grantId}/organizations?per_page=100`);
  return associated.map((org) => org.name).sort();
}

test('Apply makes a grant of B associated with the organizations it has in A, by name; Undo restores B', async ({ page }) => {
  test.setTimeout(120_000);
  const { tenant: a, dashboard } = environment();
  const b = tenantB();
  const [gA, gB, orgsB] = await Promise.all([grantsByKey(a), grantsByKey(b), organizations(b)]);
  // A grant of an uniquely named app, off the Management API, associated with at least one organization in both.
  let key: string | undefined;
  let inA: string[] = [];
  for (const [candidate, grant] of gA.ids) {
    if (grant.audience === a.audience || !grant.client_id || !gB.ids.has(candidate)) continue;
    const names = await organizationsOf(a, grant.id);
    if (names.length > 0 && names.length < orgsB.length) {
      key = candidate;
      inA = names;
      break;
    }
  }
  expect(key, 'the demo seed has a grant with organizations').toBeDefined();
  const grantB = gB.ids.get(key!)!;
  const orgIdB = (name: string) => orgsB.find((org) => org.name === name)!.id;
  const removed = inA[0]!;
  const added = orgsB.find((org) => !inA.includes(org.name))!.name;
  await callApi(b, `organizations/${orgIdB(removed)}/client-grants/${grantB.id}`, { method: 'DELETE' });
  await callApi(b, `organizations/${orgIdB(added)}/client-grants`, { method: 'POST', body: { grant_id: grantB.id } });
  const bBefore = await organizationsOf(b, grantB.id);
  expect(bBefore).not.toEqual(inA);

  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await connectSecondTenant(page, b, { sides: { a } });

  const [app, audience] = key!.split('|');
  const table = page.getByRole('table', { name: 'Differences' });
  const select = table.getByRole('checkbox', { name: `Select ${app} → ${audience}`, exact: true });
  await expect(select).toBeVisible({ timeout: 30_000 });
  await expect(select.locator('xpath=ancestor::tr')).toContainText('Changed');
  await select.check();
  await page.getByRole('button', { name: 'Apply to target…' }).click();
  const apply = page.getByRole('dialog', { name: 'Apply differences' });
  const preview = apply.getByRole('list', { name: 'Preview' }).getByRole('listitem');
  await expect(preview).toHaveCount(1);
  await expect(preview).toContainText(`removed from ${added}`);
  await apply.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(apply.getByRole('status')).toHaveText('1 of 1 applied.', { timeout: 30_000 });
  expect(await organizationsOf(b, grantB.id)).toEqual(inA);

  await apply.getByRole('button', { name: /^Undo/ }).click();
  await expect(apply.getByRole('status')).toHaveText(/1 undone/, { timeout: 30_000 });
  expect(await organizationsOf(b, grantB.id)).toEqual(bBefore);
});
