import { describe, expect, it } from 'vitest';
import { grant } from './compare-fixture';
import { compareGrants, warmSide } from './diff';
import { managementApiMapping } from './matching';
import { DEFAULT_GRANT_APP } from './comparable-grant';

describe('compareGrants', () => {
  it('matches by application name, API and subject type, whatever the ids', () => {
    const source = [grant({ clientId: 'id_a', scopes: ['read:orders', 'write:orders'] })];
    const target = [grant({ clientId: 'id_b', scopes: ['read:orders', 'delete:orders'] })];
    const diff = compareGrants(source, target);
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]?.kind).toBe('changed');
    expect(diff.rows[0]?.changes).toEqual([{ field: 'scopes', added: ['write:orders'], removed: ['delete:orders'] }]);
  });

  it('sorts every grant into only-source, only-target, changed and unchanged, with counts', () => {
    const source = [
      grant({ appName: 'A' }),
      grant({ appName: 'B' }),
      grant({ appName: 'C', allowAllScopes: true }),
      grant({ appName: 'D', subjectType: 'user' }),
    ];
    const target = [grant({ appName: 'B' }), grant({ appName: 'C' }), grant({ appName: 'D' }), grant({ appName: 'E' })];
    const diff = compareGrants(source, target);
    expect(diff.rows.map((r) => [r.appName, r.subjectType, r.kind])).toEqual([
      ['A', 'client', 'only-source'],
      ['B', 'client', 'unchanged'],
      ['C', 'client', 'changed'],
      ['D', 'client', 'only-target'],
      ['D', 'user', 'only-source'],
      ['E', 'client', 'only-target'],
    ]);
    expect(diff.counts).toEqual({ 'only-source': 2, 'only-target': 2, changed: 1, unchanged: 1 });
    expect(diff.rows[2]?.changes).toEqual([
      { field: 'allowAllScopes', source: true, target: false },
      { field: 'scopes', added: [], removed: ['read:orders'] },
    ]);
  });

  it('reports organization settings, and organizations only when both sides name them', () => {
    const source = [grant({ organizationUsage: 'allow', allowAnyOrganization: true, organizations: ['Acme', 'Globex'] })];
    const known = compareGrants(source, [grant({ organizations: ['Acme', 'Initech'] })]);
    expect(known.rows[0]?.changes).toEqual([
      { field: 'organizationUsage', source: 'allow', target: 'deny' },
      { field: 'allowAnyOrganization', source: true, target: false },
      { field: 'organizations', added: ['Globex'], removed: ['Initech'] },
    ]);
    const unknown = compareGrants([grant({ organizations: ['Acme'] })], [grant()]);
    expect(unknown.rows[0]?.kind).toBe('unchanged');
  });

  it('treats absent settings as Auth0 defaults: no organization_usage equals deny', () => {
    const diff = compareGrants([grant({ organizationUsage: 'deny', allowAnyOrganization: false })], [grant()]);
    expect(diff.counts.unchanged).toBe(1);
  });

  it('puts the mapping table into the source names before matching', () => {
    const source = [grant({ appName: 'Billing (staging)', audience: 'https://api.staging.example.com/' })];
    const target = [grant({ appName: 'Billing', audience: 'https://api.example.com/' })];
    expect(compareGrants(source, target).counts).toEqual({ 'only-source': 1, 'only-target': 1, changed: 0, unchanged: 0 });
    const mapped = compareGrants(source, target, [
      { kind: 'api', source: 'https://api.staging.example.com/', target: 'https://api.example.com/' },
      { kind: 'application', source: 'Billing (staging)', target: 'Billing' },
    ]);
    expect(mapped.counts).toEqual({ 'only-source': 0, 'only-target': 0, changed: 0, unchanged: 1 });
  });

  it('keeps the first row when one name is mapped twice', () => {
    const mapped = compareGrants([grant({ appName: 'X' })], [grant({ appName: 'Y' })], [
      { kind: 'application', source: 'X', target: 'Y' },
      { kind: 'application', source: 'X', target: 'Z' },
    ]);
    expect(mapped.counts.unchanged).toBe(1);
  });

  it('never guesses between two applications with one name: all their grants are ambiguous, on either side', () => {
    const target = [
      grant({ clientId: 'id_1', audience: 'https://orders.example.com' }),
      grant({ clientId: 'id_2', audience: 'https://billing.example.com' }),
      grant({ appName: 'Other', clientId: 'id_3' }),
    ];
    const source = [grant({ audience: 'https://orders.example.com', scopes: [] }), grant({ audience: 'https://new.example.com' }), grant({ appName: 'Other' })];
    const diff = compareGrants(source, target);
    expect(diff.rows.map((r) => r.appName)).toEqual(['Other']);
    expect(diff.ambiguous).toEqual([
      { side: 'target', appName: 'Billing', reason: '2 applications are named "Billing"', origins: ['test', 'test'] },
    ]);
  });

  it('reports a file that lists one grant twice instead of picking one', () => {
    const diff = compareGrants([grant({ origin: 'entry 1' }), grant({ origin: 'entry 2', scopes: [] })], [grant()]);
    expect(diff.rows).toEqual([]);
    expect(diff.ambiguous).toEqual([
      { side: 'source', appName: 'Billing', audience: 'https://orders.example.com', reason: '2 grants of "Billing" to this API and subject type', origins: ['entry 1', 'entry 2'] },
    ]);
  });

  it('matches default_for grants with each other, never with an application of that label', () => {
    const source = [grant({ appName: DEFAULT_GRANT_APP, defaultFor: 'third_party_clients' })];
    const target = [grant({ appName: DEFAULT_GRANT_APP })];
    expect(compareGrants(source, target).counts).toMatchObject({ 'only-source': 1, 'only-target': 1 });
    expect(compareGrants(source, [grant({ appName: DEFAULT_GRANT_APP, defaultFor: 'third_party_clients' })]).counts.unchanged).toBe(1);
  });

  // Behaviour only: how fast is for bench/, not a timed test on a shared machine.
  it('diffs 10,000 grants a side', () => {
    const make = (n: number, extra: string) =>
      Array.from({ length: n }, (_, i) => grant({ appName: `app ${i % 1000}`, audience: `https://api${Math.floor(i / 1000)}.example.com`, scopes: ['a', extra] }));
    const diff = compareGrants(make(10000, 'b'), make(10000, 'c'));
    expect(diff.counts.changed).toBe(10000);
    expect(diff.rows[0]?.changes).toEqual([{ field: 'scopes', added: ['b'], removed: ['c'] }]);
  });
});

describe('compareGrants with sides keyed ahead (warmSide)', () => {
  it('answers as without, for each mappings array, the same arrays compared again', () => {
    const source = [grant({ appName: 'Billing (staging)', clientId: 's' })];
    const target = [grant({ appName: 'Billing', clientId: 't' })];
    const mapped = [{ kind: 'application' as const, source: 'Billing (staging)', target: 'Billing' }];
    warmSide(source);
    warmSide(target, mapped);
    expect(compareGrants(source, target).counts).toMatchObject({ 'only-source': 1, 'only-target': 1, unchanged: 0 });
    expect(compareGrants(source, target, mapped).counts).toMatchObject({ 'only-source': 0, 'only-target': 0, unchanged: 1 });
    // Again, from the cache: the same answers.
    expect(compareGrants(source, target).counts).toMatchObject({ 'only-source': 1, 'only-target': 1 });
    expect(compareGrants(source, target, mapped).counts).toMatchObject({ unchanged: 1 });
  });
});

describe('managementApiMapping', () => {
  it('pairs the two tenants\' Management API grants, and leaves the admin\'s own rows first', () => {
    const source = [grant({ appName: 'Deploy bot', audience: 'https://dev.example.com/api/v2/' })];
    const target = [grant({ appName: 'Deploy bot', audience: 'https://prod.example.com/api/v2/' })];
    expect(compareGrants(source, target).counts.unchanged).toBe(0);
    const paired = compareGrants(source, target, managementApiMapping('dev.example.com', 'prod.example.com'));
    expect(paired.counts).toMatchObject({ unchanged: 1, 'only-source': 0, 'only-target': 0 });
    expect(managementApiMapping('a.example.com', 'a.example.com')).toEqual([]);
    expect(managementApiMapping(undefined, 'a.example.com')).toEqual([]);
  });
});
