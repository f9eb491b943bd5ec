import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEFAULT_ADMIN_CLIENT_ID } from './defaults.ts';
import { a0deploy as runA0deploy, withDeployScopes } from './deploy-cli-run.ts';
import { json, listAllGrants, startTestTenant, type GrantJson, type TestTenant } from './test-helpers.ts';

// A real client, unchanged: Auth0's Deploy CLI (auth0-deploy-cli, pinned in package.json) exports the
// demo tenant to YAML, the tenant's grants are deleted, and the CLI imports the file again. Its
// `https://DOMAIN/…` calls reach the local tenant through scripts/deploy-cli-loader.mjs.

type Client = { client_id: string; name: string };
type Server = { identifier: string; scopes?: { value: string }[] };
type Org = { id: string; name: string };
type YamlGrant = { client_id?: string; audience: string; scope?: string[]; default_for?: string };
type YamlOrg = { name: string; client_grants?: { client_id: string }[] };
type TenantYaml = { clientGrants: YamlGrant[]; organizations?: YamlOrg[] };

let tenant: TestTenant;
let dir: string;

beforeAll(async () => {
  tenant = await startTestTenant();
  dir = mkdtempSync(join(tmpdir(), 'a0deploy-'));
});
afterAll(async () => {
  await tenant.close();
  rmSync(dir, { recursive: true, force: true });
});

const a0deploy = (args: string[], included: string[]) => runA0deploy(tenant, dir, args, included);

/** A grant as the comparison sees it: by app, API and subject type, with order-free scopes. */
function key(grant: Pick<GrantJson, 'client_id' | 'audience' | 'subject_type' | 'default_for'>): string {
  return `${grant.client_id ?? `default_for:${grant.default_for ?? ''}`} ${grant.audience} ${grant.subject_type}`;
}
function comparable(grants: GrantJson[]): Map<string, Omit<GrantJson, 'id'>> {
  return new Map(
    grants.map(({ id: _id, ...rest }) => [
      key(rest),
      { ...rest, ...(rest.scope ? { scope: [...rest.scope].sort() } : {}) },
    ]),
  );
}

async function grantAssociations(grants: GrantJson[]): Promise<Map<string, string[]>> {
  const orgs = await json<Org[]>(await tenant.call('/api/v2/organizations'));
  const out = new Map<string, string[]>();
  for (const org of orgs) {
    const linked = await json<GrantJson[]>(
      await tenant.call(`/api/v2/organizations/${org.id}/client-grants`),
    );
    const keys = linked.map((g) =>
      key({ ...g, subject_type: grants.find((x) => x.id === g.id)?.subject_type ?? '' }),
    );
    out.set(org.name, keys.sort());
  }
  return out;
}

describe('Auth0 Deploy CLI round trip', () => {
  it('export → delete every grant → import leaves the grants as they were, except those no tool can re-create', async () => {
    const clients = await json<Client[]>(await tenant.call('/api/v2/clients?per_page=100'));
    const servers = await json<Server[]>(await tenant.call('/api/v2/resource-servers?per_page=100'));
    const before = await listAllGrants(tenant);
    const admin = before.find(
      (g) => g.client_id === DEFAULT_ADMIN_CLIENT_ID && g.audience === tenant.audience,
    );
    if (!admin) throw new Error('admin grant missing');
    const patched = await tenant.call(`/api/v2/client-grants/${admin.id}`, {
      method: 'PATCH',
      json: { scope: withDeployScopes(admin.scope) },
    });
    expect(patched.status).toBe(200);
    const beforeGrants = await listAllGrants(tenant);
    const beforeLinks = await grantAssociations(beforeGrants);

    const out = join(dir, 'export');
    const exported = await a0deploy(
      ['export', '-f', 'yaml', '-o', out],
      ['clientGrants', 'clients', 'resourceServers', 'organizations'],
    );
    expect(exported).toMatch(/Export Successful/);
    const file = join(out, 'tenant.yaml');
    const yaml = parse(readFileSync(file, 'utf8')) as TenantYaml;
    // The CLI leaves its own app's grants out of an export (and never deletes them).
    expect(yaml.clientGrants.length).toBe(beforeGrants.length - 1);
    expect(yaml.organizations).toHaveLength(6);

    // What no tool can re-create, and the one export defect of the CLI, removed as an admin would.
    const appNames = new Set(clients.map((c) => c.name));
    const apis = new Map(servers.map((s) => [s.identifier, new Set((s.scopes ?? []).map((x) => x.value))]));
    const deletedApp = yaml.clientGrants.filter(
      (g) => g.client_id !== undefined && g.default_for === undefined && !appNames.has(g.client_id),
    );
    const deletedApi = yaml.clientGrants.filter((g) => !apis.has(g.audience));
    expect(deletedApp.map((g) => g.audience)).toEqual(['https://orders.example.com/']);
    expect(deletedApi.map((g) => g.client_id)).toEqual(['Billing Service']);
    let undefinedScopes = 0;
    const editable = yaml.clientGrants
      .filter((g) => !deletedApp.includes(g) && !deletedApi.includes(g))
      .map((g) => {
        // Deploy CLI 8.44.0 exports a default_for grant (which has no client_id) with
        // `client_id: undefined_clientId`, then refuses that very file on import.
        const { client_id: clientId, ...rest } = g;
        const grant: YamlGrant = g.default_for !== undefined ? rest : g;
        const known = apis.get(g.audience) ?? new Set<string>();
        const scope = grant.scope?.filter((s) => known.has(s));
        undefinedScopes += (grant.scope?.length ?? 0) - (scope?.length ?? 0);
        return {
          ...grant,
          ...(clientId !== undefined && g.default_for === undefined ? { client_id: clientId } : {}),
          ...(scope ? { scope } : {}),
        };
      });
    expect(undefinedScopes).toBe(1); // "legacy:export", which its API no longer defines
    writeFileSync(file, stringify({ ...yaml, clientGrants: editable }));

    for (const grant of beforeGrants) {
      if (grant.is_system || grant.client_id === DEFAULT_ADMIN_CLIENT_ID) continue;
      expect((await tenant.call(`/api/v2/client-grants/${grant.id}`, { method: 'DELETE' })).status).toBe(204);
    }
    expect(await listAllGrants(tenant)).toHaveLength(2);

    // Clients and APIs are not written by the local tenant: the import covers grants, then organizations.
    const imported = await a0deploy(['import', '-i', file], ['clientGrants']);
    expect(imported).toMatch(/Import Successful/);

    const after = comparable(await listAllGrants(tenant));
    const expected = comparable(beforeGrants);
    const appIds = new Set(clients.map((c) => c.client_id));
    const gone = beforeGrants.filter((g) => g.client_id !== undefined && !appIds.has(g.client_id));
    for (const grant of [...gone, ...beforeGrants.filter((g) => !apis.has(g.audience))])
      expected.delete(key(grant));
    for (const [k, grant] of expected) {
      const known = apis.get(grant.audience);
      if (grant.scope && known) expected.set(k, { ...grant, scope: grant.scope.filter((s) => known.has(s)) });
    }
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(expected));
    // Deleting the grants took their organization associations with them.
    expect([...(await grantAssociations(await listAllGrants(tenant))).values()].flat()).toEqual([]);

    // Organizations name associated grants by app only, and the CLI resolves those names against the
    // first 50 grants (its `paginate: true` read of /client-grants gets one checkpoint page and stops),
    // so only apps with a grant on that page can be associated again; the others are named and left out.
    const nameOf = new Map(clients.map((c) => [c.client_id, c.name]));
    const firstPage = await json<{ client_grants: GrantJson[] }>(
      await tenant.call('/api/v2/client-grants?take=50'),
    );
    const reachable = new Set(firstPage.client_grants.map((g) => nameOf.get(g.client_id ?? '') ?? ''));
    const skipped: string[] = [];
    const organizations = (yaml.organizations ?? []).map((org) => ({
      ...org,
      client_grants: (org.client_grants ?? []).filter((link) => {
        if (reachable.has(link.client_id)) return true;
        skipped.push(`${org.name}: ${link.client_id}`);
        return false;
      }),
    }));
    writeFileSync(file, stringify({ ...yaml, clientGrants: editable, organizations }));
    const orgsImported = await a0deploy(['import', '-i', file], ['organizations']);
    expect(orgsImported).toMatch(/Import Successful/);

    // Which of an app's grants an association lands on is beyond the CLI's format, so compare by app.
    const apps = (links: Map<string, string[]>): Record<string, string[]> =>
      Object.fromEntries(
        [...links].map(([org, keys]) => [
          org,
          [...new Set(keys.map((k) => nameOf.get(k.split(' ')[0] ?? '') ?? ''))]
            .filter((name) => !skipped.includes(`${org}: ${name}`))
            .sort(),
        ]),
      );
    const restored = apps(await grantAssociations(await listAllGrants(tenant)));
    expect(restored).toEqual(apps(beforeLinks));
    expect(Object.values(restored).flat().length).toBeGreaterThan(0);
  }, 1_500_000);
});
