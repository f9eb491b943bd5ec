import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { chooseScope, expectedHolders, expectTenantRead, type Api, type Client } from './support/access.ts';
import { connectToLocalTenant, expectGrantIds } from './support/dashboard.ts';
import { useEnvironment } from './support/environment.ts';
import { exportAs } from './support/export-download.ts';
import { allGrants, callApi, listGrants, type Grant } from './support/tenant-api.ts';

const environment = useEnvironment({ seed: 'demo' });

/** RFC 4180 rows (quoted fields may hold commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** The API with the most grants, and every grant the API returns for that filter. */
async function busiestApiGrants(): Promise<{ audience: string; grants: Grant[] }> {
  const grants = await allGrants(environment().tenant);
  const counts = new Map<string, number>();
  for (const g of grants) counts.set(g.audience, (counts.get(g.audience) ?? 0) + 1);
  const [audience] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const filtered = await listGrants(environment().tenant, { audience, per_page: 100, page: 0 });
  expect(filtered.total).toBeGreaterThan(10);
  return { audience, grants: filtered.client_grants };
}

test('exports of a filtered view hold exactly the grants the API returns for that filter, all pages, in every format', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const { audience, grants } = await busiestApiGrants();
  const ids = grants.map((g) => g.id).sort();
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const nameOf = new Map(clients.map((c) => [c.client_id, c.name]));
  // The Deploy CLI and Terraform files hold what a tool can recreate: no grant of a deleted app, no undefined scope.
  const defined = new Set((await callApi<Api[]>(tenant, 'resource-servers?per_page=100')).find((a) => a.identifier === audience)?.scopes?.map((s) => s.value));
  const manageable = grants
    .filter((g) => !g.is_system && (!g.client_id || nameOf.has(g.client_id)))
    .map((g) => (g.scope ? { ...g, scope: g.scope.filter((s) => defined.has(s)) } : g));

  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?audience=${encodeURIComponent(audience)}&per_page=10`);
  const firstPage = await listGrants(tenant, { audience, per_page: 10, page: 0 });
  await expectGrantIds(page, firstPage.client_grants.map((g) => g.id));
  const fileName = (ext: string) => new RegExp(`^client-grants_127\\.0\\.0\\.1-\\d+_grants_\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

  const json = await exportAs(page, 'JSON');
  expect(json.name).toMatch(fileName('json'));
  const exported = JSON.parse(json.text) as (Grant & { application_name: string })[];
  expect(exported.map((g) => g.id).sort()).toEqual(ids);
  for (const g of exported) if (g.client_id) expect(g.application_name).toBe(nameOf.get(g.client_id) ?? g.client_id);

  const csv = await exportAs(page, 'CSV');
  expect(csv.name).toMatch(fileName('csv'));
  const [header, ...rows] = parseCsv(csv.text);
  const idColumn = header!.indexOf('grant_id');
  expect(rows.map((r) => r[idColumn]).sort()).toEqual(ids);

  const yaml = await exportAs(page, 'Deploy CLI (YAML)');
  expect(yaml.name).toMatch(fileName('yaml'));
  const entries = (parse(yaml.text) as { clientGrants: { client_id?: string; audience: string; subject_type: string; scope?: string[] }[] }).clientGrants;
  const key = (app: string | undefined, subject: string | undefined, scope: string[] | undefined) => `${app}|${subject ?? 'client'}|${[...(scope ?? [])].sort().join(' ')}`;
  expect(entries.every((e) => e.audience === audience)).toBe(true);
  expect(entries.map((e) => key(e.client_id, e.subject_type, e.scope)).sort()).toEqual(
    manageable.map((g) => key(g.client_id && (nameOf.get(g.client_id) ?? g.client_id), g.subject_type, g.scope)).sort(),
  );

  const terraform = await exportAs(page, 'Terraform');
  expect(terraform.name).toMatch(fileName('tf'));
  const resources = [...terraform.text.matchAll(/^resource "auth0_client_grant" "(\w+)" \{$/gm)].map((m) => m[1]);
  const imports = [...terraform.text.matchAll(/^import \{\n {2}to = auth0_client_grant\.(\w+)\n {2}id = "([^"]+)"\n\}$/gm)];
  expect(new Set(resources).size).toBe(manageable.length);
  expect(imports.map((m) => m[2]).sort()).toEqual(manageable.map((g) => g.id).sort());
  expect(imports.map((m) => m[1]).sort()).toEqual([...resources].sort());
});

test("the Access view exports the holders it shows", async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = await allGrants(tenant);
  const apis = (await callApi<{ resource_servers: Api[] }>(tenant, 'resource-servers?per_page=100&include_totals=true')).resource_servers;
  const held = grants.find((g) => !g.allow_all_scopes && (g.scope ?? []).length > 0)!;
  const api = apis.find((a) => a.identifier === held.audience)!;
  const scope = held.scope![0]!;
  await connectToLocalTenant(page, dashboard.url);
  await page.getByRole('tab', { name: 'Access' }).click();
  await expectTenantRead(page);
  await expect(page.getByRole('button', { name: 'Export' })).toBeDisabled();
  await chooseScope(page, scope, api.name);
  const csv = await exportAs(page, 'CSV');
  expect(csv.name).toMatch(/_access_\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(csv.text);
  expect(rows.map((r) => r[header!.indexOf('grant_id')]).sort()).toEqual(expectedHolders(grants, api.identifier, scope));
  await expect(page.getByText(/^Exported \d+ grants? as CSV/)).toBeVisible();
});

test('the detail panel copies a curl that recreates the grant, with $TOKEN and never the real token', async ({ page, context }) => {
  const { tenant, dashboard } = environment();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const grant = (await allGrants(tenant)).find((g) => g.client_id && !g.is_system && (g.scope ?? []).length > 1)!;
  await connectToLocalTenant(page, dashboard.url);
  await page.goto(`${dashboard.url}/?grant=${grant.id}`);
  await page.getByRole('dialog').getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Copy as curl' })).toHaveText('Copied');
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain(`curl --request POST '${tenant.url}/api/v2/client-grants'`);
  expect(curl).toContain('Authorization: Bearer $TOKEN');
  expect(curl).not.toMatch(/Bearer ey/);
  const body = JSON.parse(curl.slice(curl.indexOf("--data '") + 8, curl.lastIndexOf("'"))) as Grant;
  expect(body).toMatchObject({ client_id: grant.client_id, audience: grant.audience, scope: [...grant.scope!].sort() });
});

test('exports carry the organizations the API reports for each grant, in every format', async ({ page }) => {
  const { tenant, dashboard } = environment();
  const grants = await allGrants(tenant);
  const orgs = await callApi<{ id: string; name: string }[]>(tenant, 'organizations?per_page=100');
  const expected = new Map<string, { id: string; name: string }[]>();
  for (const org of orgs) {
    const linked = await callApi<Grant[]>(tenant, `organizations/${org.id}/client-grants?per_page=100`);
    for (const g of linked) expected.set(g.id, [...(expected.get(g.id) ?? []), { id: org.id, name: org.name }]);
  }
  const byName = (list: { id: string; name: string }[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  expect(expected.size).toBeGreaterThan(0);

  await connectToLocalTenant(page, dashboard.url);
  const json = JSON.parse((await exportAs(page, 'JSON')).text) as (Grant & { organizations: { id: string; name: string }[] })[];
  expect(json).toHaveLength(grants.length);
  for (const g of json) expect(g.organizations).toEqual(byName(expected.get(g.id) ?? []));

  // The Deploy CLI file: each organization once, with the names of the apps of its associated grants it can write.
  const yaml = parse((await exportAs(page, 'Deploy CLI (YAML)')).text) as {
    organizations: { name: string; connections: { name: string }[]; client_grants: { client_id: string }[] }[];
  };
  const clients = await callApi<Client[]>(tenant, 'clients?per_page=100&fields=client_id,name');
  const nameOf = new Map(clients.map((c) => [c.client_id, c.name]));
  const apis = new Set((await callApi<Api[]>(tenant, 'resource-servers?per_page=100')).map((a) => a.identifier));
  const writable = grants.filter((g) => !g.is_system && g.client_id && nameOf.has(g.client_id) && apis.has(g.audience));
  const appsByOrg = new Map<string, Set<string>>();
  for (const g of writable) for (const org of expected.get(g.id) ?? []) appsByOrg.set(org.name, (appsByOrg.get(org.name) ?? new Set()).add(nameOf.get(g.client_id!)!));
  expect(Object.fromEntries(yaml.organizations.map((o) => [o.name, o.client_grants.map((l) => l.client_id)]))).toEqual(
    Object.fromEntries([...appsByOrg].map(([name, apps]) => [name, [...apps].sort()])),
  );
  // Each listed organization carries its connections by name (its import makes them exactly those listed).
  for (const org of yaml.organizations) {
    const id = orgs.find((o) => o.name === org.name)?.id ?? '';
    const listed = await callApi<{ connections: { connection: { name: string } }[] }>(tenant, `organizations/${id}/connections?include_totals=true`);
    expect(org.connections.map((c) => c.name)).toEqual(listed.connections.map((c) => c.connection.name).sort());
  }
  expect(yaml.organizations.some((o) => o.connections.length > 0)).toBe(true);

  // Terraform: one imported association per (organization, written grant), pointing at that grant's resource.
  const tf = (await exportAs(page, 'Terraform')).text;
  const grantOfResource = new Map([...tf.matchAll(/^import \{\n {2}to = auth0_client_grant\.(\w+)\n {2}id = "([^"]+)"\n\}$/gm)].map((m) => [m[1]!, m[2]!]));
  const associations = [...tf.matchAll(/^resource "auth0_organization_client_grant" "\w+" \{\n {2}organization_id = "([^"]+)"\n {2}grant_id {8}= auth0_client_grant\.(\w+)\.id\n\}$/gm)];
  const tfPairs = associations.map((m) => `${m[1]}::${grantOfResource.get(m[2]!)}`).sort();
  const imported = [...tf.matchAll(/^ {2}to = auth0_organization_client_grant\.\w+\n {2}id = "([^"]+)"$/gm)].map((m) => m[1]).sort();
  const tfWritable = grants.filter((g) => !g.is_system && (!g.client_id || nameOf.has(g.client_id)) && apis.has(g.audience));
  const apiPairs = tfWritable.flatMap((g) => (expected.get(g.id) ?? []).map((o) => `${o.id}::${g.id}`)).sort();
  expect(tfPairs).toEqual(apiPairs);
  expect(imported).toEqual(apiPairs);
});
