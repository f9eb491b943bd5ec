import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../../api/client-grants';
import { valuesFromGrant, type GrantFormValues } from './grant-form-values';
import { mergeGrantEdit, sameGrantSettings } from './grant-merge';

const base: ClientGrant = {
  id: 'cgr_1',
  client_id: 'app1',
  audience: 'https://payments.example.com/',
  scope: ['read:payments', 'write:payments', 'read:refunds'],
  subject_type: 'client',
};

const grant = (changes: Partial<ClientGrant>): ClientGrant => ({ ...base, ...changes });
const form = (changes: Partial<GrantFormValues>): GrantFormValues => ({ ...valuesFromGrant(base), ...changes });
const sorted = (scopes: string[]) => [...scopes].sort();

describe('sameGrantSettings', () => {
  it('ignores scope order and ids, sees every setting', () => {
    expect(sameGrantSettings(base, grant({ scope: ['read:refunds', 'read:payments', 'write:payments'] }))).toBe(true);
    expect(sameGrantSettings(base, grant({ scope: ['read:payments'] }))).toBe(false);
    expect(sameGrantSettings(base, grant({ organization_usage: 'allow' }))).toBe(false);
    expect(sameGrantSettings(base, grant({ allow_any_organization: true }))).toBe(false);
    expect(sameGrantSettings(base, grant({ allow_all_scopes: true, scope: undefined }))).toBe(false);
  });
});

describe('mergeGrantEdit: scopes', () => {
  it("keeps the other admin's removal when I only add (the lost-update case)", () => {
    const theirs = grant({ scope: ['write:payments', 'read:refunds'] });
    const mine = form({ scope: ['read:payments', 'write:payments', 'read:refunds', 'write:refunds'] });
    const merge = mergeGrantEdit(base, mine, theirs);
    expect(sorted(merge.values.scope)).toEqual(['read:refunds', 'write:payments', 'write:refunds']);
    expect(merge.conflicts).toEqual([]);
    expect(merge.theirChanges).toEqual(['Scopes: − read:payments']);
  });

  it("keeps the other admin's addition when I only remove", () => {
    const theirs = grant({ scope: [...(base.scope ?? []), 'payouts'] });
    const merge = mergeGrantEdit(base, form({ scope: ['read:payments', 'write:payments'] }), theirs);
    expect(sorted(merge.values.scope)).toEqual(['payouts', 'read:payments', 'write:payments']);
    expect(merge.conflicts).toEqual([]);
  });

  it('does not depend on the order the scopes are listed in', () => {
    const theirs = grant({ scope: ['read:refunds', 'write:payments', 'read:payments', 'payouts'] });
    const mine = form({ scope: ['read:refunds', 'read:payments', 'write:payments'].reverse() });
    const merge = mergeGrantEdit(base, mine, theirs);
    expect(sorted(merge.values.scope)).toEqual(['payouts', 'read:payments', 'read:refunds', 'write:payments']);
    expect(merge.conflicts).toEqual([]);
  });

  it('reports a scope both changes touched, and still applies mine', () => {
    const theirs = grant({ scope: ['write:payments', 'read:refunds'] });
    const mine = form({ scope: ['write:payments', 'read:refunds', 'payouts'] });
    const merge = mergeGrantEdit(base, mine, theirs);
    expect(sorted(merge.values.scope)).toEqual(['payouts', 'read:refunds', 'write:payments']);
    expect(merge.conflicts).toEqual([
      { field: 'scope', scope: 'read:payments', text: 'read:payments: you remove it; the other change removed it too.' },
    ]);
  });

  it('reports the same scope added by both', () => {
    const theirs = grant({ scope: [...(base.scope ?? []), 'payouts'] });
    const merge = mergeGrantEdit(base, form({ scope: [...(base.scope ?? []), 'payouts'] }), theirs);
    expect(merge.values.scope.filter((s) => s === 'payouts')).toHaveLength(1);
    expect(merge.conflicts.map((c) => c.scope)).toEqual(['payouts']);
  });

  it('takes whatever the other admin changed when I changed no scopes', () => {
    const theirs = grant({ scope: ['read:refunds'] });
    const merge = mergeGrantEdit(base, form({ organization_usage: 'allow' }), theirs);
    expect(merge.values.scope).toEqual(['read:refunds']);
    expect(merge.values.organization_usage).toBe('allow');
    expect(merge.conflicts).toEqual([]);
  });
});

describe('mergeGrantEdit: All scopes', () => {
  it('turning All on over the other admin removing a scope is a conflict (All grants it again)', () => {
    const theirs = grant({ scope: ['write:payments', 'read:refunds'] });
    const merge = mergeGrantEdit(base, form({ allow_all_scopes: true, scope: [] }), theirs);
    expect(merge.values).toMatchObject({ allow_all_scopes: true, scope: [] });
    expect(merge.conflicts).toEqual([
      expect.objectContaining({ scope: 'read:payments', text: expect.stringContaining('you turned on All scopes') }),
    ]);
  });

  it('my removals cannot apply once the other admin turned All on: kept on, with a conflict', () => {
    const theirs = grant({ allow_all_scopes: true, scope: undefined });
    const merge = mergeGrantEdit(base, form({ scope: ['write:payments', 'read:refunds'] }), theirs);
    expect(merge.values).toMatchObject({ allow_all_scopes: true, scope: [] });
    expect(merge.conflicts.map((c) => c.text)).toEqual([
      'read:payments: you remove it; the other change turned on All scopes, which includes it.',
    ]);
    expect(merge.theirChanges[0]).toBe('All scopes: off → on');
  });

  it('an edit of other settings keeps the All scopes the other admin turned on', () => {
    const theirs = grant({ allow_all_scopes: true, scope: undefined });
    const merge = mergeGrantEdit(base, form({ allow_any_organization: true, organization_usage: 'allow' }), theirs);
    expect(merge.values.allow_all_scopes).toBe(true);
    expect(merge.conflicts).toEqual([]);
  });

  it('the other admin replacing All with a list wins when I did not touch scopes', () => {
    const allBase = grant({ allow_all_scopes: true, scope: undefined });
    const theirs = grant({ scope: ['read:payments'] });
    const mine = { ...valuesFromGrant(allBase), organization_usage: 'deny' as const };
    const merge = mergeGrantEdit(allBase, mine, theirs);
    expect(merge.values).toMatchObject({ allow_all_scopes: false, scope: ['read:payments'], organization_usage: 'deny' });
    expect(merge.conflicts).toEqual([]);
  });

  it('both replacing All with different lists is a conflict; mine is applied', () => {
    const allBase = grant({ allow_all_scopes: true, scope: undefined });
    const theirs = grant({ scope: ['read:payments'] });
    const mine = { ...valuesFromGrant(allBase), allow_all_scopes: false, scope: ['read:refunds'] };
    const merge = mergeGrantEdit(allBase, mine, theirs);
    expect(merge.values).toMatchObject({ allow_all_scopes: false, scope: ['read:refunds'] });
    expect(merge.conflicts).toEqual([expect.objectContaining({ field: 'allow_all_scopes' })]);
  });

  it('both turning All on agree', () => {
    const theirs = grant({ allow_all_scopes: true, scope: undefined });
    const merge = mergeGrantEdit(base, form({ allow_all_scopes: true, scope: [] }), theirs);
    expect(merge.values.allow_all_scopes).toBe(true);
    expect(merge.conflicts).toEqual([]);
  });
});

describe('mergeGrantEdit: organization settings', () => {
  it('applies only the fields I changed', () => {
    const theirs = grant({ organization_usage: 'require' });
    const merge = mergeGrantEdit(base, form({ allow_any_organization: true }), theirs);
    expect(merge.values).toMatchObject({ organization_usage: 'require', allow_any_organization: true });
    expect(merge.conflicts).toEqual([]);
    expect(merge.theirChanges).toEqual(['Organization usage: not set → require']);
  });

  it('both setting different usages is a conflict; mine is applied', () => {
    const theirs = grant({ organization_usage: 'deny' });
    const merge = mergeGrantEdit(base, form({ organization_usage: 'require' }), theirs);
    expect(merge.values.organization_usage).toBe('require');
    expect(merge.conflicts).toEqual([
      { field: 'organization_usage', text: 'Organization usage: you set require; the other change set deny.' },
    ]);
  });

  it('both setting the same value agree', () => {
    const theirs = grant({ organization_usage: 'allow', allow_any_organization: true });
    const merge = mergeGrantEdit(base, form({ organization_usage: 'allow', allow_any_organization: true }), theirs);
    expect(merge.conflicts).toEqual([]);
  });
});
