// What other features may use of the organizations folder (a grant's associated organizations).
export { OrganizationsRegion } from './organizations-region';
// For the grants table's Organization filter (its picker reads the tenant's organizations the same way).
export { organizationQueries } from './organization-queries';
export { organizationLabel } from './organization-label';
