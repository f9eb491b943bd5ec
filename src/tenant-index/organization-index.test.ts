import { describe, expect, it } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { fixtureOrg } from './organization-fixtures';
import { organizationsOfGrant, reachableFromOrganization, sortedOrganizations } from './organization-queries';
import {
  createTenantIndex,
  putGrants,
  putOrganizationGrants,
  putOrganizations,
  removeGrant,
  setAssociation,
  type TenantIndex,
} from './tenant-index';

// Issue #26: the index with 10,000 organizations and 100,000 associations. Behaviour only (no timing): every
// answer is checked against what the deterministic layout below implies, computed without the index.

const ORGS = 10_000;
const GRANTS = 20_000;
const PER_ORG = 10;

/** Grant i: `deny` when i % 10 is 0; `allow_any_organization` when i % 100 is 1; else `allow`. */
function grant(i: number): ClientGrant {
  return {
    id: `cgr_${i}`,
    client_id: `app_${i % 2_000}`,
    audience: `https://api-${i % 50}.example`,
    scope: ['read:things'],
    subject_type: 'client',
    organization_usage: i % 10 === 0 ? 'deny' : 'allow',
    ...(i % 100 === 1 ? { allow_any_organization: true } : {}),
  };
}

/** Organization j is associated with grants (10j + k) mod 20,000 for k < 10: each grant with 5 organizations. */
const grantsOfOrg = (j: number) => Array.from({ length: PER_ORG }, (_, k) => (j * PER_ORG + k) % GRANTS);
const orgsOfGrant = (i: number) =>
  Array.from(
    { length: (ORGS * PER_ORG) / GRANTS },
    (_, m) => Math.floor(i / PER_ORG) + (GRANTS / PER_ORG) * m,
  );

function bigIndex(): TenantIndex {
  const index = createTenantIndex();
  putGrants(
    index,
    Array.from({ length: GRANTS }, (_, i) => grant(i)),
  );
  const orgs = Array.from({ length: ORGS }, (_, j) => fixtureOrg(j));
  for (let start = 0; start < ORGS; start += 100) putOrganizations(index, orgs.slice(start, start + 100));
  for (let j = 0; j < ORGS; j++)
    putOrganizationGrants(
      index,
      fixtureOrg(j).id,
      grantsOfOrg(j).map((i) => `cgr_${i}`),
    );
  return index;
}

describe('the tenant index with 10,000 organizations and 100,000 associations', () => {
  const index = bigIndex();
  const sample = [0, 1, 9, 10, 4_321, 9_999, 12_345, 19_999];

  it('holds every organization and association, both ways', () => {
    expect(index.organizations.size).toBe(ORGS);
    let associations = 0;
    for (const set of index.grantsByOrg.values()) associations += set.size;
    expect(associations).toBe(100_000);
    let back = 0;
    for (const set of index.orgsByGrant.values()) back += set.size;
    expect(back).toBe(100_000);
    expect(sortedOrganizations(index)).toHaveLength(ORGS);
    expect(sortedOrganizations(index)[0]!.id).toBe('org_00000');
  });

  it("answers a grant's organizations from the layout", () => {
    for (const i of sample) {
      const expected = orgsOfGrant(i)
        .map((j) => fixtureOrg(j).id)
        .sort();
      expect(organizationsOfGrant(index, `cgr_${i}`).map((o) => o.id)).toEqual(expected);
    }
  });

  it('answers what can reach an organization: its associations that allow organizations, and every allow_any grant', () => {
    const anyGrants = Array.from({ length: GRANTS }, (_, i) => i).filter((i) => i % 100 === 1);
    for (const j of [0, 1, 123, 5_000, 9_999]) {
      const associated = grantsOfOrg(j).filter((i) => i % 10 !== 0);
      const viaAny = anyGrants.filter((i) => !associated.includes(i));
      const reach = reachableFromOrganization(index, fixtureOrg(j).id);
      const got = (how: string) =>
        reach
          .filter((r) => r.how === how)
          .map((r) => r.grant.id)
          .sort();
      expect(got('associated')).toEqual(associated.map((i) => `cgr_${i}`).sort());
      expect(got('any-organization')).toEqual(viaAny.map((i) => `cgr_${i}`).sort());
    }
  });

  it('follows writes: an association made and removed, a grant deleted with its associations, an org re-read', () => {
    const copy = bigIndex();
    setAssociation(copy, 'org_00005', 'cgr_7', true);
    expect(organizationsOfGrant(copy, 'cgr_7').map((o) => o.id)).toContain('org_00005');
    setAssociation(copy, 'org_00005', 'cgr_7', false);
    expect(organizationsOfGrant(copy, 'cgr_7').map((o) => o.id)).not.toContain('org_00005');
    removeGrant(copy, 'cgr_51');
    expect(copy.grantsByOrg.get('org_00005')?.has('cgr_51')).toBe(false);
    expect(reachableFromOrganization(copy, 'org_00000').some((r) => r.grant.id === 'cgr_51')).toBe(false);
    putOrganizationGrants(copy, 'org_00001', ['cgr_3']);
    expect(copy.orgsByGrant.get('cgr_11')?.has('org_00001')).toBe(false);
    expect(copy.grantsByOrg.get('org_00001')).toEqual(new Set(['cgr_3']));
  });
});
