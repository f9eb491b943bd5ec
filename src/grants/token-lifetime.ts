import type { ResourceServer } from '../api/resource-servers';

/** Auth0's access-token lifetime for an API that does not set its own: 86,400 s. */
const defaultLifetimeSeconds = 86_400;

export function tokenLifetimeSeconds(server: Pick<ResourceServer, 'token_lifetime'>): number {
  return server.token_lifetime ?? defaultLifetimeSeconds;
}

/** "24 hours", "1 hour", "1.5 hours". */
export function formatLifetimeHours(seconds: number): string {
  const hours = Math.round((seconds / 3600) * 10) / 10;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}
