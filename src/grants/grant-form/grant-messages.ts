import type { ClientGrant } from '../../api/client-grants';
import type { ResourceServer } from '../../api/resource-servers';
import { formatLifetimeHours, tokenLifetimeSeconds } from '../token-lifetime';

const LISTED_SCOPES = 3;

function scopeList(grant: ClientGrant): string {
  if (grant.allow_all_scopes) return 'all scopes';
  const scopes = grant.scope ?? [];
  if (scopes.length === 0) return 'no scopes';
  const shown = scopes.slice(0, LISTED_SCOPES).join(', ');
  return scopes.length > LISTED_SCOPES ? `${shown} and ${scopes.length - LISTED_SCOPES} more` : shown;
}

/** The success notification after a create. Names the grant and warns that existing tokens do not change (§9). */
export function createdMessage(grant: ClientGrant, appName: string, apiName: string): string {
  return `Granted ${appName} access to ${apiName} (${scopeList(grant)}). The app must request a new token to get these scopes.`;
}
/** Before the created message when the create's answer was lost and the grant was found by reading again. */
export function recoveredCreateNote(recovered: 'lost' | 'exists' | undefined): string {
  if (recovered === 'lost') return 'Created; the response was lost, and re-reading the tenant found the grant. ';
  if (recovered === 'exists') {
    return 'Created: the tenant answered "already exists" and holds the grant exactly as you asked (the request reached it twice, or someone created the same grant at that moment). ';
  }
  return '';
}

/** What the tenant holds after a write, in full: the admin sees the result, not only what they sent. */
export function holdsNote(grant: ClientGrant): string {
  const scopes = grant.allow_all_scopes ? 'all scopes' : (grant.scope ?? []).join(', ') || 'no scopes';
  const usage = grant.organization_usage ? `; organization usage ${grant.organization_usage}` : '';
  const anyOrg = grant.allow_any_organization ? ', any organization' : '';
  return `The tenant now holds: ${scopes}${usage}${anyOrg}.`;
}

/** The note after a save that was applied on top of another admin's change. */
export function mergedNote(theirChanges: readonly string[]): string {
  const what = theirChanges.length > 0 ? ` (${theirChanges.join('; ')})` : '';
  return `Someone else had changed this grant since you opened it${what}; only your changes were applied on top of theirs.`;
}

/** The note after a save: a token keeps the scopes it was issued with until it expires (§9). */
export function savedNote(
  resourceServer: Pick<ResourceServer, 'name' | 'token_lifetime'> | undefined,
): string {
  const base = 'Tokens already issued keep their old scopes until they expire';
  if (!resourceServer) return `${base}; the app must request a new token to get the new scopes.`;
  const lifetime = formatLifetimeHours(tokenLifetimeSeconds(resourceServer));
  return `${base} (up to ${lifetime} for ${resourceServer.name}); the app must request a new token to get the new scopes.`;
}
