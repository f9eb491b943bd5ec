// What other features may use of the organizations folder (a grant's associated organizations).
export { OrganizationsRegion } from './organizations-region';
