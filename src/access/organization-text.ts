import type { ClientGrant } from '../api/client-grants';

/** A grant's organization settings in a few words, for tenant-wide tables. */
export function organizationText(grant: ClientGrant): string {
  if (!grant.organization_usage) return 'Not set';
  if (grant.organization_usage === 'deny') return 'Denied';
  const usage = grant.organization_usage === 'require' ? 'Required' : 'Allowed';
  return grant.allow_any_organization ? `${usage}, any organization` : usage;
}
