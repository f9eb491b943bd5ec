import { expect, test } from '@playwright/test';
import { DEFAULT_ADMIN_CLIENT_ID } from '../local-tenant/defaults.ts';
import { chooseScope as searchScope, expectTenantRead, grantIdsIn, holdersTable } from './support/access.ts';
import { changeScopesDialog, chooseScope, grantsOf, openApiGrants, snapshot } from './support/bulk.ts';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { callApi, type Grant } from './support/tenant-api.ts';

// The local tenant's default rate limit (50/16): the batch is paced but quick.
const environment = useEnvironment({ seed: 'demo' });

const payments = 'https://payments.example.com/';
const orders = 'https://orders.example.com/';
const shipping = 'https://shipping.example.com/';
const search = 'https://search.example.com/';
const inventory = 'https://inventory.example.com/';

const without = (grant: Grant, scope: string): Grant => ({
  ...grant,
  scope: grant.scope?.filter((s) => s !== scope),
});

test('remove a scope from every grant matching the filter, then Undo leaves the tenant as it was', async ({
  page,
}) => {
  const { tenant, dashboard } = environment();
  const before = await snapshot(tenant);
  const matching = before.filter((grant) => grant.audience === payments);
  const holders = matching.filter((grant) => grant.scope?.includes('delete:payouts'));
  expect(matching.length).toBeGreaterThan(10);
  expect(holders.length).toBeGreaterThan(1);

  await connectToLocalTenant(page, dashboard.url);
  await openApiGrants(page, dashboard.url, payments, 10);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByText('All 10 on this page are selected.')).toBeVisible();
  await page.getByRole('button', { name: `Select all ${matching.length} that match` }).click();
  await expect(page.getByText(`All ${matching.length} grants that match are selected.`)).toBeVisible();
  // Selection survives paging.
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(
    grantsTable(page)
      .getByRole('checkbox', { name: /^Select grant for / })
      .first(),
  ).toBeChecked();
  await expect(page.getByText(`${matching.length} selected`)).toBeVisible();

  // The table stays mounted (hidden from assistive technology) behind the dialog.
  const table = page.getByRole('table', { name: 'Client grants', includeHidden: true });
  await expect(table).toContainText('delete:payouts');
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  const dialog = changeScopesDialog(page);
  await chooseScope(page, 'Remove scopes', 'delete:payouts');
  await expect(dialog.getByRole('list', { name: 'Preview' }).getByRole('listitem')).toHaveCount(
    holders.length,
  );
  await expect(dialog.getByRole('list', { name: 'Skipped' }).getByRole('listitem')).toHaveCount(
    matching.length - holders.length,
  );
  await dialog.getByRole('button', { name: 'Apply' }).click();
  const skipped = matching.length - holders.length;
  await expect(dialog.getByRole('status')).toHaveText(
    `${holders.length} of ${matching.length} changed, ${skipped} skipped.`,
  );

  const afterApply = await snapshot(tenant);
  expect(afterApply).toEqual(
    before.map((grant) => (grant.audience === payments ? without(grant, 'delete:payouts') : grant)),
  );
  // The table shows what the tenant now holds.
  await expect(table).not.toContainText('delete:payouts');

  await dialog.getByRole('button', { name: /^Undo/ }).click();
  await expect(dialog.getByRole('status')).toContainText(`${holders.length} undone`);
  expect(await snapshot(tenant)).toEqual(before);
  await expect(table).toContainText('delete:payouts');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(/\d+ selected/)).toHaveCount(0);
});

test("a colleague's change between the preview and Apply is kept", async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = await grantsOf(tenant, orders);
  const target = grants.find(
    (grant) => grant.scope?.includes('update:orders') && !grant.scope.includes('read:orders'),
  );
  expect(target).toBeDefined();

  await connectToLocalTenant(page, dashboard.url);
  await openApiGrants(page, dashboard.url, orders);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', 'update:orders');
  await expect(changeScopesDialog(page).getByRole('list', { name: 'Preview' })).toBeVisible();
  // A colleague adds read:orders to one of the selected grants after the preview was shown.
  await callApi(tenant, `client-grants/${target!.id}`, {
    method: 'PATCH',
    body: { scope: [...target!.scope!, 'read:orders'] },
  });
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(changeScopesDialog(page).getByRole('status')).toContainText('changed');
  await expect(changeScopesDialog(page).getByRole('button', { name: /^Undo/ })).toBeVisible();

  const after = await callApi<Grant>(tenant, `client-grants/${target!.id}`);
  expect(after.scope).toContain('read:orders');
  expect(after.scope).not.toContain('update:orders');
  expect(after.scope?.sort()).toEqual([...without(target!, 'update:orders').scope!, 'read:orders'].sort());
  for (const grant of await grantsOf(tenant, orders))
    expect(grant.scope ?? []).not.toContain('update:orders');
});

test('bulk delete asks for the number of grants and deletes exactly those', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = await grantsOf(tenant, shipping);
  const others = (await snapshot(tenant)).filter((grant) => grant.audience !== shipping);

  await connectToLocalTenant(page, dashboard.url);
  await openApiGrants(page, dashboard.url, shipping);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByText(`${grants.length} selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete grants' });
  await expect(dialog).toContainText(`Delete ${grants.length} grants?`);
  const confirm = dialog.getByRole('textbox', { name: `Type ${grants.length} to confirm` });
  await confirm.fill(String(grants.length - 1));
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await confirm.fill(String(grants.length));
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(
    dialog.getByRole('list', { name: 'Results' }).getByRole('listitem').filter({ hasText: ': Deleted' }),
  ).toHaveCount(grants.length);
  await dialog.getByRole('button', { name: 'Close' }).click();

  expect(await grantsOf(tenant, shipping)).toEqual([]);
  expect((await snapshot(tenant)).filter((grant) => grant.audience !== shipping)).toEqual(others);
  await expect(page.getByText('No grants match these filters')).toBeVisible();
});

test('in the Access view, the holders of a scope can be selected and the scope removed from all of them', async ({
  page,
}) => {
  const { tenant, dashboard } = environment();
  const before = await snapshot(tenant);
  const holders = before.filter(
    (grant) => grant.audience === search && grant.scope?.includes('update:indexes'),
  );
  expect(holders.length).toBeGreaterThan(1);

  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  await searchScope(page, 'update:indexes', 'Search API');
  await expect.poll(() => grantIdsIn(holdersTable(page))).toEqual(holders.map((grant) => grant.id).sort());
  await holdersTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await expect(page.getByText(`${holders.length} selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', 'update:indexes');
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(changeScopesDialog(page).getByRole('status')).toHaveText(
    `${holders.length} of ${holders.length} changed.`,
  );
  await changeScopesDialog(page).getByRole('button', { name: 'Close' }).click();

  expect(await snapshot(tenant)).toEqual(
    before.map((grant) => (holders.includes(grant) ? without(grant, 'update:indexes') : grant)),
  );
  // The index followed the writes: the answer on screen is what the tenant holds.
  await expect(page.getByText(/^0 grants hold update:indexes/)).toBeVisible();
  await expect(holdersTable(page).getByRole('link', { name: /^cgr_/ })).toHaveCount(0);
});

test("a colleague's write landing right after the batch's PATCH is reported, not called Changed", async ({ page }) => {
  const { tenant, dashboard } = environment();
  const target = (await grantsOf(tenant, inventory)).find((grant) => (grant.scope?.length ?? 0) >= 2)!;
  const [removed, ...kept] = target.scope!.slice().sort();
  const defined = ['read', 'create', 'update', 'delete'].flatMap((verb) => ['stock', 'warehouses', 'reservations'].map((noun) => `${verb}:${noun}`));
  const colleagues = [...kept, defined.find((scope) => !target.scope!.includes(scope))!];
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?${new URLSearchParams({ client_id: target.client_id!, audience: inventory })}`);
  await expect(grantsTable(page).getByRole('row')).toHaveCount(2);
  // The batch's PATCH reaches the tenant; before its answer comes back, a colleague's script writes too.
  await page.route(`${tenant.url}/api/v2/client-grants/${target.id}`, async (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback();
    const response = await route.fetch();
    await callApi(tenant, `client-grants/${target.id}`, { method: 'PATCH', body: { scope: colleagues } });
    await route.fulfill({ response });
  });
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();
  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', removed!);
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  const dialog = changeScopesDialog(page);
  await expect(dialog.getByRole('status')).toHaveText('0 of 1 changed, 1 changed by someone else meanwhile.');
  await expect(dialog.getByRole('list', { name: 'Results' })).toContainText(
    `Changed by someone else meanwhile: the tenant holds ${colleagues.join(', ')}; this batch meant ${target.scope!.filter((scope) => scope !== removed).join(', ')}`,
  );
  await expect(dialog.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  // The tenant holds the colleague's version.
  expect((await callApi<Grant>(tenant, `client-grants/${target.id}`)).scope).toEqual(colleagues);
});

test("a batch that would cut the dashboard's own access asks twice, and Cancel changes nothing", async ({ page }) => {
  const { tenant, dashboard } = environment();
  const own = (await snapshot(tenant)).find((grant) => grant.client_id === DEFAULT_ADMIN_CLIENT_ID && grant.audience === tenant.audience)!;
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?${new URLSearchParams({ client_id: own.client_id!, audience: own.audience })}`);
  await expect(grantsTable(page).getByRole('row')).toHaveCount(2);
  await grantsTable(page).getByRole('checkbox', { name: 'Select all on this page' }).check();

  await page.getByRole('button', { name: 'Change scopes…' }).click();
  await chooseScope(page, 'Remove scopes', 'update:client_grants');
  await changeScopesDialog(page).getByRole('button', { name: 'Apply' }).click();
  await expect(changeScopesDialog(page).getByRole('alert')).toContainText(
    'the dashboard will no longer be able to edit grants (update:client_grants)',
  );
  await expect(changeScopesDialog(page).getByRole('button', { name: 'Yes, change my own access' })).toBeVisible();
  await changeScopesDialog(page).getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Delete…' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete grants' });
  await remove.getByRole('textbox', { name: 'Type 1 to confirm' }).fill('1');
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove.getByRole('alert')).toContainText('the dashboard will no longer be able to list or read grants');
  await expect(remove.getByRole('button', { name: 'Yes, delete my own access' })).toBeVisible();
  await remove.getByRole('button', { name: 'Cancel' }).click();
  expect(await callApi<Grant>(tenant, `client-grants/${own.id}`)).toEqual(own);
});
