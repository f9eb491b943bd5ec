import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import type { ClientGrant } from '../api/client-grants';
import { ApiError } from '../api/errors';
import type { ManagementApi } from '../api/management-api';
import { ConnectionContext, type ConnectionState } from '../connection/connection-context';

export const grant = (id: string, scope: string[], extra: Partial<ClientGrant> = {}): ClientGrant => ({
  id,
  client_id: `app-${id}`,
  audience: 'https://api',
  subject_type: 'client',
  scope,
  ...extra,
});

const notFound = () =>
  new ApiError({ status: 404, error: 'Not Found', message: 'gone', errorCode: 'inexistent_client_grant' });

/** A tenant in memory behind the api calls the bulk runners make. */
export function fakeTenant(grants: ClientGrant[]) {
  const held = new Map(grants.map((g) => [g.id, g]));
  const api = {
    domain: 'acme.auth0.com',
    pacing: () => ({
      estimatedPerSecond: 2,
      capacity: 10,
      available: 10,
      queued: { interactive: 0, background: 0 },
      headersVisible: false,
    }),
    subscribePacing: () => () => undefined,
    // No pacer here: a reservation that holds no slot leaves every call to queue as usual.
    reserveSlots: async () => ({ take: () => undefined, release: () => undefined }),
    clientGrants: {
      get: vi.fn(async (id: string) => held.get(id) ?? Promise.reject(notFound())),
      update: vi.fn(async (id: string, body: { scope: string[] }) => {
        const next = { ...held.get(id)!, scope: body.scope };
        held.set(id, next);
        return next;
      }),
      remove: vi.fn(async (id: string) => void held.delete(id)),
    },
  } as unknown as ManagementApi;
  return { api, held };
}

const allScopes = ['read:client_grants', 'update:client_grants', 'delete:client_grants'];

/** Renders inside a connection (with `scopes` on its token) and a query client. */
export function withConnection(
  api: ManagementApi,
  children: ReactNode,
  scopes = allScopes,
  subject = 'admin@clients',
) {
  const state: ConnectionState = {
    connection: { domain: 'acme.auth0.com', api, scopes, expiresAt: Date.now() + 3_600_000, subject },
    connect: () => Promise.resolve(),
    replaceToken: () => undefined,
    disconnect: () => undefined,
    tokenRejected: false,
    rateLimitRetryAt: undefined,
  };
  return (
    <QueryClientProvider client={new QueryClient()}>
      <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>
    </QueryClientProvider>
  );
}
