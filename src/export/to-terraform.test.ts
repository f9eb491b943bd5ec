import { describe, expect, it } from 'vitest';
import { buildExport } from './build-export';
import { hclString } from './to-terraform';
import { exportInput, grants, organizationsInput } from './export-fixture';

const noYield = () => Promise.resolve();

/** Reads back an HCL quoted string the way Terraform does (escapes, then $${ and %%{ as literals). */
function readHclString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const body = literal.slice(1, -1);
  expect(body).not.toMatch(/(^|[^$])\$\{|(^|[^%])%\{/);
  return body
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
    .replace(/\\(u[0-9a-f]{4}|.)/g, (_m, e: string) =>
      e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e,
    );
}

async function terraform(): Promise<string> {
  return buildExport('terraform', exportInput(), { yieldNow: noYield, sliceSize: 3 });
}

describe('terraform export', () => {
  it.each(['plain', 'say "hi"', 'back\\slash', 'line\nbreak\ttab', '${var.secret}', '%{ if x }', '$${already}', 'bell\u0007'])(
    'escapes %j so it reads back unchanged and never interpolates',
    (value) => {
      expect(readHclString(hclString(value))).toBe(value);
    },
  );

  it('has one resource and one import (with the grant id) per manageable grant', async () => {
    const text = await terraform();
    const resources = [...text.matchAll(/^resource "auth0_client_grant" "([A-Za-z_][A-Za-z0-9_-]*)" \{$/gm)].map((m) => m[1]);
    const imports = [...text.matchAll(/^import \{\n {2}to = auth0_client_grant\.(\S+)\n {2}id = ("[^"\n]*")\n\}$/gm)].map((m) => [m[1], readHclString(m[2]!)]);
    const manageable = grants.filter((g) => !g.is_system);
    expect(resources).toHaveLength(manageable.length);
    expect(new Set(resources).size).toBe(resources.length);
    expect(imports.map(([, id]) => id).sort()).toEqual(manageable.map((g) => g.id).sort());
    expect(imports.map(([name]) => name).sort()).toEqual([...resources].sort());
    expect(text).toContain('# Left out 1 system grant(s)');
  });

  it('gives readable unique names: app_api, _user for user grants, third_party_clients for default grants', async () => {
    const text = await terraform();
    expect(text).toContain('resource "auth0_client_grant" "billing_core_service_orders_api" {');
    expect(text).toContain('resource "auth0_client_grant" "billing_core_service_orders_api_user" {');
    expect(text).toContain('resource "auth0_client_grant" "third_party_clients_orders_api" {');
    expect(text).toContain('resource "auth0_client_grant" "app_gone_orders_api" {');
  });

  it('numbers names that would collide, in a stable order', async () => {
    const twins = [grants[0]!, { ...grants[0]!, id: 'cgr_0' }];
    const text = await buildExport('terraform', exportInput({ grants: twins }), { yieldNow: noYield });
    expect(text.indexOf('"billing_core_service_orders_api"')).toBeLessThan(text.indexOf('"billing_core_service_orders_api_2"'));
    expect(text).toMatch(/to = auth0_client_grant\.billing_core_service_orders_api\n {2}id = "cgr_0"/);
  });

  it("uses the provider's attribute names", async () => {
    const text = await terraform();
    expect(text).toMatch(/\n {2}client_id +?= "app_billing"\n {2}audience +?= "https:\/\/orders.example.com"\n {2}scopes +?= \["read:orders"\]\n {2}subject_type +?= "user"\n {2}organization_usage +?= "allow"\n {2}allow_any_organization = true\n\}/);
    expect(text).toMatch(/default_for +?= "third_party_clients"/);
    expect(text).toMatch(/allow_all_scopes +?= true\n {2}subject_type +?= "client"/);
    expect(text).toMatch(/authorization_details_types = \["payment"\]/);
    expect(text).not.toMatch(/\bscope\s*=/);
  });

  it('leaves out grants of deleted apps and APIs and undefined scopes, named at the top, and keeps default grants', async () => {
    const text = await buildExport('terraform', organizationsInput(), { yieldNow: noYield, sliceSize: 2 });
    const ids = [...text.matchAll(/^ {2}id = "(cgr_\w+)"$/gm)].map((m) => m[1]).sort();
    expect(ids).toEqual(['cgr_1', 'cgr_2', 'cgr_4', 'cgr_6', 'cgr_7']);
    const head = text.slice(0, text.indexOf('import {'));
    expect(head).toContain('#   grant "cgr_3" ("app_gone" -> "Orders API"): its application no longer exists');
    expect(head).toContain('#   grant "cgr_5"');
    expect(head).toContain('#   scope(s) "legacy:x" of grant "cgr_7"');
    expect(head).not.toContain('cgr_4');
    expect(text).toMatch(/id = "cgr_7"\n\}\n\nresource "auth0_client_grant" "\w+" \{\n {2}client_id += "app_formula"\n {2}audience += "https:\/\/orders.example.com"\n {2}scopes += \["read:orders"\]/);
  });

  it('adds one imported auth0_organization_client_grant per association, referencing its grant resource', async () => {
    const text = await buildExport('terraform', organizationsInput(), { yieldNow: noYield, sliceSize: 2 });
    const grantNames = new Map([...text.matchAll(/^import \{\n {2}to = auth0_client_grant\.(\w+)\n {2}id = "(\w+)"\n\}$/gm)].map((m) => [m[1]!, m[2]!]));
    const imports = new Map(
      [...text.matchAll(/^import \{\n {2}to = auth0_organization_client_grant\.(\w+)\n {2}id = "([^"]+)"\n\}$/gm)].map((m) => [m[1]!, m[2]!]),
    );
    const resources = [
      ...text.matchAll(/^resource "auth0_organization_client_grant" "(\w+)" \{\n {2}organization_id = "(\w+)"\n {2}grant_id {8}= auth0_client_grant\.(\w+)\.id\n\}$/gm),
    ].map((m) => ({ name: m[1]!, org: m[2]!, grant: grantNames.get(m[3]!) }));
    // cgr_3's association goes with the grant (its app was deleted).
    expect(resources.map((r) => `${r.org}::${r.grant}`).sort()).toEqual(['org_acme::cgr_1', 'org_acme::cgr_2', 'org_beta::cgr_1', 'org_beta::cgr_6']);
    expect(resources.map((r) => imports.get(r.name))).toEqual(resources.map((r) => `${r.org}::${r.grant}`));
    expect(new Set(resources.map((r) => r.name)).size).toBe(4);
  });

  it('gives the same file in any slicing, and says why organizations are missing', async () => {
    const whole = await buildExport('terraform', organizationsInput(), { yieldNow: noYield, sliceSize: 1000 });
    expect(await buildExport('terraform', organizationsInput(), { yieldNow: noYield, sliceSize: 1 })).toBe(whole);
    const without = await buildExport('terraform', organizationsInput({ organizations: { status: 'unavailable', reason: 'no scope.' } }), { yieldNow: noYield });
    expect(without).toContain('# Organizations are not in this file: no scope.');
    expect(without).not.toContain('auth0_organization_client_grant');
  });
});
