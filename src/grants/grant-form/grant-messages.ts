import type { ClientGrant } from '../../api/client-grants';
import type { ResourceServer } from '../../api/resource-servers';

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

/** "24 hours", "1 hour", "1.5 hours". */
export function formatLifetimeHours(seconds: number): string {
  const hours = Math.round((seconds / 3600) * 10) / 10;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The note after a save: a token keeps the scopes it was issued with until it expires (§9). */
export function savedNote(
  resourceServer: Pick<ResourceServer, 'name' | 'token_lifetime'> | undefined,
): string {
  const base = 'Tokens already issued keep their old scopes until they expire';
  if (!resourceServer?.token_lifetime)
    return `${base}; the app must request a new token to get the new scopes.`;
  return `${base} (up to ${formatLifetimeHours(resourceServer.token_lifetime)} for ${resourceServer.name}); the app must request a new token to get the new scopes.`;
}
