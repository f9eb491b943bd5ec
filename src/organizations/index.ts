// What other features may use of the organizations folder (a grant's associated organizations).
export { OrganizationsRegion } from './organizations-region';
// The create and edit forms: choose a grant's organizations, then associate them (issue #26).
export type { Organization } from '../api/organizations';
export { GrantOrganizationsField, useOrganizationsFieldReason } from './grant-organizations-field';
export { OrganizationChangesResult } from './organization-changes-result';
export { organizationChangeLines, organizationChanges, organizationChangesNote } from './organization-changes';
export type { OrganizationChange } from './organization-writes';
export { useCurrentOrganizations } from './use-current-organizations';
export { useOrganizationChanges } from './use-organization-changes';
// For the grants table's Organization filter (its picker reads the tenant's organizations the same way).
export { organizationQueries } from './organization-queries';
export { organizationLabel } from './organization-label';
