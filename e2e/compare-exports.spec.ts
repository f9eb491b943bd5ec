import { expect, test, type Page } from '@playwright/test';
import type { Api, Client } from './support/access.ts';
import { changeTenant, connectSecondTenant, expectedRows, grantsByKey, useSecondTenant } from './support/compare-tenants.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { exportAs } from './support/export-download.ts';
import { allGrants, callApi } from './support/tenant-api.ts';

// Issue #27: "a Deploy CLI YAML and a Terraform file exported from A, compared with B, give the same diff as A
// itself". A is the dashboard's local tenant, B a second one seeded alike and then changed through its API. The
// only rows allowed to differ are those of the grants the exports leave out by design (deleted apps and APIs,
// scopes their API no longer defines), which each file lists in its top comment: the test asserts exactly that set.
const environment = useEnvironment({ seed: 'demo' });
const tenantB = useSecondTenant();

/** Each Differences row as "kind|app|API|subject type|changes" (the first cell is the Select checkbox). */
const shownRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Differences' })
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll('td')].slice(1, 6).map((cell) => cell.textContent ?? '').join('|')));

/** The match keys (app|API|subject type) of the rows one diff shows and the other does not. */
function keysThatDiffer(a: string[], b: string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  const differing = [...a.filter((row) => !inB.has(row)), ...b.filter((row) => !inA.has(row))];
  return [...new Set(differing.map((row) => row.split('|').slice(1, 4).join('|')))].sort();
}

/** The grant ids a Deploy CLI or Terraform file lists in its top comment as left out, whole or some scopes. */
const listedAsLeftOut = (text: string) =>
  [...text.matchAll(/^# {3}(?:grant|scope\(s\) .* of grant) "([^"]+)" \(/gm)].map((match) => match[1]!).sort();

test('a Deploy CLI YAML and a Terraform file exported from A, compared with B, give the same diff as A itself', async ({ page }) => {
  test.setTimeout(180_000);
  const { tenant: a, dashboard } = environment();
  const b = tenantB();
  await changeTenant(b);
  const [aGrants, bGrants] = await Promise.all([grantsByKey(a), grantsByKey(b)]);
  // What the exports must leave out, from A's API: grants of deleted apps or on deleted APIs, and grants holding a
  // scope their API no longer defines (kept without it). Each maps to its Compare key; ambiguous names show no row.
  const clients = await callApi<Client[]>(a, 'clients?per_page=100&fields=client_id,name');
  const apis = await callApi<Api[]>(a, 'resource-servers?per_page=100');
  const known = new Set(clients.map((c) => c.client_id));
  const defined = new Map(apis.map((api) => [api.identifier, new Set((api.scopes ?? []).map((s) => s.value))]));
  const byId = new Map([...aGrants.ids].map(([key, grant]) => [grant.id, key]));
  const leftOut = (await allGrants(a))
    .filter((g) => !g.is_system)
    .filter((g) => (g.client_id && !known.has(g.client_id)) || !defined.has(g.audience) || (g.scope ?? []).some((s) => !defined.get(g.audience)?.has(s)));
  expect(leftOut.length).toBeGreaterThan(0);
  const leftOutKeys = leftOut.flatMap((g) => byId.get(g.id) ?? []).sort();
  expect(leftOutKeys.length).toBeGreaterThan(0);

  await connectToLocalTenant(page, dashboard.url);
  const yaml = await exportAs(page, 'Deploy CLI (YAML)');
  const terraform = await exportAs(page, 'Terraform');
  for (const file of [yaml, terraform]) expect(listedAsLeftOut(file.text), file.name).toEqual(leftOut.map((g) => g.id).sort());

  await page.getByRole('tab', { name: 'Compare' }).click();
  await connectSecondTenant(page, b);
  const source = page.getByRole('group', { name: 'Source' });
  const sourceChoice = source.getByRole('combobox', { name: 'Source' });
  await sourceChoice.selectOption({ label: a.domain });
  await page.getByRole('group', { name: 'Target' }).getByRole('combobox', { name: 'Target' }).selectOption({ label: b.domain });

  // A itself against B: the rows the APIs say (Compare pairs the two Management APIs by itself).
  const mapped = new Map([...aGrants.settings].map(([key, value]) => [key.replace(`|${a.audience}|`, `|${b.audience}|`), value]));
  const expected = expectedRows(mapped, bGrants.settings);
  await expect
    .poll(async () => (await shownRows(page)).map((row) => row.split('|').slice(0, 4).join('|')).sort(), { timeout: 60_000 })
    .toEqual(expected);
  const fromTenant = await shownRows(page);

  // Each file against B. A file names A's Management API by its identifier: the mapping table pairs it with B's,
  // as Compare does by itself between two tenants. Mappings are remembered per pair (this file → B).
  await sourceChoice.selectOption({ label: 'A file…' });
  await source.getByLabel('Source file').setInputFiles({ name: yaml.name, mimeType: 'text/plain', buffer: Buffer.from(yaml.text) });
  await expect(source.getByRole('status')).toHaveText(new RegExp(`^${yaml.name.replaceAll('.', '\\.')}: \\d+ grants`), { timeout: 30_000 });
  const mappings = page.getByRole('textbox', { name: 'Mappings' });
  const mapping = `api: ${a.audience} => ${b.audience}`;
  await mappings.fill(mapping);
  await expect.poll(async () => keysThatDiffer(fromTenant, await shownRows(page)), { timeout: 30_000 }).toEqual(leftOutKeys);

  // Switch away (A → B, where the mapping is cleared) and back: this file → B has its mapping again, and says so.
  await sourceChoice.selectOption({ label: a.domain });
  await mappings.fill('');
  await sourceChoice.selectOption({ label: 'A file…' });
  await expect(mappings).toHaveValue(mapping);
  await expect(page.getByRole('status').filter({ hasText: 'restored from this browser' })).toHaveText(
    `Mappings for ${yaml.name} → ${b.domain} restored from this browser.`,
  );

  // The Terraform file: literal client ids, named through the connected tenant (A). Nothing is stored for this
  // file → B yet, so the mapping typed above stays in the field.
  await source.getByLabel('Source file').setInputFiles({ name: terraform.name, mimeType: 'text/plain', buffer: Buffer.from(terraform.text) });
  await expect(source.getByRole('status')).toHaveText(new RegExp(`^${terraform.name.replaceAll('.', '\\.')}: \\d+ grants`), { timeout: 60_000 });
  await expect(mappings).toHaveValue(mapping);
  await expect.poll(async () => keysThatDiffer(fromTenant, await shownRows(page)), { timeout: 30_000 }).toEqual(leftOutKeys);
});
