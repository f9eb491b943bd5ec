import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import type { OrganizationsCoverage } from '../tenant-index';
import { buildIndex, fixtureGrant } from '../tenant-index/index-fixtures';
import { fixtureOrganization, withOrganizations } from './organization-fixtures';
import { organizationReach, organizationReachDetail, organizationReachText } from './organization-text';

const orgs = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark'].map((name, i) => fixtureOrganization(`org_${i}`, name));

const grants = {
  unset: fixtureGrant('g_unset', 'c', 'https://a'),
  deny: fixtureGrant('g_deny', 'c', 'https://a', { organization_usage: 'deny', allow_any_organization: true }),
  any: fixtureGrant('g_any', 'c', 'https://a', { organization_usage: 'require', allow_any_organization: true }),
  five: fixtureGrant('g_five', 'c', 'https://a', { organization_usage: 'allow' }),
  one: fixtureGrant('g_one', 'c', 'https://a', { organization_usage: 'allow' }),
  none: fixtureGrant('g_none', 'c', 'https://a', { organization_usage: 'require' }),
};

function reach(grant: ClientGrant, coverage?: OrganizationsCoverage) {
  const index = withOrganizations(
    buildIndex({ grants: Object.values(grants) }),
    orgs,
    // Every organization on g_five (listed out of order), Globex alone on g_one, and one on the deny grant.
    { org_4: ['g_five', 'g_deny'], org_0: ['g_five'], org_2: ['g_five'], org_1: ['g_five', 'g_one'], org_3: ['g_five'] },
    coverage,
  );
  const r = organizationReach(index, grant);
  return [organizationReachText(r), organizationReachDetail(r)];
}

describe('the Organizations column', () => {
  it('says what each grant reaches once organizations are read', () => {
    expect(reach(grants.unset)).toEqual(['Not allowed', undefined]);
    // Associations kept on a deny grant reach nothing; "any organization" with deny reaches nothing either.
    expect(reach(grants.deny)).toEqual(['Not allowed', undefined]);
    expect(reach(grants.any)).toEqual(['Any organization', 'Required']);
    expect(reach(grants.five)).toEqual(['Acme, Globex +3', 'Allowed']);
    expect(reach(grants.one)).toEqual(['Globex', 'Allowed']);
    expect(reach(grants.none)).toEqual(['None associated', 'Required']);
  });

  it('without the scopes to read associations: "Unknown" and the scopes missing, except where the grant itself tells', () => {
    const forbidden: OrganizationsCoverage = { status: 'forbidden', missingScopes: ['read:organization_client_grants'] };
    expect(reach(grants.five, forbidden)).toEqual(['Unknown', 'Needs read:organization_client_grants']);
    expect(reach(grants.none, forbidden)).toEqual(['Unknown', 'Needs read:organization_client_grants']);
    expect(reach(grants.any, forbidden)).toEqual(['Any organization', 'Required']);
    expect(reach(grants.deny, forbidden)).toEqual(['Not allowed', undefined]);
  });

  it('says an answer read in part is partial, and one not read yet is not an answer', () => {
    expect(reach(grants.five, { status: 'partial' })).toEqual(['Acme, Globex +3 so far', 'Allowed']);
    expect(reach(grants.none, { status: 'partial' })).toEqual(['None associated so far', 'Required']);
    expect(reach(grants.none, { status: 'unread' })).toEqual(['Not read yet', undefined]);
    expect(reach(grants.any, { status: 'unread' })).toEqual(['Any organization', 'Required']);
  });

  it('names an associated organization the index does not hold by its id', () => {
    const index = withOrganizations(buildIndex({ grants: [grants.one] }), [], { org_gone: ['g_one'] });
    expect(organizationReachText(organizationReach(index, grants.one))).toBe('org_gone');
  });
});
