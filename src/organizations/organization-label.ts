import type { Organization } from '../api/organizations';

/** What an admin calls an organization: its display name when it has one, else its name (both are shown). */
export function organizationLabel(org: Pick<Organization, 'name' | 'display_name'>): string {
  return org.display_name ?? org.name;
}
