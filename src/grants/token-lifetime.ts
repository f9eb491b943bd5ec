import type { ResourceServer } from '../api/resource-servers';

/** Auth0's default access-token lifetime when an API does not set its own: 86,400 s. */
const defaultLifetimeSeconds = 86_400;

export function tokenLifetimeHours(server: ResourceServer | undefined): number | undefined {
  if (!server) return undefined;
  return Math.round(((server.token_lifetime ?? defaultLifetimeSeconds) / 3600) * 10) / 10;
}
