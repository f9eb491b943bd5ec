import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Client } from './support/access.ts';
import { connectToLocalTenant } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { policyViolations, recordPolicyViolations } from './support/policy-violations.ts';
import { allGrants, callApi, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

async function exportAs(page: Page, format: string): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

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
  const changed = grants.find((g) => !g.is_system && g.client_id && unique.has(g.client_id) && (g.scope?.length ?? 0) >= 2 && !g.allow_all_scopes);
  expect(changed).toBeDefined();
  const known = new Set(clients.map((c) => c.client_id));
  const ofDeletedApps = grants.filter((g) => !g.is_system && g.client_id && !known.has(g.client_id)).length;

  await connectToLocalTenant(page, dashboard.url);
  const yaml = await exportAs(page, 'Deploy CLI (YAML)');
  const terraform = await exportAs(page, 'Terraform');
  const [removed, ...kept] = changed!.scope!;
  await callApi<Grant>(tenant, `client-grants/${changed!.id}`, { method: 'PATCH', body: { scope: kept } });

  await page.getByRole('tab', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/view=compare/);
  await compareWithTenant(page, yaml);
  const counts = page.getByRole('status').filter({ hasText: / only in source, / });
  await expect(counts).toHaveText(/^0 only in source, 0 only in target, 1 changed, \d+ unchanged$/, { timeout: 20_000 });
  const table = page.getByRole('table', { name: 'Differences' });
  await expect(table.getByRole('row')).toHaveCount(2);
  // The first cell holds the row's Select checkbox (the Target is a tenant, so differences can be applied).
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['', 'Changed', unique.get(changed!.client_id!)!, changed!.audience, changed!.subject_type ?? 'client', `+${removed}`]);

  // Terraform: literal client ids, named through the tenant; grants of deleted apps cannot be named, so the
  // tenant's grants of them are the only ones "only in target".
  await compareWithTenant(page, terraform);
  await expect(counts).toHaveText(new RegExp(`^0 only in source, ${ofDeletedApps} only in target, 1 changed, \\d+ unchanged$`));
  if (ofDeletedApps > 0) await expect(page.getByRole('list', { name: 'Not compared' })).toContainText(/is an id, and this file does not name its application/);
  expect(await policyViolations(page)).toEqual([]);
});
