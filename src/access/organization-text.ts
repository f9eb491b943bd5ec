import type { ClientGrant } from '../api/client-grants';
import { allowsOrganizations, organizationLabel, organizationsOfGrant, type TenantIndex } from '../tenant-index';

/** How many associated organizations a cell names before "+N". */
const NAMED = 2;

/**
 * Which organizations a grant's tokens can carry, for the tenant-wide tables' "Organizations" column:
 * - `not-allowed`: usage `deny` or unset (associations kept on such a grant reach nothing);
 * - `any`: `allow_any_organization` (known from the grant alone, whatever the index holds);
 * - `associated` / `none`: the explicit associations, as far as the index has read them (`partial`);
 * - `unknown`: the token may not read associations (`missingScopes`); `unread`: not read yet.
 */
export type OrganizationReach =
  | { kind: 'not-allowed' }
  | { kind: 'any'; required: boolean }
  | { kind: 'associated'; required: boolean; names: string[]; more: number; partial: boolean }
  | { kind: 'none'; required: boolean; partial: boolean }
  | { kind: 'unknown'; missingScopes: string[] }
  | { kind: 'unread' };

export function organizationReach(index: TenantIndex, grant: ClientGrant): OrganizationReach {
  if (!allowsOrganizations(grant)) return { kind: 'not-allowed' };
  const required = grant.organization_usage === 'require';
  if (grant.allow_any_organization) return { kind: 'any', required };
  const coverage = index.organizationsCoverage;
  if (coverage.status === 'forbidden') return { kind: 'unknown', missingScopes: coverage.missingScopes };
  if (coverage.status === 'unread') return { kind: 'unread' };
  const partial = coverage.status === 'partial';
  const orgs = organizationsOfGrant(index, grant.id);
  if (orgs.length === 0) return { kind: 'none', required, partial };
  const names = orgs.slice(0, NAMED).map(organizationLabel);
  return { kind: 'associated', required, names, more: orgs.length - names.length, partial };
}

/** The reach in words (the cell's text, bidi controls not yet revealed: the cell shows each name isolated). */
export function organizationReachText(reach: OrganizationReach): string {
  switch (reach.kind) {
    case 'not-allowed':
      return 'Not allowed';
    case 'any':
      return 'Any organization';
    case 'associated':
      return `${reach.names.join(', ')}${reach.more > 0 ? ` +${reach.more}` : ''}${reach.partial ? ' so far' : ''}`;
    case 'none':
      return reach.partial ? 'None associated so far' : 'None associated';
    case 'unknown':
      return 'Unknown';
    case 'unread':
      return 'Not read yet';
  }
}

/** The line under the reach: whether tokens must carry an organization, or what would tell the answer. */
export function organizationReachDetail(reach: OrganizationReach): string | undefined {
  if (reach.kind === 'unknown') return `Needs ${reach.missingScopes.join(' and ')}`;
  if (reach.kind === 'not-allowed' || reach.kind === 'unread') return undefined;
  return reach.required ? 'Required' : 'Allowed';
}
