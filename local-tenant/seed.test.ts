import { describe, expect, it } from 'vitest';
import { buildSeed, parseSeed } from './seed.ts';
import { WIDE_API_IDENTIFIER, WIDE_API_NAME } from './seed-scale.ts';

// Seeds are deterministic and shaped like a real tenant (ids, counts, special grants).

const ctx = { managementAudience: 'https://127.0.0.1:4010/api/v2/' };

describe('seeds', () => {
  it('demo: same seed, same tenant; ~40 apps, 12 APIs + Management API, 200 grants', () => {
    const a = buildSeed({ kind: 'demo' }, ctx);
    expect(buildSeed({ kind: 'demo' }, ctx)).toEqual(a);
    expect(a.clients).toHaveLength(40);
    expect(a.resourceServers).toHaveLength(13);
    expect(a.grants).toHaveLength(200);
    expect(a.grants.every((g) => /^cgr_[A-Za-z0-9]{16}$/.test(g.id))).toBe(true);
    expect(a.clients.every((c) => /^[A-Za-z0-9]{32}$/.test(c.client_id) && c.client_secret.length > 20)).toBe(
      true,
    );
    expect(a.resourceServers.every((s) => /^[0-9a-f]{24}$/.test(s.id))).toBe(true);
    const clientIds = new Set(a.clients.map((c) => c.client_id));
    const audiences = new Set(a.resourceServers.map((s) => s.identifier));
    expect(a.grants.filter((g) => g.client_id !== undefined && !clientIds.has(g.client_id))).toHaveLength(1);
    expect(a.grants.filter((g) => !audiences.has(g.audience))).toHaveLength(1);
    expect(a.grants.filter((g) => g.is_system)).toHaveLength(1);
    expect(a.grants.filter((g) => g.subject_type === 'user').length).toBeGreaterThan(10);
    expect(a.grants.filter((g) => g.allow_all_scopes).length).toBe(2);
    expect(a.grants.filter((g) => g.organization_usage !== undefined).length).toBeGreaterThan(5);
    const keys = a.grants.map((g) => `${g.client_id ?? g.default_for}|${g.audience}|${g.subject_type}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('demo: the cases the Findings view must point at', () => {
    const a = buildSeed({ kind: 'demo' }, ctx);
    const scopesOf = (audience: string) => a.resourceServers.find((s) => s.identifier === audience)?.scopes.map((s) => s.value) ?? [];
    const typeOf = (clientId: string | undefined) => a.clients.find((c) => c.client_id === clientId)?.app_type;
    expect(a.grants.filter((g) => g.scope?.includes('legacy:export') && !scopesOf(g.audience).includes('legacy:export'))).toHaveLength(1);
    const broad = a.grants.filter((g) => !g.is_system && scopesOf(g.audience).length > 1 && scopesOf(g.audience).every((s) => g.scope?.includes(s)));
    expect(broad.length).toBeGreaterThanOrEqual(1);
    const unusable = a.grants.filter((g) => g.subject_type === 'client' && ['spa', 'native'].includes(typeOf(g.client_id) ?? ''));
    expect(unusable.map((g) => typeOf(g.client_id)).sort()).toEqual(['native', 'spa']);
  });

  it('demo: hard values the dashboard must lay out safely, each with grants', () => {
    const a = buildSeed({ kind: 'demo' }, ctx);
    const granted = (clientId: string) => a.grants.some((g) => g.client_id === clientId);
    const long = a.clients.find((c) => c.name.length >= 190 && !/\s/.test(c.name));
    expect(long && granted(long.client_id)).toBe(true);
    const override = a.clients.find((c) => c.name === '\u202Eevil.exe');
    expect(override && granted(override.client_id)).toBe(true);
    const api = a.resourceServers.find((s) => s.identifier.length >= 180);
    expect(api?.name).toBe('Analytics API');
    const longScopes = api?.scopes.filter((scope) => scope.value.length >= 140).map((scope) => scope.value) ?? [];
    expect(longScopes).toHaveLength(4);
    expect(a.grants.some((g) => g.audience === api?.identifier && g.scope?.some((s) => longScopes.includes(s)))).toBe(true);
  });

  it('empty: admin and read-only apps and their Management API grants only', () => {
    const data = buildSeed({ kind: 'empty' }, ctx);
    expect(data.clients).toHaveLength(2);
    expect(data.grants).toHaveLength(2);
    expect(data.resourceServers.map((s) => s.name)).toEqual(['Auth0 Management API']);
  });

  it('scale:N gives exactly N unique grants', () => {
    const data = buildSeed({ kind: 'scale', grants: 5000 }, ctx);
    expect(data.grants).toHaveLength(5000);
    expect(new Set(data.grants.map((g) => g.id)).size).toBe(5000);
    expect(data.clients.length).toBe(502);
    // 50 APIs, the Management API and the wide API.
    expect(data.resourceServers.length).toBe(52);
  });

  it('scale:N holds one API with exactly 1,000 distinct scopes, the same on every build', () => {
    const wide = (n: number) =>
      buildSeed({ kind: 'scale', grants: n }, ctx).resourceServers.find((s) => s.identifier === WIDE_API_IDENTIFIER);
    const server = wide(200);
    expect(server?.name).toBe(WIDE_API_NAME);
    expect(server?.scopes).toHaveLength(1000);
    expect(new Set(server?.scopes.map((s) => s.value)).size).toBe(1000);
    expect(server?.scopes[0]).toEqual({ value: 'read:records_001', description: 'Read records 001' });
    expect(wide(200)).toEqual(server);
    expect(wide(5000)?.scopes).toEqual(server?.scopes);
  });

  it('scale:N:orgs=M gives exactly M organizations with 10 associations each, the grants otherwise unchanged', () => {
    const plain = buildSeed({ kind: 'scale', grants: 1000 }, ctx);
    const data = buildSeed({ kind: 'scale', grants: 1000, organizations: 1000 }, ctx);
    expect(data.organizations).toHaveLength(1000);
    expect(data.organizationGrants).toHaveLength(10_000);
    const keys = new Set(data.organizationGrants?.map((l) => `${l.organization_id}|${l.grant_id}`));
    expect(keys.size).toBe(10_000);
    const perOrg = new Map<string, number>();
    for (const link of data.organizationGrants ?? []) perOrg.set(link.organization_id, (perOrg.get(link.organization_id) ?? 0) + 1);
    expect(new Set(perOrg.values())).toEqual(new Set([10]));
    // Only organizations may be associated with grants that allow them.
    const allowing = new Set(data.grants.filter((g) => g.organization_usage && g.organization_usage !== 'deny').map((g) => g.id));
    expect(data.organizationGrants?.every((l) => allowing.has(l.grant_id))).toBe(true);
    const strip = (g: (typeof data.grants)[number]) => ({ ...g, organization_usage: undefined, allow_any_organization: undefined });
    expect(data.grants.map(strip)).toEqual(plain.grants.map(strip));
    const none = buildSeed({ kind: 'scale', grants: 1000, organizations: 0 }, ctx);
    expect(none.organizations).toEqual([]);
    expect(none.organizationGrants).toEqual([]);
  });

  it('parses seed names', () => {
    expect(parseSeed('scale:100')).toEqual({ kind: 'scale', grants: 100 });
    expect(parseSeed('scale:1000:orgs=1000')).toEqual({ kind: 'scale', grants: 1000, organizations: 1000 });
    expect(parseSeed('scale:1000:orgs=0')).toEqual({ kind: 'scale', grants: 1000, organizations: 0 });
    expect(typeof parseSeed('scale:1000:orgs=')).toBe('string');
    expect(typeof parseSeed('scale:1000:orgs=100001')).toBe('string');
    expect(typeof parseSeed('scale:x')).toBe('string');
    expect(typeof parseSeed('full')).toBe('string');
  });
});
