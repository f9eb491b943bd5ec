import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { ManagementApi } from '../api/management-api';
import { ConnectionContext, type ConnectionState } from './connection-context';

/**
 * For component tests: renders `ui` connected to a fake api (only what the component calls) with these
 * token scopes, in a fresh query cache that never retries.
 */
export function renderConnected(ui: ReactElement, api: { domain: string }, scopes: string[]) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const state: ConnectionState = {
    connection: { domain: api.domain, api: api as unknown as ManagementApi, scopes, expiresAt: Number.MAX_SAFE_INTEGER },
    connect: vi.fn(),
    replaceToken: vi.fn(),
    disconnect: vi.fn(),
    tokenRejected: false,
    rateLimitRetryAt: undefined,
  };
  // A wrapper, not inline providers: `rerender` keeps the connection and the cache.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>
    </QueryClientProvider>
  );
  // The cache too, for a test that plays a background read publishing into it.
  return Object.assign(render(ui, { wrapper }), { queryClient });
}
