import type { ClientGrant } from '../api/client-grants';
import type { Organization } from '../api/organizations';
import type { TenantIndex } from './tenant-index';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** What an organization is called in tables: its display name, else its name. */
export function organizationLabel(organization: Organization): string {
  return organization.display_name || organization.name;
}

/** Every organization, by label (for the Access and Grants pickers). */
export function sortedOrganizations(index: TenantIndex): Organization[] {
  return [...index.organizations.values()].sort((a, b) =>
    byName.compare(organizationLabel(a), organizationLabel(b)),
  );
}

/**
 * The organizations explicitly associated with a grant, by label; an association whose organization the
 * index does not hold (deleted meanwhile, or read partially) is given by its id alone.
 */
export function organizationsOfGrant(index: TenantIndex, grantId: string): Organization[] {
  const orgs: Organization[] = [];
  for (const id of index.orgsByGrant.get(grantId) ?? []) {
    orgs.push(index.organizations.get(id) ?? { id, name: id });
  }
  return orgs.sort((a, b) => byName.compare(organizationLabel(a), organizationLabel(b)));
}

/** Whether a grant can be used in an organization's context at all (`deny`, or unset, means never). */
export function allowsOrganizations(grant: ClientGrant): boolean {
  return grant.organization_usage === 'allow' || grant.organization_usage === 'require';
}

/** How a grant reaches an organization: listed among its associations, or through `allow_any_organization`. */
export type Reach = 'associated' | 'any-organization';

export type ReachableGrant = { grant: ClientGrant; how: Reach };

/**
 * Every grant whose tokens can carry this organization: grants associated with it whose usage allows
 * organizations, and every grant with `allow_any_organization` (and a usage that allows them). An
 * association on a `deny` grant reaches nothing (Findings reports it), so it is not listed here.
 * Linear in the organization's associations and the `allow_any_organization` grants (`anyOrganization`), not
 * in the tenant's grants: a 100,000-grant tenant answers as fast as a small one.
 */
export function reachableFromOrganization(index: TenantIndex, orgId: string): ReachableGrant[] {
  const reach: ReachableGrant[] = [];
  const associated = index.grantsByOrg.get(orgId) ?? new Set<string>();
  for (const id of associated) {
    const grant = index.grants.get(id);
    if (grant && allowsOrganizations(grant)) reach.push({ grant, how: 'associated' });
  }
  for (const id of index.anyOrganization) {
    const grant = index.grants.get(id);
    if (grant && allowsOrganizations(grant) && !associated.has(id))
      reach.push({ grant, how: 'any-organization' });
  }
  return reach;
}
