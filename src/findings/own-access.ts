import type { FixKind } from './rules';

/** What this dashboard does with each Management API scope it uses. */
const dashboardNeeds: Record<string, string> = {
  'read:client_grants': 'list or read grants',
  'create:client_grants': 'create grants',
  'update:client_grants': 'edit grants',
  'delete:client_grants': 'delete grants',
  'read:clients': 'show application names',
  'read:resource_servers': 'show APIs and their scopes',
};

/**
 * What the dashboard would stop doing if this fix is applied to the grant of its own app. New tokens
 * only: the token in use keeps its scopes until it expires.
 */
export function ownAccessLoss(kind: FixKind, scopes: string[]): string[] {
  if (kind === 'allow-all-scopes') return [];
  const lost = kind === 'delete-grant' ? Object.keys(dashboardNeeds) : scopes.filter((scope) => scope in dashboardNeeds);
  return lost.map((scope) => `${dashboardNeeds[scope]} (${scope})`);
}
