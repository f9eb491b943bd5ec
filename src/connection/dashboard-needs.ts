import type { ClientGrant } from '../api/client-grants';

/** What this dashboard does with each Management API scope it uses. */
export const dashboardNeeds: Readonly<Record<string, string>> = {
  'read:client_grants': 'list or read grants',
  'create:client_grants': 'create grants',
  'update:client_grants': 'edit grants',
  'delete:client_grants': 'delete grants',
  'read:clients': 'show application names',
  'read:resource_servers': 'show APIs and their scopes',
};

/** The client id of the app whose token this dashboard uses (`sub` is `{client_id}@clients`). */
export function ownClientId(subject: string | undefined): string | undefined {
  return subject?.endsWith('@clients') ? subject.slice(0, -'@clients'.length) : undefined;
}

// A tenant's Management API identifier is `https://{canonical domain}/api/v2/`; the dashboard may be connected
// through a custom domain (or a proxy), so the audience's shape is what tells, not the connection's domain.
const MANAGEMENT_AUDIENCE = /^https:\/\/[^/]+\/api\/v2\/?$/i;

/**
 * The grant that gives the connected token its Management API access: the token's app on a Management API.
 * A look-alike custom API only costs the admin one more confirmation.
 */
export function isOwnAccessGrant(grant: ClientGrant, clientId: string | undefined): boolean {
  return clientId !== undefined && grant.client_id === clientId && MANAGEMENT_AUDIENCE.test(grant.audience);
}

/** "edit grants (update:client_grants)" for each scope the dashboard needs, in its order. */
export const describeNeeds = (scopes: Iterable<string>): string[] => {
  const lost = new Set(scopes);
  return Object.keys(dashboardNeeds)
    .filter((scope) => lost.has(scope))
    .map((scope) => `${dashboardNeeds[scope]} (${scope})`);
};
