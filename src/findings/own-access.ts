import { dashboardNeeds } from '../connection/dashboard-needs';
import type { FixKind } from './rules';

/**
 * What the dashboard would stop doing if this fix is applied to the grant of its own app. New tokens
 * only: the token in use keeps its scopes until it expires.
 */
export function ownAccessLoss(kind: FixKind, scopes: string[]): string[] {
  // Widening to all scopes, or changing only organization settings, takes none of its scopes away.
  if (kind !== 'delete-grant' && kind !== 'remove-scopes') return [];
  const lost = kind === 'delete-grant' ? Object.keys(dashboardNeeds) : scopes.filter((scope) => scope in dashboardNeeds);
  return lost.map((scope) => `${dashboardNeeds[scope]} (${scope})`);
}
