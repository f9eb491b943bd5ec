import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { ClientGrant } from '../src/api/client-grants.ts';
import type { Client } from '../src/api/clients.ts';
import type { ResourceServer } from '../src/api/resource-servers.ts';
import { buildExport } from '../src/export/build-export.ts';
import type { ExportConnection, ExportInput, OrganizationRef } from '../src/export/export-input.ts';
import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import { a0deploy, withDeployScopes } from './deploy-cli-run.ts';
import { json, listAllGrants, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// The dashboard's own Deploy CLI export, built by its code from the demo tenant's data, imported by Auth0's
// Deploy CLI after the grants are deleted: every grant that can be rebuilt comes back, with its organizations as
// far as the CLI's format and its first-50-grants lookup allow. Also: its Terraform export is `terraform fmt` clean.

let tenant: TestTenant;
let dir: string;
beforeAll(async () => {
  tenant = await startTestTenant();
  dir = mkdtempSync(join(tmpdir(), 'dashboard-export-'));
});
afterAll(async () => {
  await tenant.close();
  rmSync(dir, { recursive: true, force: true });
});

type Org = { id: string; name: string; display_name?: string };
type YamlOrg = { name: string; connections: { name: string }[]; client_grants: { client_id: string }[] };
type OrgConnection = { connection_id: string; connection: { name: string } } & Record<string, unknown>;
const noYield = () => Promise.resolve();

/** What the dashboard reads before an export: every app, API, grant, organization and association. */
async function dashboardInput(): Promise<ExportInput> {
  const clients = await json<Client[]>(await tenant.call('/api/v2/clients?per_page=100'));
  const apis = await json<ResourceServer[]>(await tenant.call('/api/v2/resource-servers?per_page=100'));
  const grants = (await listAllGrants(tenant)) as ClientGrant[];
  const orgs = await json<Org[]>(await tenant.call('/api/v2/organizations?per_page=100'));
  const byGrant = new Map<string, OrganizationRef[]>();
  const byOrganization = new Map<string, ExportConnection[]>();
  for (const org of orgs) {
    const linked = await json<GrantJson[]>(await tenant.call(`/api/v2/organizations/${org.id}/client-grants?per_page=100`));
    for (const g of linked) byGrant.set(g.id, [...(byGrant.get(g.id) ?? []), org]);
    // As read-export-connections.ts writes them: the connection's name, then its flags.
    const enabled = await orgConnections(org.id);
    byOrganization.set(org.id, enabled.map(({ connection_id: _id, connection, ...flags }) => ({ name: connection.name, ...flags })));
  }
  return {
    grants,
    clients: new Map(clients.map((c) => [c.client_id, c])),
    apis: new Map(apis.map((a) => [a.identifier, a])),
    domain: tenant.domain,
    view: 'grants',
    complete: { clients: true, apis: true },
    organizations: { status: 'read', byGrant, connections: { status: 'read', byOrganization } },
  };
}

async function orgConnections(orgId: string): Promise<OrgConnection[]> {
  const page = await json<{ connections: OrgConnection[] }>(
    await tenant.call(`/api/v2/organizations/${orgId}/connections?include_totals=true&per_page=100`),
  );
  return page.connections;
}

/** Organization name → its connections as the API lists them. */
async function allOrgConnections(): Promise<Record<string, OrgConnection[]>> {
  const orgs = await json<Org[]>(await tenant.call('/api/v2/organizations?per_page=100'));
  return Object.fromEntries(await Promise.all(orgs.map(async (org) => [org.name, await orgConnections(org.id)] as const)));
}

/** By app name, API and subject type (ids change on import), scopes sorted. */
function comparable(grants: readonly GrantJson[], nameOf: Map<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    grants.map(({ id: _id, client_id, ...rest }) => [
      `${client_id ? nameOf.get(client_id) : `default_for:${rest.default_for}`} ${rest.audience} ${rest.subject_type}`,
      { ...rest, ...(client_id ? { client_id } : {}), ...(rest.scope ? { scope: [...rest.scope].sort() } : {}) },
    ]),
  );
}

/** Organization name → names of the apps whose grants are associated with it. */
async function orgApps(nameOf: Map<string, string>): Promise<Record<string, string[]>> {
  const orgs = await json<Org[]>(await tenant.call('/api/v2/organizations?per_page=100'));
  const out: Record<string, string[]> = {};
  for (const org of orgs) {
    const linked = await json<GrantJson[]>(await tenant.call(`/api/v2/organizations/${org.id}/client-grants?per_page=100`));
    const apps = [...new Set(linked.map((g) => nameOf.get(g.client_id ?? '') ?? ''))].sort();
    if (apps.length > 0) out[org.name] = apps;
  }
  return out;
}

describe("the dashboard's exports, applied by real tools", () => {
  it('the Terraform export of the demo tenant is `terraform fmt` clean', async (context) => {
    const found = await promisify(execFile)('terraform', ['version']).catch(() => undefined);
    if (!found) {
      context.skip('terraform is not installed: `terraform fmt -check` skipped');
      return;
    }
    const text = await buildExport('terraform', await dashboardInput(), { yieldNow: noYield });
    expect(text).toContain('resource "auth0_organization_client_grant"');
    const file = join(dir, 'grants.tf');
    writeFileSync(file, text);
    const checked = await promisify(execFile)('terraform', ['fmt', '-check', '-diff', file]).catch((e: { stdout?: string }) => e);
    expect(checked).toMatchObject({ stdout: '' });
  });

  it('a0deploy import of the Deploy CLI export rebuilds every grant that can be rebuilt, and the organizations it can', async () => {
    const admin = (await listAllGrants(tenant)).find((g) => g.client_id === DEFAULT_ADMIN_CLIENT_ID && g.audience === tenant.audience)!;
    const patch = await tenant.call(`/api/v2/client-grants/${admin.id}`, { method: 'PATCH', json: { scope: withDeployScopes(admin.scope) } });
    expect(patch.status).toBe(200);
    const input = await dashboardInput();
    const connectionsBefore = await allOrgConnections();
    const text = await buildExport('deploy-cli', input, { yieldNow: noYield });
    const file = join(dir, 'tenant.yaml');
    writeFileSync(file, text);

    // What the demo tenant holds that no tool can recreate, named at the top of the file.
    const nameOf = new Map([...input.clients.values()].map((c) => [c.client_id, c.name]));
    const before = input.grants as GrantJson[];
    const deletedApp = before.filter((g) => g.client_id && !input.clients.has(g.client_id));
    const deletedApi = before.filter((g) => !input.apis.has(g.audience));
    expect(deletedApp).toHaveLength(1);
    expect(deletedApi).toHaveLength(1);
    const head = text.slice(0, text.indexOf('clientGrants:'));
    for (const g of [...deletedApp, ...deletedApi]) expect(head).toContain(`#   grant "${g.id}"`);
    expect(head).toMatch(/# {3}scope\(s\) "legacy:export" of grant "cgr_\w+"/);

    for (const grant of before) {
      if (grant.is_system || grant.client_id === DEFAULT_ADMIN_CLIENT_ID) continue;
      expect((await tenant.call(`/api/v2/client-grants/${grant.id}`, { method: 'DELETE' })).status).toBe(204);
    }
    expect(await a0deploy(tenant, dir, ['import', '-i', file], ['clientGrants'])).toMatch(/Import Successful/);

    // Every grant comes back but those left out, and without the scopes their API no longer defines.
    const rebuildable = before
      .filter((g) => !deletedApp.includes(g) && !deletedApi.includes(g))
      .map((g) => {
        const defined = new Set((input.apis.get(g.audience)?.scopes ?? []).map((s) => s.value));
        return g.scope && !g.allow_all_scopes ? { ...g, scope: g.scope.filter((s) => defined.has(s)) } : g;
      });
    const after = await listAllGrants(tenant);
    expect(comparable(after, nameOf)).toEqual(comparable(rebuildable, nameOf));

    // Organizations: the CLI links an app's first grant among the first 50 grants it reads (docs/management-api.md),
    // so the associations of apps with no grant there are taken out, as the file's comment tells an admin to.
    const organizations = (parse(readFileSync(file, 'utf8')) as { organizations: YamlOrg[] }).organizations;
    expect(organizations.length).toBeGreaterThan(0);
    const firstPage = await json<{ client_grants: GrantJson[] }>(await tenant.call('/api/v2/client-grants?take=50'));
    const reachable = new Set(firstPage.client_grants.map((g) => nameOf.get(g.client_id ?? '') ?? ''));
    const resolvable = organizations
      .map((org) => ({ ...org, client_grants: org.client_grants.filter((link) => reachable.has(link.client_id)) }))
      .filter((org) => org.client_grants.length > 0);
    const orgsFile = join(dir, 'organizations.yaml');
    writeFileSync(orgsFile, stringify({ organizations: resolvable }));
    expect(await a0deploy(tenant, dir, ['import', '-i', orgsFile], ['organizations'])).toMatch(/Import Successful/);
    const expected = Object.fromEntries(resolvable.map((org) => [org.name, org.client_grants.map((l) => l.client_id).sort()]));
    expect(await orgApps(nameOf)).toEqual(expected);
    expect(Object.values(expected).flat().length).toBeGreaterThan(0);

    // The file lists each organization's connections, so the import (which makes them exactly those listed)
    // leaves every one linked, with its flags: without them it would have unlinked them all.
    const withConnections = resolvable.filter((org) => org.connections.length > 0);
    expect(withConnections.length).toBeGreaterThan(0);
    expect(await allOrgConnections()).toEqual(connectionsBefore);
  }, 1_500_000);
});
