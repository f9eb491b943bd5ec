import { describe, expect, it } from 'vitest';
import { buildExport } from './build-export';
import { exportInput, grants, organizationsInput } from './export-fixture';

const noYield = () => Promise.resolve();

describe('json export', () => {
  it('is the grants as the API returns them, scopes sorted, plus application and API names', async () => {
    const parsed = JSON.parse(await buildExport('json', exportInput(), { yieldNow: noYield, sliceSize: 2 })) as Record<string, unknown>[];
    expect(parsed.map((g) => g.id).sort()).toEqual(grants.map((g) => g.id).sort());
    expect(parsed.find((g) => g.id === 'cgr_2')).toEqual({
      ...grants[0],
      scope: ['read:orders', 'write:orders'],
      application_name: 'Billing, "Core"\nService',
      api_name: 'Orders API',
    });
    const allScopes = parsed.find((g) => g.id === 'cgr_5')!;
    expect(allScopes).not.toHaveProperty('scope');
    expect(allScopes.api_name).toBe('https://unknown.example.com');
    expect(parsed.find((g) => g.id === 'cgr_4')!.application_name).toBe('Third-party apps (default grant)');
  });

  it("lists each grant's organizations (id and name), every grant kept, and none when they were not read", async () => {
    const parsed = JSON.parse(await buildExport('json', organizationsInput(), { yieldNow: noYield })) as { id: string; organizations?: unknown }[];
    expect(parsed).toHaveLength(grants.length + 1);
    const orgsOf = (id: string) => parsed.find((g) => g.id === id)?.organizations;
    expect(orgsOf('cgr_1')).toEqual([{ id: 'org_acme', name: 'acme' }, { id: 'org_beta', name: 'beta ${x}' }]);
    expect(orgsOf('cgr_3')).toEqual([{ id: 'org_acme', name: 'acme' }]);
    expect(orgsOf('cgr_4')).toEqual([]);
    const unread = JSON.parse(await buildExport('json', exportInput(), { yieldNow: noYield })) as Record<string, unknown>[];
    expect(unread.some((g) => 'organizations' in g)).toBe(false);
  });

  it('is an empty array for no grants', async () => {
    expect(JSON.parse(await buildExport('json', exportInput({ grants: [] }), { yieldNow: noYield }))).toEqual([]);
  });
});

describe('json export of odd characters', () => {
  it.each([
    ['line and paragraph separators', 'a\u2028b\u2029c'],
    ['line breaks of every kind', 'a\nb\r\nc\rd\u0085e'],
    ['bidi controls, quotes and backslashes', '\u202Eexe.live "x" \\ y'],
    ['a lone surrogate and a NUL', 'x\uD800y\u0000z'],
    ['emoji and combining marks', '👩‍💻 é'],
  ])('gives back values with %s byte for byte', async (_what, odd) => {
    const grant = { id: 'cgr_odd', client_id: 'app_odd', audience: `https://odd.example/${odd}`, scope: [odd, `${odd}2`], subject_type: 'client' as const };
    const input = exportInput({ grants: [grant], clients: new Map([['app_odd', { client_id: 'app_odd', name: odd }]]), apis: new Map() });
    const [parsed] = JSON.parse(await buildExport('json', input, { yieldNow: noYield })) as Record<string, unknown>[];
    expect(parsed).toEqual({ ...grant, application_name: odd, api_name: grant.audience });
  });
});
