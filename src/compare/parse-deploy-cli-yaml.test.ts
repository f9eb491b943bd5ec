import { describe, expect, it } from 'vitest';
import { buildExport } from '../export/build-export';
import { clients, exportInput, grants as tenantGrants } from '../export/export-fixture';
import { compareGrants } from './diff';
import { fromTenant } from './from-tenant';
import { parseDeployCliYaml } from './parse-deploy-cli-yaml';

const appNames = new Map(clients.map((c) => [c.client_id, c.name]));

describe('parseDeployCliYaml', () => {
  it("reads back the dashboard's Deploy CLI export with no difference from the tenant it came from", async () => {
    const text = await buildExport('deploy-cli', exportInput(), { yieldNow: () => Promise.resolve() });
    const result = parseDeployCliYaml(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const diff = compareGrants(result.grants, fromTenant(tenantGrants, appNames));
    expect(diff.counts).toEqual({ 'only-source': 0, 'only-target': 0, changed: 0, unchanged: tenantGrants.length - 1 });
  });

  it('reads a hand-written tenant.yaml: defaults filled, default_for, all scopes', () => {
    const text = `clientGrants:
  - client_id: My M2M
    audience: https://api.example.com/
    scope: [write:b, read:a, read:a]
  - default_for: third_party_clients
    audience: https://api.example.com/
    scope: []
  - client_id: Admin
    audience: https://api.example.com/
    allow_all_scopes: true
    subject_type: user
`;
    const result = parseDeployCliYaml(text, {}, 'tenant.yaml');
    expect(result.ok && result.grants.map((g) => [g.appName, g.defaultFor, g.subjectType, g.scopes, g.allowAllScopes, g.organizationUsage])).toEqual([
      ['My M2M', undefined, 'client', ['read:a', 'write:b'], false, 'deny'],
      ['Third-party apps (default grant)', 'third_party_clients', 'client', [], false, 'deny'],
      ['Admin', undefined, 'user', [], true, 'deny'],
    ]);
    expect(result.ok && result.grants[0]?.origin).toBe('clientGrants entry 1 (line 2)');
  });

  it('replaces keywords before parsing, and skips an entry whose keyword has no value, saying which', () => {
    const text = `clientGrants:
  - client_id: ##APP##
    audience: https://##ENV##.example.com/
    scope: @@SCOPES@@
  - client_id: Other
    audience: https://##NOPE##.example.com/
    scope: []
`;
    const result = parseDeployCliYaml(text, { APP: 'Billing', ENV: 'api', SCOPES: ['read:a', 'b: "c"'] });
    expect(result.ok && result.grants[0]).toMatchObject({ appName: 'Billing', audience: 'https://api.example.com/', scopes: ['b: "c"', 'read:a'] });
    expect(result.ok && result.skipped).toEqual([{ origin: 'clientGrants entry 2 (line 5)', reason: '##NOPE## has no value (give it one under Keywords)' }]);
  });

  it("takes the Deploy CLI's own export of a default_for grant (client_id: undefined_clientId) for that grant", () => {
    const text = 'clientGrants:\n  - client_id: undefined_clientId\n    default_for: third_party_clients\n    audience: https://a/\n    scope: []\n';
    expect(parseDeployCliYaml(text)).toMatchObject({ ok: true, grants: [{ appName: 'Third-party apps (default grant)', defaultFor: 'third_party_clients' }] });
    const both = parseDeployCliYaml(text.replace('undefined_clientId', 'Billing'));
    expect(both).toMatchObject({ ok: false, problem: { kind: 'shape', entry: 1, line: 2 } });
  });

  it('names the keywords without a value when the file cannot be read without them', () => {
    const result = parseDeployCliYaml('clientGrants:\n  - client_id: ##APP##\n    audience: x\n    scope: @@SCOPES@@\n', { APP: 'A' });
    expect(!result.ok && result.problem.message).toMatch(/^Not valid YAML: .*\. The file uses keywords without a value: SCOPES\.$/);
  });

  it('names the line of a syntax error and of a duplicate key', () => {
    expect(parseDeployCliYaml('clientGrants:\n  - client_id: a\n   audience: [\n')).toMatchObject({ ok: false, problem: { kind: 'syntax' } });
    const duplicate = parseDeployCliYaml('clientGrants:\n  - client_id: a\n    audience: x\n    audience: y\n');
    expect(duplicate).toMatchObject({ ok: false, problem: { kind: 'syntax', line: 4 } });
    expect(!duplicate.ok && duplicate.problem.message).toMatch(/unique/);
  });

  it('names the entry and its line for a wrong type', () => {
    const result = parseDeployCliYaml('clientGrants:\n  - client_id: a\n    audience: x\n    scope: [r]\n  - client_id: b\n    audience: x\n    scope: {a: 1}\n');
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'shape', message: 'clientGrants entry 2: "scope" should be a list of text, not an object.', entry: 2, line: 5 },
    });
    expect(parseDeployCliYaml('- a\n- b\n')).toMatchObject({ ok: false, problem: { kind: 'shape', line: 1 } });
    expect(parseDeployCliYaml('clientGrants: 7\n')).toMatchObject({ ok: false, problem: { kind: 'shape' } });
  });

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = parseDeployCliYaml(`${levels.join('\n')}\nclientGrants: []\n`);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'syntax' } });
    expect(!result.ok && result.problem.message).toMatch(/alias/i);
  });

  it('keeps injection text in names as data', () => {
    const result = parseDeployCliYaml('clientGrants:\n  - client_id: "\\"]]; <script>x</script>"\n    audience: "=cmd|\' /C calc\'!A0"\n    scope: ["${var.x}"]\n');
    expect(result.ok && result.grants[0]).toMatchObject({ appName: '"]]; <script>x</script>', audience: "=cmd|' /C calc'!A0", scopes: ['${var.x}'] });
  });

  it('puts organizations on the one grant of each listed application, and compares none it cannot place', () => {
    const text = `clientGrants:
  - { client_id: Solo, audience: https://a/, scope: [] }
  - { client_id: Twice, audience: https://a/, scope: [] }
  - { client_id: Twice, audience: https://b/, scope: [] }
  - { client_id: Alone, audience: https://a/, scope: [] }
organizations:
  - name: acme
    client_grants: [{ client_id: Solo }, { client_id: Twice }, { client_id: Ghost }]
  - name: globex
    client_grants: [{ client_id: Solo }]
`;
    const result = parseDeployCliYaml(text);
    expect(result.ok && result.grants.map((g) => [g.appName, g.organizations])).toEqual([
      ['Solo', ['acme', 'globex']],
      ['Twice', undefined],
      ['Twice', undefined],
      ['Alone', []],
    ]);
    expect(result.ok && result.notes).toHaveLength(2);
  });

  // 2 MB (about 17,000 grants): the yaml library takes seconds per MB on a loaded 2-core machine.
  it('reads a 2 MB tenant.yaml', () => {
    const entry = (i: number) => `  - client_id: App ${i}\n    audience: https://api.example.com/\n    scope:\n      - read:a\n      - write:b\n    subject_type: client\n`;
    const text = `clientGrants:\n${Array.from({ length: 17000 }, (_, i) => entry(i)).join('')}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const result = parseDeployCliYaml(text);
    expect(result.ok && result.grants.length).toBe(17000);
  }, 60_000);
});
