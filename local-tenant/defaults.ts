import { createHash } from 'node:crypto';

// Demo credentials of the local tenant. They only ever open a tenant on loopback, so they are
// public on purpose: tests, `npm start` and the README use them.
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Admin M2M app: read/create/update/delete:client_grants, read:clients, read:resource_servers, read:logs,
 * read:organizations, read/create/delete:organization_client_grants, read:organization_connections (the Deploy CLI
 * export writes each listed organization's connections).
 */
export const DEFAULT_ADMIN_CLIENT_ID = 'LocalTenantAdminApp0000000000001';
export const DEFAULT_ADMIN_CLIENT_SECRET = 'local-tenant-admin-secret-do-not-use-in-production';

/** Read-only M2M app: read:client_grants, read:clients, read:resource_servers, read:logs, read:organizations, read:organization_client_grants. */
export const READ_ONLY_CLIENT_ID = 'LocalTenantReadOnlyApp0000000001';
export const READ_ONLY_CLIENT_SECRET = 'local-tenant-read-only-secret-do-not-use-in-production';

/** Auth0 enterprise production limits: a person clicking around never reaches them. */
export const DEFAULT_RATE_LIMIT = { burst: 50, perSecond: 16 } as const;

export const DEFAULT_TOKEN_LIFETIME = 86_400;

/**
 * Secret of every other seeded app, derived from its client_id, so a test can get a token for
 * any app that holds a grant without reading the data file. Never returned by `/clients`.
 */
export function seededClientSecret(clientId: string): string {
  return createHash('sha256').update(`local-tenant:${clientId}`).digest('base64url');
}
