import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID } from '../local-tenant/defaults.ts';
import { expectTenantRead, type Api } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';
import { allLogEvents, createdInLogs, usedKeys } from './support/tenant-logs.ts';
import { associationsByGrant, expectedOrganizationFindings, highOrganizationTitles, mediumOrganizationTitles, type OrgGrant } from './support/organization-findings.ts';

const environment = useEnvironment({ seed: 'demo' });

type Client = { client_id: string; name: string; app_type?: string; is_first_party?: boolean };
type Tenant = { grants: Grant[]; apis: (Api & { is_system?: boolean })[]; clients: Client[]; used: Set<string>; created: Set<string>; associations: Map<string, string[]> };

// The spec's own reading of issue #14's rules, computed from what the API returns.
const takeover = new Set(
  'create:client_grants update:client_grants create:clients update:clients read:client_keys update:client_keys create:client_credentials update:client_credentials update:resource_servers create:user_tickets update:users update:users_app_metadata create:role_members update:connections update:tenant_settings create:actions update:actions update:triggers update:signing_keys'.split(
    ' ',
  ),
);

async function readTenant(): Promise<Tenant> {
  const { tenant } = environment();
  const apis = await callApi<{ resource_servers: Tenant['apis'] }>(tenant, 'resource-servers?per_page=100&include_totals=true');
  const clients = await callApi<{ clients: Client[] }>(tenant, 'clients?per_page=100&include_totals=true');
  const events = await allLogEvents(tenant);
  return { grants: await allGrants(tenant), apis: apis.resource_servers, clients: clients.clients, used: usedKeys(events), created: createdInLogs(events), associations: await associationsByGrant(tenant) };
}

function expectedFindings({ grants, apis, clients, used, created, associations }: Tenant): string[] {
  const api = (g: Grant) => apis.find((a) => a.identifier === g.audience);
  const client = (g: Grant) => clients.find((c) => c.client_id === g.client_id);
  const found: string[] = [];
  for (const g of grants) {
    const a = api(g);
    const defined = (a?.scopes ?? []).map((s) => s.value);
    if (a?.is_system && (g.scope ?? []).some((s) => takeover.has(s) || s.startsWith('delete:'))) found.push(`Power over the tenant ${g.id}`);
    if (g.client_id && !client(g)) found.push(`Deleted application ${g.id}`);
    else if (!a) found.push(`Deleted API ${g.id}`);
    const missing = a && !g.allow_all_scopes ? (g.scope ?? []).filter((s) => !defined.includes(s)) : [];
    if (missing.length === 1) found.push(`A scope its API does not define ${g.id}`);
    if (missing.length > 1) found.push(`Scopes its API does not define ${g.id}`);
    if (g.subject_type === 'client' && ['spa', 'native'].includes(client(g)?.app_type ?? '')) found.push(`Unusable grant ${g.id}`);
    if (a && !a.is_system && !g.allow_all_scopes && defined.length > 1 && defined.every((s) => g.scope?.includes(s))) found.push(`Every scope of its API ${g.id}`);
    const canGetTokens = client(g) && a && !['spa', 'native'].includes(client(g)?.app_type ?? '');
    if (canGetTokens && g.subject_type === 'client' && !g.is_system && !used.has(`${g.client_id} ${g.audience}`) && !created.has(g.id)) found.push(`Unused in the log window ${g.id}`);
  }
  return [...found, ...expectedOrganizationFindings(grants as OrgGrant[], apis, clients, associations)].sort();
}

const findingsTable = (page: Page) => page.getByRole('table', { name: 'Findings' });

/** Each row as "<title> <grant id>", read from the row's title and its Open grant link. */
async function shownFindings(page: Page): Promise<string[]> {
  const rows = findingsTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: 'Open grant' }) });
  const shown = await rows.evaluateAll((elements) =>
    elements.map((row) => {
      // The finding's title is the first line of its second cell.
      const title = (row as HTMLTableRowElement).cells[1]?.firstElementChild?.textContent ?? '';
      const href = row.querySelector('a')?.getAttribute('href') ?? '';
      return `${title} ${new URLSearchParams(href.slice(1)).get('grant')}`;
    }),
  );
  return shown.sort();
}

/** One finding's row: a grant can have several findings (e.g. also "Unused in the log window"). */
function rowOf(page: Page, grantId: string, title: string | RegExp) {
  return findingsTable(page)
    .getByRole('row')
    .filter({ has: page.locator(`a[href="?grant=${grantId}"]`) })
    .filter({ hasText: title });
}

async function openFindings(page: Page): Promise<void> {
  await connectToLocalTenant(page, environment().dashboard.url);
  await page.getByRole('tab', { name: 'Findings' }).click();
  await expect(page).toHaveURL(/view=findings/);
  await expectTenantRead(page);
  // The logs are read after the tenant: "unused" findings appear once they have been read to the end.
  await expect(page.getByText(/^Usage from [\d,]+ log events/)).toBeVisible({ timeout: 30_000 });
}

test('every rule finds exactly the grants the API says it should', async ({ page }) => {
  const expected = expectedFindings(await readTenant());
  for (const rule of ['Unused in the log window', 'Power over the tenant', 'Deleted application', 'Deleted API', 'A scope its API does not define', 'Unusable grant', 'Every scope of its API', ...mediumOrganizationTitles])
    expect(expected.some((f) => f.startsWith(rule)), rule).toBe(true);
  await openFindings(page);
  await expect.poll(() => shownFindings(page)).toEqual(expected);
  // Counts per severity in the tab, the Power findings split between critical and high.
  const count = (...titles: string[]) => expected.filter((f) => titles.some((title) => f.startsWith(title))).length;
  const medium = count('Deleted application', 'Deleted API', 'A scope its API', 'Scopes its API', ...mediumOrganizationTitles);
  const low = count('Unusable grant', 'Every scope of its API', 'Unused in the log window');
  const tab = page.getByRole('tab', { name: /^Findings/ });
  const shape = new RegExp(`^Findings\\s*(\\d+) critical(?:\\s+(\\d+) high)?\\s+${medium} medium\\s+${low} low$`);
  await expect(tab).toHaveAccessibleName(shape);
  const [, critical, high = '0'] = shape.exec(((await tab.textContent()) ?? '').replace(/\s+/g, ' ').trim())!;
  expect(Number(critical) + Number(high)).toBe(count('Power over the tenant', ...highOrganizationTitles));
});

test('Remove scopes… removes only the scope the finding is about, and the finding goes away', async ({ page }) => {
  const { tenant } = environment();
  const grant = (await allGrants(tenant)).find((g) => g.scope?.includes('legacy:export'))!;
  await openFindings(page);
  const row = rowOf(page, grant.id, /its API does not define/);
  await row.getByRole('button', { name: /^Remove scopes…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove scopes' });
  await expect(dialog).toContainText('Remove legacy:export from the grant');
  await dialog.getByRole('button', { name: 'Remove scopes' }).click();
  await expect(dialog.getByRole('status')).toContainText('Changed. The grant now holds');
  const after = await callApi<Grant>(tenant, `client-grants/${grant.id}`);
  expect(after.scope?.sort()).toEqual(grant.scope!.filter((s) => s !== 'legacy:export').sort());
  await expect(dialog.getByRole('status')).toContainText(after.scope!.sort().join(', '));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, grant.id, /its API does not define/)).toHaveCount(0);
});

test('a fix on a grant deleted meanwhile by a colleague says so and changes nothing', async ({ page }) => {
  const { tenant } = environment();
  const data = await readTenant();
  const unusable = expectedFindings(data);
  const spaGrant = data.grants.find((g) => unusable.includes(`Unusable grant ${g.id}`));
  await openFindings(page);
  await callApi(tenant, `client-grants/${spaGrant!.id}`, { method: 'DELETE' });
  await rowOf(page, spaGrant!.id, 'Unusable grant').getByRole('button', { name: /^Delete…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grant' });
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(dialog.getByRole('status')).toContainText('Already deleted');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, spaGrant!.id, 'Unusable grant')).toHaveCount(0);
});

test('a dismissal keeps its reason across a reload and can be undone', async ({ page }) => {
  const expected = expectedFindings(await readTenant());
  const broad = expected.find((f) => f.startsWith('Every scope of its API'))!.split(' ').at(-1)!;
  await openFindings(page);
  await rowOf(page, broad, 'Every scope of its API').getByRole('button', { name: /^Dismiss…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Dismiss finding' });
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog.getByText('Say why, so the next admin knows.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('The nightly export needs every scope');
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(rowOf(page, broad, 'Every scope of its API')).toHaveCount(0);

  await page.reload();
  await expectTenantRead(page);
  await expect(findingsTable(page)).toBeVisible();
  await expect(rowOf(page, broad, 'Every scope of its API')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismissed (1)' }).click();
  const dismissed = page.getByRole('table', { name: 'Dismissed findings' });
  await expect(dismissed).toContainText('The nightly export needs every scope');
  await dismissed.getByRole('button', { name: /^Restore/ }).click();
  await expect(rowOf(page, broad, 'Every scope of its API')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Dismissed (0)' })).toBeVisible();
});

const hiddenRowOf = (page: Page, grantId: string, title: string) =>
  page
    .getByRole('table', { name: 'Findings', includeHidden: true })
    .getByRole('row', { includeHidden: true })
    .filter({ has: page.locator(`a[href="?grant=${grantId}"]`) })
    .filter({ hasText: title });

test('a fix leaves the list at once like the table’s delete, and comes back when the tenant refuses', async ({ page }) => {
  const { tenant } = environment();
  const data = await readTenant();
  const expected = expectedFindings(data);
  const unusable = data.grants.filter((g) => expected.includes(`Unusable grant ${g.id}`)).at(-1)!;
  const url = `${tenant.url}/api/v2/client-grants/${unusable.id}`;
  await openFindings(page);
  await page.route(url, (route) =>
    route.request().method() === 'DELETE'
      ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'Something broke' }) })
      : route.fallback(),
  );
  await rowOf(page, unusable.id, 'Unusable grant').getByRole('button', { name: /^Delete…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grant' });
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Something broke');
  await expect(hiddenRowOf(page, unusable.id, 'Unusable grant')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect((await allGrants(tenant)).some((g) => g.id === unusable.id)).toBe(true);

  // Now the tenant answers, but only once the test has seen the row leave.
  await page.unroute(url);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    if (route.request().method() !== 'DELETE') return route.fallback();
    await held;
    await route.fallback();
  });
  await rowOf(page, unusable.id, 'Unusable grant').getByRole('button', { name: /^Delete…/ }).click();
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(hiddenRowOf(page, unusable.id, 'Unusable grant')).toHaveCount(0);
  release();
  await expect(dialog.getByRole('status')).toContainText('Deleted');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, unusable.id, 'Unusable grant')).toHaveCount(0);
  expect((await allGrants(tenant)).some((g) => g.id === unusable.id)).toBe(false);
});

test('"Use all scopes…" on a grant a colleague narrowed meanwhile: no longer applies, the colleague’s version stays', async ({ page }) => {
  const { tenant } = environment();
  const expected = expectedFindings(await readTenant());
  // Not the first: the dismissal test dismisses that one.
  const broad = expected.filter((f) => f.startsWith('Every scope of its API')).at(-1)!.split(' ').at(-1)!;
  const before = await callApi<Grant>(tenant, `client-grants/${broad}`);
  await openFindings(page);
  await rowOf(page, broad, 'Every scope of its API').getByRole('button', { name: /^Use all scopes…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Use all scopes' });
  // The colleague removes a scope through the API while the dialog is open.
  const [dropped, ...kept] = before.scope!.slice().sort();
  await callApi(tenant, `client-grants/${broad}`, { method: 'PATCH', body: { scope: kept } });
  await dialog.getByRole('button', { name: 'Use all scopes' }).click();
  await expect(dialog.getByRole('status')).toContainText(`No longer applies: since the finding, scopes removed: ${dropped}. Nothing was changed`);
  const after = await callApi<Grant>(tenant, `client-grants/${broad}`);
  expect(after.allow_all_scopes ?? false).toBe(false);
  expect(after.scope?.slice().sort()).toEqual(kept);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(rowOf(page, broad, 'Every scope of its API')).toHaveCount(0);
});

test('Delete… of a grant a colleague changed meanwhile shows what changed and asks again', async ({ page }) => {
  const { tenant } = environment();
  const data = await readTenant();
  const expected = expectedFindings(data);
  const unused = data.grants.find((g) => expected.includes(`Unused in the log window ${g.id}`) && (g.scope?.length ?? 0) >= 2)!;
  await openFindings(page);
  await rowOf(page, unused.id, 'Unused in the log window').getByRole('button', { name: /^Delete…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grant' });
  const [dropped, ...kept] = unused.scope!.slice().sort();
  await callApi(tenant, `client-grants/${unused.id}`, { method: 'PATCH', body: { scope: kept } });
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`This grant changed: since the finding, scopes removed: ${dropped}. It now holds ${kept.join(', ')}. Nothing was deleted.`);
  expect((await callApi<Grant>(tenant, `client-grants/${unused.id}`)).scope?.slice().sort()).toEqual(kept);
  await dialog.getByRole('button', { name: 'Delete grant' }).click();
  await expect(dialog.getByRole('status')).toContainText('Deleted');
  expect((await allGrants(tenant)).some((g) => g.id === unused.id)).toBe(false);
});

// Last: it removes the dashboard's own power, so later tests could no longer delete.
test("a fix to the dashboard's own grant asks twice and says what will stop working", async ({ page }) => {
  const { tenant } = environment();
  const own = (await allGrants(tenant)).find((g) => g.client_id === DEFAULT_ADMIN_CLIENT_ID)!;
  await openFindings(page);
  const row = rowOf(page, own.id, 'Power over the tenant');
  await expect(row).toContainText('This dashboard’s own app');
  await row.getByRole('button', { name: /^Remove scopes…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove scopes' });
  await dialog.getByRole('button', { name: 'Remove scopes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no longer be able to create grants (create:client_grants)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await callApi<Grant>(tenant, `client-grants/${own.id}`)).scope?.sort()).toEqual(own.scope!.sort());

  await row.getByRole('button', { name: /^Remove scopes…/ }).click();
  await dialog.getByRole('button', { name: 'Remove scopes' }).click();
  await dialog.getByRole('button', { name: 'Yes, change my own access' }).click();
  await expect(dialog.getByRole('status')).toContainText('Changed');
  const after = await callApi<Grant>(tenant, `client-grants/${own.id}`);
  expect(after.scope).not.toContain('create:client_grants');
  expect(after.scope).toContain('read:client_grants');
});
