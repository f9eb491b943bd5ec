import { expect, test, type Page } from '@playwright/test';
import type { Api, Client } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { exportAs } from './support/export-download.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

async function compareWithTenant(page: Page, file: { name: string; text: string }) {
  const source = page.getByRole('group', { name: 'Source' });
  await expect(source.getByRole('combobox', { name: 'Source' })).toHaveValue('file');
  await source.getByLabel('Source file').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
}

// Files exported from the tenant, then one grant changed through the API: comparing each file (Source) with the
// tenant (Target) shows exactly that change. The Terraform file runs the lazily loaded HCL parser under the CSP.
test("a file exported from the tenant, compared with it after one change, shows that change only", async ({ page }) => {
  await recordPolicyViolations(page);
  const { tenant, dashboard } = environment();
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const names = clients.map((c) => c.name);
  const unique = new Map(clients.filter((c) => names.indexOf(c.name) === names.lastIndexOf(c.name)).map((c) => [c.client_id, c.name]));
  const grants = await allGrants(tenant);
  const apis = await callApi<Api[]>(tenant, 'resource-servers?per_page=100');
  const defined = new Map(apis.map((api) => [api.identifier, new Set((api.scopes ?? []).map((s) => s.value))]));
  const known = new Set(clients.map((c) => c.client_id));
  // What the Deploy CLI and Terraform files leave out (no tool can recreate it), computed from the API: grants of
  // deleted apps or on deleted APIs (only in the tenant), and scopes their API no longer defines (a changed grant).
  const plain = grants.filter((g) => !g.is_system);
  const leftOut = plain.filter((g) => (g.client_id && !known.has(g.client_id)) || !defined.has(g.audience));
  const undefinedScopes = (g: Grant) => (g.scope ?? []).some((s) => !defined.get(g.audience)?.has(s));
  const trimmed = plain.filter((g) => !leftOut.includes(g) && undefinedScopes(g)).length;
  const changed = plain.find((g) => g.client_id && unique.has(g.client_id) && (g.scope?.length ?? 0) >= 2 && !g.allow_all_scopes && defined.has(g.audience) && !undefinedScopes(g));
  expect(changed).toBeDefined();
  const expectedCounts = new RegExp(`^0 only in source, ${leftOut.length} only in target, ${1 + trimmed} changed, \\d+ unchanged$`);

  await connectToLocalTenant(page, dashboard.url);
  const yaml = await exportAs(page, 'Deploy CLI (YAML)');
  const terraform = await exportAs(page, 'Terraform');
  const [removed, ...kept] = changed!.scope!;
  await callApi<Grant>(tenant, `client-grants/${changed!.id}`, { method: 'PATCH', body: { scope: kept } });

  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/view=compare/);
  await compareWithTenant(page, yaml);
  const counts = page.getByRole('status').filter({ hasText: / only in source, / });
  await expect(counts).toHaveText(expectedCounts, { timeout: 20_000 });
  const table = page.getByRole('table', { name: 'Differences' });
  await expect(table.getByRole('row')).toHaveCount(1 + leftOut.length + 1 + trimmed);
  // The first cell holds the row's Select checkbox (the Target is a tenant, so differences can be applied).
  const row = table.getByRole('row').filter({ hasText: unique.get(changed!.client_id!)! }).filter({ hasText: changed!.audience });
  await expect(row.getByRole('cell')).toHaveText(['', 'Changed', unique.get(changed!.client_id!)!, changed!.audience, changed!.subject_type ?? 'client', `+${removed}`]);

  // Terraform: literal client ids, named through the tenant; it leaves out the same grants and scopes.
  await compareWithTenant(page, terraform);
  await expect(counts).toHaveText(expectedCounts);
  expect(await policyViolations(page)).toEqual([]);
});
