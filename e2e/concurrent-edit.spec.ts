import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { connectToLocalTenant, grantsTable } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { appsWithoutGrantOn, callApi, type ApiSummary, type AppSummary, type Grant } from './support/tenant-api.ts';

// Two admins on the same tenant, each in their own browser context (own tab, own session).
const environment = useEnvironment({ seed: 'demo' });
// Two browsers connecting and editing: twice the work of a single-admin test on a shared 2-core machine.
test.describe.configure({ timeout: 60_000 });

const START = ['read:payments', 'create:payments', 'read:refunds'];

let apps: AppSummary[] = [];
let payments: ApiSummary;
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

test.beforeAll(async () => {
  ({ api: payments, apps } = await appsWithoutGrantOn(environment().tenant, 'Payments API'));
});

/** A fresh grant on the Payments API for an app that has none, created through the API as a script would. */
async function freshGrant(): Promise<Grant> {
  const app = apps.shift();
  if (!app) throw new Error('the demo seed has no machine-to-machine app left without a Payments grant');
  return callApi<Grant>(environment().tenant, 'client-grants', {
    method: 'POST',
    body: { client_id: app.client_id, audience: payments.identifier, scope: START },
  });
}

const heldScopes = async (id: string) =>
  ((await callApi<Grant>(environment().tenant, `client-grants/${id}`)).scope ?? []).slice().sort();

/** One admin: their own context, connected, looking at the one grant's row. */
async function admin(browser: Browser, grant: Grant): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const { dashboard } = environment();
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?client_id=${grant.client_id}&audience=${encodeURIComponent(grant.audience)}`);
  await expect(grantsTable(page).getByRole('row')).toHaveCount(2);
  await expect(grantsTable(page)).toContainText('read:payments');
  return page;
}

async function openEdit(page: Page) {
  await grantsTable(page).getByRole('button', { name: /^Edit grant for / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit grant' });
  await expect(dialog.getByRole('group', { name: 'Scopes' })).toBeVisible();
  return dialog;
}

const scope = (dialog: ReturnType<Page['getByRole']>, name: string) =>
  dialog.getByRole('group', { name: 'Scopes' }).getByRole('checkbox', { name, exact: true });

const savedNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Saved the grant' });

test("a stale tab: Edit opens on the tenant's grant, so the other admin's removal survives", async ({ browser }) => {
  const grant = await freshGrant();
  const a = await admin(browser, grant);
  const b = await admin(browser, grant); // loaded before A's change, never reloaded

  const dialogA = await openEdit(a);
  await scope(dialogA, 'read:payments').uncheck();
  await dialogA.getByRole('button', { name: 'Save' }).click();
  await expect(dialogA).toBeHidden();
  expect(await heldScopes(grant.id)).toEqual(['create:payments', 'read:refunds']);

  const dialogB = await openEdit(b);
  await expect(scope(dialogB, 'read:payments')).not.toBeChecked();
  await scope(dialogB, 'read:payouts').check();
  await dialogB.getByRole('button', { name: 'Save' }).click();
  await expect(dialogB).toBeHidden();
  await expect(savedNotice(b)).toContainText(/The tenant now holds: (?![^.]*read:payments)[^.]*read:payouts/);
  expect(await heldScopes(grant.id)).toEqual(['create:payments', 'read:payouts', 'read:refunds']);
});

for (const first of ['remover', 'adder'] as const) {
  test(`both dialogs open at once, the ${first} saves first: both changes are kept`, async ({ browser }) => {
    const grant = await freshGrant();
    const remover = await admin(browser, grant);
    const adder = await admin(browser, grant);
    const removing = await openEdit(remover);
    const adding = await openEdit(adder);
    await scope(removing, 'read:payments').uncheck();
    await scope(adding, 'read:payouts').check();

    const [early, late] = first === 'remover' ? [removing, adding] : [adding, removing];
    const latePage = first === 'remover' ? adder : remover;
    await early.getByRole('button', { name: 'Save' }).click();
    await expect(early).toBeHidden();
    await late.getByRole('button', { name: 'Save' }).click();
    await expect(late).toBeHidden();

    const theirChange = first === 'remover' ? 'Scopes: − read:payments' : 'Scopes: + read:payouts';
    await expect(savedNotice(latePage)).toContainText(`Someone else had changed this grant since you opened it (${theirChange})`);
    await expect(savedNotice(latePage)).toContainText(/The tenant now holds: [^.]*read:payouts/);
    expect(await heldScopes(grant.id)).toEqual(['create:payments', 'read:payouts', 'read:refunds']);
  });
}

test('both changes touch the same scope: nothing is saved until the admin confirms the merged result', async ({ browser }) => {
  const grant = await freshGrant();
  const a = await admin(browser, grant);
  const b = await admin(browser, grant);
  const dialogA = await openEdit(a);
  const dialogB = await openEdit(b);
  await scope(dialogA, 'read:payments').uncheck();
  await scope(dialogA, 'read:refunds').uncheck();
  await dialogA.getByRole('button', { name: 'Save' }).click();
  await expect(dialogA).toBeHidden();

  await scope(dialogB, 'read:payments').uncheck();
  await scope(dialogB, 'read:payouts').check();
  const patches: string[] = [];
  b.on('request', (request) => void (request.method() === 'PATCH' && patches.push(request.url())));
  await dialogB.getByRole('button', { name: 'Save' }).click();
  const warning = dialogB.getByRole('alert', { name: 'Someone else changed this grant' });
  await expect(warning).toContainText('Scopes: − read:payments, − read:refunds');
  await expect(warning).toContainText('read:payments: you remove it; the other change removed it too.');
  // The form shows the merged result: A's removal of read:refunds is not undone.
  await expect(scope(dialogB, 'read:refunds')).not.toBeChecked();
  await expect(scope(dialogB, 'read:payouts')).toBeChecked();
  expect(patches).toEqual([]);
  expect(await heldScopes(grant.id)).toEqual(['create:payments']);

  await dialogB.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(dialogB).toBeHidden();
  expect(await heldScopes(grant.id)).toEqual(['create:payments', 'read:payouts']);
});
