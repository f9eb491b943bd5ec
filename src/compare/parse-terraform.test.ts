import { describe, expect, it } from 'vitest';
import { buildExport } from '../export/build-export';
import { clients, exportInput, grants as tenantGrants } from '../export/export-fixture';
import { compareGrants } from './diff';
import { fromTenant } from './from-tenant';
import { MAX_TERRAFORM_CHARS, parseTerraform } from './parse-terraform';

const appNames = new Map(clients.map((c) => [c.client_id, c.name]));

const TF = `
resource "auth0_client" "billing" {
  name = "Billing \\"Core\\""
}

data "auth0_resource_server" "orders" {
  identifier = "https://orders.example.com"
}

resource "auth0_client_grant" "billing_orders" {
  client_id = auth0_client.billing.id
  audience  = data.auth0_resource_server.orders.identifier
  scopes    = ["write:orders", "read:orders", "odd $\${x} %%{y} \\u00e9"]
}

resource "auth0_client_grant" "old_style" {
  client_id          = "\${auth0_client.billing.client_id}"
  audience           = "https://billing.example.com"
  allow_all_scopes   = true
  subject_type       = "user"
  organization_usage = "require"
}
`;

describe('parseTerraform', () => {
  it('follows references within the file: a client id to its name, an API to its identifier; unescapes strings', () => {
    const result = parseTerraform(TF, 'main.tf');
    expect(result.ok && result.grants.map((g) => [g.appName, g.audience, g.subjectType, g.scopes, g.allowAllScopes, g.organizationUsage, g.origin])).toEqual([
      ['Billing "Core"', 'https://orders.example.com', 'client', ['odd ${x} %{y} \u00e9', 'read:orders', 'write:orders'], false, 'deny', 'auth0_client_grant.billing_orders (line 10)'],
      ['Billing "Core"', 'https://billing.example.com', 'user', [], true, 'require', 'auth0_client_grant.old_style (line 16)'],
    ]);
  });

  it('reports each grant it cannot place, and why, and reads the rest', () => {
    const text = `
variable "app" {}
resource "auth0_client_grant" "a" {
  client_id = var.app
  audience  = "https://x"
  scopes    = []
}
resource "auth0_client_grant" "b" {
  client_id = "abc123"
  audience  = "https://x"
  scopes    = []
}
resource "auth0_client_grant" "c" {
  for_each  = toset(["x"])
  client_id = "abc123"
  audience  = "https://x"
}
resource "auth0_client_grant" "d" {
  client_id = auth0_client.missing.id
  audience  = "https://x"
  scopes    = concat(["a"], ["b"])
}
resource "auth0_client_grant" "e" {
  client_id = "known"
  audience  = "https://x"
  scopes    = ["a"]
}
`;
    const result = parseTerraform(text, 'main.tf', { clientNames: new Map([['known', 'Known App']]) });
    expect(result.ok && result.skipped).toEqual([
      { origin: 'auth0_client_grant.a (line 3)', reason: 'cannot resolve var.app within this file' },
      { origin: 'auth0_client_grant.b (line 8)', reason: 'client_id "abc123" is an id, and this file does not name its application' },
      { origin: 'auth0_client_grant.c (line 13)', reason: 'count or for_each makes one block many grants' },
      { origin: 'auth0_client_grant.d (line 18)', reason: 'cannot resolve auth0_client.missing.id within this file' },
    ]);
    expect(result.ok && result.grants.map((g) => g.appName)).toEqual(['Known App']);
  });

  it("reads back the dashboard's Terraform export (literal ids, named through the tenant) with no difference", async () => {
    const text = await buildExport('terraform', exportInput(), { yieldNow: () => Promise.resolve() });
    const result = parseTerraform(text, 'grants.tf', { clientNames: appNames });
    expect(result.ok && result.skipped).toEqual([
      { origin: expect.stringContaining('auth0_client_grant.app_gone'), reason: expect.stringContaining('"app_gone" is an id') },
    ]);
    if (!result.ok) return;
    const tenant = fromTenant(tenantGrants, appNames).filter((g) => g.appName !== 'app_gone');
    const diff = compareGrants(result.grants, tenant);
    expect(diff.counts).toEqual({ 'only-source': 0, 'only-target': 0, changed: 0, unchanged: tenant.length });
  });

  it('names the line of a syntax error, of an attribute set twice and of a resource declared twice', () => {
    expect(parseTerraform('resource "auth0_client_grant" "a" {\n  audience = "x"\n  scopes = [\n}\n')).toMatchObject({ ok: false, problem: { kind: 'syntax' } });
    expect(parseTerraform('\n\nresource "a" "b" {\n  x = = 1\n}\n')).toMatchObject({ ok: false, problem: { kind: 'syntax', line: 4 } });
    expect(parseTerraform('resource "auth0_client_grant" "a" {\n  audience = "x"\n  audience = "y"\n}\n')).toEqual({
      ok: false,
      problem: { kind: 'shape', message: 'Line 3: "audience" is set twice in one block.', line: 3 },
    });
    expect(parseTerraform('resource "auth0_client" "a" {}\n\nresource "auth0_client" "a" {}\n', 'x.tf')).toMatchObject({
      ok: false,
      problem: { kind: 'shape', message: 'auth0_client.a is declared twice (lines 1 and 3).', line: 3, file: 'x.tf' },
    });
  });

  it('names the resource and attribute of a wrong type', () => {
    const text = 'resource "auth0_client" "a" { name = "A" }\nresource "auth0_client_grant" "g" {\n  client_id = auth0_client.a.id\n  audience = "x"\n  scopes = "read:all"\n}\n';
    expect(parseTerraform(text)).toEqual({
      ok: false,
      problem: { kind: 'shape', message: 'auth0_client_grant.g (line 2): "scopes" should be a list of text, not text.', line: 2 },
    });
  });

  it('keeps injection text in names as data', () => {
    const text = 'resource "auth0_client" "a" { name = "\\"]]; <script>x</script> =cmd" }\nresource "auth0_client_grant" "g" {\n  client_id = auth0_client.a.id\n  audience = "x"\n  scopes = []\n}\n';
    expect(parseTerraform(text)).toMatchObject({ ok: true, grants: [{ appName: '"]]; <script>x</script> =cmd' }] });
  });

  it('reads organizations from auth0_organization_client_grant, or compares none when one cannot be placed', () => {
    const base = `
resource "auth0_client" "a" { name = "A" }
resource "auth0_organization" "acme" { name = "acme" }
resource "auth0_client_grant" "g" {
  client_id = auth0_client.a.id
  audience  = "x"
  scopes    = []
}
resource "auth0_client_grant" "h" {
  client_id = auth0_client.a.id
  audience  = "y"
  scopes    = []
}
resource "auth0_organization_client_grant" "link" {
  organization_id = auth0_organization.acme.id
  grant_id        = auth0_client_grant.g.id
}
`;
    const linked = parseTerraform(base);
    expect(linked.ok && linked.grants.map((g) => g.organizations)).toEqual([['acme'], []]);
    const unplaced = parseTerraform(`${base}resource "auth0_organization_client_grant" "other" {\n  organization_id = "org_123"\n  grant_id = auth0_client_grant.h.id\n}\n`);
    expect(unplaced.ok && unplaced.grants.map((g) => g.organizations)).toEqual([undefined, undefined]);
    expect(unplaced.ok && unplaced.notes?.[0]).toContain('auth0_organization_client_grant.other (line 18)');
    // The dashboard's own export writes literal organization ids: named through the connected tenant.
    const named = parseTerraform(`${base}resource "auth0_organization_client_grant" "other" {\n  organization_id = "org_123"\n  grant_id = auth0_client_grant.h.id\n}\n`, 'main.tf', {
      organizationNames: new Map([['org_123', 'globex']]),
    });
    expect(named.ok && named.grants.map((g) => g.organizations)).toEqual([['acme'], ['globex']]);
  });

  it('reads a 2.5 MB file (10,000 grants with their apps) and refuses one past the Terraform limit', () => {
    const block = (i: number) =>
      `resource "auth0_client" "c${i}" {\n  name = "App ${i}"\n}\n\nresource "auth0_client_grant" "g${i}" {\n  client_id = auth0_client.c${i}.id\n  audience  = "https://api.example.com/"\n  scopes    = ["read:a", "write:b"]\n}\n\n`;
    const text = Array.from({ length: 10000 }, (_, i) => block(i)).join('');
    expect(text.length).toBeGreaterThan(2_000_000);
    const result = parseTerraform(text);
    expect(result.ok && result.grants.length).toBe(10000);
    expect(parseTerraform(`${text}${' '.repeat(MAX_TERRAFORM_CHARS)}`)).toMatchObject({ ok: false, problem: { kind: 'too-large' } });
  }, 120_000);
});
