import type { ClientGrant } from '../api/client-grants';
import { comparableGrant, DEFAULT_GRANT_APP, type ComparableGrant } from './comparable-grant';

/**
 * A connected tenant's grants as Compare sees them. A grant whose application was deleted keeps the id as its
 * name (as the exports write it), so it matches nothing by name and shows as a difference. Auth0's own grants
 * (`is_system`) are left out: no tool manages them. `organizationsOf`, when given, names each grant's
 * organizations; without it they are not compared.
 */
export function fromTenant(
  grants: readonly ClientGrant[],
  appNames: ReadonlyMap<string, string>,
  organizationsOf?: (grantId: string) => readonly string[],
): ComparableGrant[] {
  return grants
    .filter((grant) => grant.is_system !== true)
    .map((grant) =>
      comparableGrant({
        appName: grant.client_id ? (appNames.get(grant.client_id) ?? grant.client_id) : DEFAULT_GRANT_APP,
        ...(grant.client_id ? { clientId: grant.client_id } : {}),
        ...(grant.default_for ? { defaultFor: grant.default_for } : {}),
        audience: grant.audience,
        subjectType: grant.subject_type,
        scopes: grant.scope,
        allowAllScopes: grant.allow_all_scopes,
        organizationUsage: grant.organization_usage,
        allowAnyOrganization: grant.allow_any_organization,
        ...(organizationsOf ? { organizations: organizationsOf(grant.id) } : {}),
        origin: grant.id,
      }),
    );
}
