import { OAuthError } from './errors.ts';
import type { Store } from './store.ts';
import type { Grant, StoredOrganization } from './types.ts';

// Client credentials with an `organization` (Machine-to-Machine Access for Organizations). Auth0
// documents when a token may carry an organization, not the exact error bodies of the refusals:
// the texts below are choices, in the token endpoint's {error, error_description} shape.

/** The organization a token is issued for, or undefined for a token without one; throws when refused. */
export function organizationForToken(
  store: Store,
  grant: Grant,
  audience: string,
  requested: string | undefined,
): StoredOrganization | undefined {
  const usage = grant.organization_usage ?? 'deny';
  if (requested === undefined || requested === '') {
    if (usage === 'require') {
      throw new OAuthError(
        403,
        'access_denied',
        `An organization is required to access "${audience}" with this client: send the organization parameter.`,
      );
    }
    return undefined;
  }
  const org = store.organizations.resolve(requested);
  if (!org)
    throw new OAuthError(
      400,
      'invalid_request',
      `parameter organization is invalid: "${requested}" is not known`,
    );
  if (usage === 'deny') {
    throw new OAuthError(
      403,
      'access_denied',
      `Organizations are not allowed for this client on "${audience}".`,
    );
  }
  if (grant.allow_any_organization !== true && !store.organizations.isAssociated(org.id, grant.id)) {
    throw new OAuthError(
      403,
      'access_denied',
      `Client is not authorized to access "${audience}" for the organization "${org.name}". Associate its client grant with the organization.`,
    );
  }
  return org;
}
