import type { Organization } from '../api/organizations';
import {
  putOrganizationGrants,
  putOrganizations,
  setOrganizationsCoverage,
  type OrganizationsCoverage,
  type TenantIndex,
} from '../tenant-index/tenant-index';

/** Test data: an organization whose label is `displayName` (the name is derived from it). */
export function fixtureOrganization(id: string, displayName: string, overrides: Partial<Organization> = {}): Organization {
  return { id, name: displayName.toLowerCase().replace(/\s+/g, '-'), display_name: displayName, ...overrides };
}

/**
 * Fills an index's organizations as the tenant read would: the organizations, each one's associated grant ids
 * (`associations`: org id → grant ids), then the coverage (complete unless told).
 */
export function withOrganizations(
  index: TenantIndex,
  organizations: Organization[],
  associations: Record<string, string[]>,
  coverage: OrganizationsCoverage = { status: 'complete' },
): TenantIndex {
  putOrganizations(index, organizations);
  for (const [orgId, grantIds] of Object.entries(associations)) putOrganizationGrants(index, orgId, grantIds);
  setOrganizationsCoverage(index, coverage);
  return index;
}
