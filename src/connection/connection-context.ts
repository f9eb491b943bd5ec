import { createContext, useContext } from 'react';
import type { ManagementApi } from '../api/management-api';
import type { WaitCause } from '../api/request';

export type Connection = {
  domain: string;
  api: ManagementApi;
  scopes: string[];
  /** Epoch ms when the token stops working. */
  expiresAt: number;
  /** The Management API token's `sub` (an M2M app's `{client_id}@clients`), for the tenant menu. */
  subject?: string;
};

export type ConnectInput = { domain: string; token: string; stayConnected: boolean };

export type ConnectionState = {
  connection: Connection | undefined;
  /** Resolves once the grants page can render (its first page read, or a short wait given up). */
  connect(input: ConnectInput): Promise<void>;
  /** Swap in a fresh token for the same tenant after a 401, keeping every page and form as it is. */
  replaceToken(token: string): void;
  disconnect(): void;
  /** True after the tenant answered 401 (expired or revoked token), until a new token is given. */
  tokenRejected: boolean;
  /** When the api module retries a 429 or a 503 with Retry-After (epoch ms), while it waits. */
  rateLimitRetryAt: number | undefined;
  /** Why it waits: the tenant's rate limit (the default) or the tenant being unavailable. */
  rateLimitCause?: WaitCause;
};

export const ConnectionContext = createContext<ConnectionState | undefined>(undefined);

export function useConnectionState(): ConnectionState {
  const state = useContext(ConnectionContext);
  if (!state) throw new Error('useConnectionState must be used inside <ConnectionProvider>');
  return state;
}

/** For features that only render while connected. */
export function useConnection(): Connection {
  const { connection } = useConnectionState();
  if (!connection) throw new Error('useConnection needs an open connection');
  return connection;
}
