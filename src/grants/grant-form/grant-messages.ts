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


/** The note after a save: a token keeps the scopes it was issued with until it expires (§9). */
export function savedNote(
  resourceServer: Pick<ResourceServer, 'name' | 'token_lifetime'> | undefined,
): string {
  const base = 'Tokens already issued keep their old scopes until they expire';
  if (!resourceServer) return `${base}; the app must request a new token to get the new scopes.`;
  const lifetime = formatLifetimeHours(tokenLifetimeSeconds(resourceServer));
  return `${base} (up to ${lifetime} for ${resourceServer.name}); the app must request a new token to get the new scopes.`;
}
