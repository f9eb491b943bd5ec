import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Client } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const file = page.waitForEvent('download');
  await click();
  return readFile(await (await file).path(), 'utf8');
}

// The tenant's own JSON export as the Source, then one grant changed and one deleted through the API: the filters
// narrow the Differences table (and the CSV) to what they keep, the counts follow the text, every row of the
// virtualised table is reachable by keyboard, and the connected tenant's grant links to the Grants view.
test('the Differences filters, counts, keyboard reach and grant link against the local tenant', async ({ page }) => {
  test.setTimeout(90_000);
  const { tenant, dashboard } = environment();
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const names = clients.map((c) => c.name);
  const unique = new Map(clients.filter((c) => names.indexOf(c.name) === names.lastIndexOf(c.name)).map((c) => [c.client_id, c.name]));
  const plain = (await allGrants(tenant)).filter((g) => !g.is_system && g.client_id && unique.has(g.client_id) && !g.audience.includes('/api/v2/'));
  const nameOf = (g: Grant) => unique.get(g.client_id!)!;
  const changed = plain.find((g) => (g.scope?.length ?? 0) >= 2 && !g.allow_all_scopes)!;
  const text = nameOf(changed).toLowerCase();
  const deleted = plain.find((g) => g.client_id !== changed.client_id && !nameOf(g).toLowerCase().includes(text) && !g.audience.toLowerCase().includes(text))!;
  expect([changed, deleted].every(Boolean), 'the demo seed has a grant to change and one to delete').toBe(true);

  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  const json = await readFile(await (await exported).path(), 'utf8');
  await callApi<Grant>(tenant, `client-grants/${changed.id}`, { method: 'PATCH', body: { scope: changed.scope!.slice(1) } });
  await callApi(tenant, `client-grants/${deleted.id}`, { method: 'DELETE' });

  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByRole('group', { name: 'Source' }).getByLabel('Source file').setInputFiles({ name: 'grants.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const counts = page.getByRole('status').filter({ hasText: / only in source, / });
  await expect(counts).toHaveText(/^1 only in source, 0 only in target, 1 changed, \d+ unchanged$/, { timeout: 20_000 });
  const unchanged = Number((await counts.textContent())!.match(/(\d+) unchanged$/)![1]);
  const table = page.getByRole('table', { name: 'Differences' });
  const kinds = page.getByRole('group', { name: 'Kinds of difference' });
  await expect(table).toHaveAttribute('aria-rowcount', '3');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(kinds.getByRole('checkbox', { name: 'Show unchanged' })).not.toBeChecked();
  await expect(kinds.getByRole('checkbox', { name: 'Show unchanged' })).toHaveText(`Unchanged ${unchanged.toLocaleString('en')}`);

  // Unchanged shown: hundreds of rows, only a window of them drawn, the last one reached by keyboard.
  await kinds.getByRole('checkbox', { name: 'Show unchanged' }).click();
  await expect(table).toHaveAttribute('aria-rowcount', String(3 + unchanged));
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  // The scroll container (at most 60vh) fully on screen, so "in the viewport" means scrolled into it.
  await table.locator('..').scrollIntoViewIfNeeded();
  await table.getByRole('checkbox', { name: /^Select (?!all differences)/ }).first().focus();
  await page.keyboard.press('End');
  const last = table.locator(`tr[aria-rowindex="${3 + unchanged}"]`);
  // Focus lands in the last row: on its checkbox if it has one (a difference), else on the row (an unchanged one).
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe(String(3 + unchanged));
  await expect(last).toBeInViewport();
  expect(await table.getByRole('row').count()).toBeLessThan(60);
  await kinds.getByRole('checkbox', { name: 'Show unchanged' }).click();

  // The text filter: the changed grant's application; the counts follow it; the CSV holds what is shown.
  await page.getByRole('textbox', { name: 'Filter differences' }).fill(nameOf(changed).toUpperCase());
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(kinds.getByRole('checkbox', { name: 'Changed', exact: true })).toHaveText('Changed 1');
  await expect(kinds.getByRole('checkbox', { name: 'Only in source', exact: true })).toHaveText('Only in source 0');
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText(['', 'Changed', nameOf(changed), changed.audience, changed.subject_type ?? 'client', `+${changed.scope![0]}`]);
  const csv = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
  expect(csv.trim().split('\r\n')).toHaveLength(2);
  expect(csv).toContain(changed.audience);
  await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveAccessibleDescription('Downloads hold the 1 row shown: the filters apply.');

  await kinds.getByRole('checkbox', { name: 'Changed', exact: true }).click();
  await expect(page.getByText('No differences match the filters.')).toBeVisible();
  await kinds.getByRole('checkbox', { name: 'Changed', exact: true }).click();

  // The Target is the connected tenant: the application opens its grant in the Grants view.
  const link = row.getByRole('link', { name: nameOf(changed) });
  await expect(link).toHaveAttribute('href', `?grant=${changed.id}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`\\?grant=${changed.id}$`));
  await expect(page.getByRole('dialog')).toContainText(changed.id);
});
