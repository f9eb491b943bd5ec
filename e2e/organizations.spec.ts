import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';
import { allGrants, callApi, getToken, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

type Org = { id: string; name: string; display_name?: string };
type OrgGrant = Grant & { organization_usage?: 'deny' | 'allow' | 'require'; allow_any_organization?: boolean };

const label = (org: Org) => org.display_name ?? org.name;

/** Every organization associated with a grant, through checkpoint paging. */
async function organizationsOf(grantId: string): Promise<Org[]> {
  const { tenant } = environment();
  const token = await getToken(tenant);
  const orgs: Org[] = [];
  let from: string | undefined;
  do {
    const path = `client-grants/${grantId}/organizations?take=100${from ? `&from=${from}` : ''}`;
    const page: { organizations: Org[]; next?: string } = await callApi(tenant, path, { token });
    orgs.push(...page.organizations);
    from = page.next;
  } while (from);
  return orgs;
}

async function allOrganizations(): Promise<Org[]> {
  const page: { organizations: Org[] } = await callApi(environment().tenant, 'organizations?take=100');
  return page.organizations;
}

async function grantWithUsage(usage: 'allow' | 'deny'): Promise<OrgGrant> {
  const grants = (await allGrants(environment().tenant)) as OrgGrant[];
  for (const grant of grants) {
    if (grant.is_system || grant.allow_any_organization) continue;
    if ((grant.organization_usage ?? 'deny') !== usage) continue;
    // An allow grant with associations shows the list; a deny one just has to be deny.
    if (usage === 'deny' || (await organizationsOf(grant.id)).length > 0) return grant;
  }
  throw new Error(`the demo seed has no ${usage} grant to test with`);
}

async function openGrant(page: Page, grantId: string) {
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?grant=${grantId}`);
  return page.getByRole('region', { name: 'Organizations' });
}

test('an allow grant lists the organizations the API lists; add one and remove one, each checked through the API', async ({ page }) => {
  const grant = await grantWithUsage('allow');
  const before = await organizationsOf(grant.id);
  const region = await openGrant(page, grant.id);
  const list = region.getByRole('list', { name: 'Associated organizations' });
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(before.length, 50));
  for (const org of before.slice(0, 50)) {
    await expect(list.getByRole('listitem').filter({ hasText: org.id })).toContainText(label(org));
  }

  // Add: an organization not yet associated, found by typing part of its name.
  const candidate = (await allOrganizations()).find((org) => !before.some((linked) => linked.id === org.id));
  if (!candidate) throw new Error('every organization of the demo seed is already associated with this grant');
  await region.getByRole('button', { name: 'Add organizations…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organizations' });
  const combobox = dialog.getByRole('combobox', { name: 'Organizations' });
  await combobox.fill(candidate.name.slice(0, 5));
  await page.getByRole('option', { name: label(candidate), exact: true }).click();
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasText: candidate.id })).toBeVisible();
  await expect.poll(async () => (await organizationsOf(grant.id)).map((org) => org.id)).toContain(candidate.id);

  // Remove: one of those associated before, confirmed.
  const removed = before[0]!;
  await list.getByRole('button', { name: `Remove ${label(removed)}`, exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove organization' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(list.getByRole('listitem').filter({ hasText: removed.id })).toHaveCount(0);
  await expect.poll(async () => (await organizationsOf(grant.id)).map((org) => org.id)).not.toContain(removed.id);
  expect((await organizationsOf(grant.id)).map((org) => org.id)).toContain(candidate.id);
});

test('a deny grant says organizations are off for it', async ({ page }) => {
  const grant = await grantWithUsage('deny');
  const region = await openGrant(page, grant.id);
  await expect(region).toContainText('Organizations are off for this grant');
  await expect(region.getByRole('button', { name: 'Add organizations…' })).toHaveCount(0);
});

test('the region and the Add dialog have no accessibility or security-policy violations', async ({ page }) => {
  await recordPolicyViolations(page);
  const grant = await grantWithUsage('allow');
  const region = await openGrant(page, grant.id);
  await expect(region.getByRole('list', { name: 'Associated organizations' })).toBeVisible();
  await region.getByRole('button', { name: 'Add organizations…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organizations' });
  await dialog.getByRole('combobox', { name: 'Organizations' }).click();
  await expect(page.getByRole('option').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await policyViolations(page)).toEqual([]);
});
