import { describe, expect, it } from 'vitest';
import { usageFromEvents } from './grant-usage';
import { byOrganizationText, countByOrganization } from './organization-usage';
import { API, APP, HOUR, NOW, seccft } from './usage-fixtures';

const forOrg = (at: number, id: string, name?: string) => ({
  ...seccft(at),
  organization_id: id,
  ...(name !== undefined ? { organization_name: name } : {}),
});

describe('countByOrganization', () => {
  it('counts tokens per organization and those without one, busiest first', () => {
    const tokens = countByOrganization([
      forOrg(NOW, 'org_g', 'globex'),
      forOrg(NOW - HOUR, 'org_a', 'acme'),
      seccft(NOW - 2 * HOUR),
      forOrg(NOW - 3 * HOUR, 'org_a', 'acme'),
      seccft(NOW - 4 * HOUR),
      forOrg(NOW - 5 * HOUR, 'org_a', 'acme'),
    ]);
    expect(tokens).toEqual({
      organizations: [
        { id: 'org_a', name: 'acme', count: 3 },
        { id: 'org_g', name: 'globex', count: 1 },
      ],
      without: 2,
    });
  });

  it('keeps the newest name (a renamed organization), and the id when no event named it', () => {
    const tokens = countByOrganization([
      forOrg(NOW, 'org_a', 'acme-new'),
      forOrg(NOW - HOUR, 'org_a', 'acme-old'),
      forOrg(NOW - 2 * HOUR, 'org_x', ''),
    ]);
    expect(tokens.organizations).toEqual([
      { id: 'org_a', name: 'acme-new', count: 2 },
      { id: 'org_x', name: undefined, count: 1 },
    ]);
  });

  it('ties are ordered by name, so the line does not change between reads', () => {
    const tokens = countByOrganization([forOrg(NOW, 'org_2', 'zeta'), forOrg(NOW, 'org_1', 'alpha')]);
    expect(tokens.organizations.map((org) => org.name)).toEqual(['alpha', 'zeta']);
  });
});

describe('usageFromEvents per organization', () => {
  it("counts only this grant's tokens, dated or not, per organization", () => {
    const usage = usageFromEvents(
      [forOrg(NOW, 'org_a', 'acme'), { ...forOrg(NOW, 'org_a', 'acme'), client_id: 'other_app' }, seccft(NOW - HOUR)],
      APP,
      API,
      100,
      [{ type: 'seccft', client_id: APP, audience: API, organization_id: 'org_a' }],
    );
    expect(usage.count).toBe(3);
    expect(usage.byOrganization).toEqual({ organizations: [{ id: 'org_a', name: 'acme', count: 2 }], without: 1 });
  });
});

describe('byOrganizationText', () => {
  it('names each organization with its count, then the tokens without one', () => {
    const text = byOrganizationText({
      organizations: [
        { id: 'org_a', name: 'Acme', count: 12 },
        { id: 'org_g', count: 3 },
      ],
      without: 40,
    });
    expect(text).toBe('Tokens by organization: Acme 12, org_g 3 · without organization 40');
  });

  it('says none, says when the counts are floors, and shortens a long list', () => {
    expect(byOrganizationText({ organizations: [], without: 5 })).toBe('Tokens by organization: none · without organization 5');
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `org_${i}`, name: `o${i}`, count: 12 - i }));
    expect(byOrganizationText({ organizations: many, without: 0 }, true)).toBe(
      'Tokens by organization (of the newest tokens only): o0 12, o1 11, o2 10, o3 9, o4 8, o5 7, o6 6, o7 5, o8 4, o9 3, and 2 more · without organization 0',
    );
  });
});
