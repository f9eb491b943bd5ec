import { useConnection } from '../connection/connection-context';
import { hasScope } from '../connection/token';

/** What each organization scope enables here; the words are shown when the token lacks it. */
export const ORGANIZATION_SCOPES = {
  readAssociations: {
    scope: 'read:organization_client_grants',
    enables: 'list the organizations associated with a grant',
  },
  readOrganizations: { scope: 'read:organizations', enables: 'search the organizations to add' },
  create: { scope: 'create:organization_client_grants', enables: 'add organizations to a grant' },
  remove: { scope: 'delete:organization_client_grants', enables: 'remove organizations from a grant' },
} as const;

export type OrganizationAbility = keyof typeof ORGANIZATION_SCOPES;
export type OrganizationAccess = Record<OrganizationAbility, boolean>;

/** From the scopes the token was issued with: nothing is asked of the tenant that it would refuse. */
export function useOrganizationAccess(): OrganizationAccess {
  const { scopes } = useConnection();
  const has = (ability: OrganizationAbility) => hasScope(scopes, ORGANIZATION_SCOPES[ability].scope);
  return {
    readAssociations: has('readAssociations'),
    readOrganizations: has('readOrganizations'),
    create: has('create'),
    remove: has('remove'),
  };
}

/** "Your token lacks read:organizations (needed to search the organizations to add)." or undefined. */
export function missingReason(
  access: OrganizationAccess,
  ...needed: OrganizationAbility[]
): string | undefined {
  const missing = needed.filter((ability) => !access[ability]).map((ability) => ORGANIZATION_SCOPES[ability]);
  if (missing.length === 0) return undefined;
  return `Your token lacks ${missing.map(({ scope, enables }) => `${scope} (needed to ${enables})`).join(' and ')}.`;
}
