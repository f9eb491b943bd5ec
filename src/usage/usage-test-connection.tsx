import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { LogEvent, LogSearchQuery } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import { ConnectionContext, type ConnectionState } from '../connection/connection-context';

export const LOG_SCOPES = ['read:client_grants', 'read:clients', 'read:resource_servers', 'read:logs'];

/** A fake api answering log searches from `answer` (the tests steer it per query). */
export function fakeLogsApi(answer: (query: LogSearchQuery) => Promise<LogEvent[]>) {
  return { domain: 'tenant.example.com', logs: { search: vi.fn(answer), checkpoint: vi.fn() } };
}

export function renderConnected(ui: ReactElement, api: ReturnType<typeof fakeLogsApi>, scopes = LOG_SCOPES) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const state: ConnectionState = {
    connection: { domain: api.domain, api: api as unknown as ManagementApi, scopes, expiresAt: Number.MAX_SAFE_INTEGER },
    connect: vi.fn(),
    replaceToken: vi.fn(),
    disconnect: vi.fn(),
    tokenRejected: false,
    rateLimitRetryAt: undefined,
  };
  return render(
    <QueryClientProvider client={queryClient}>
      <ConnectionContext.Provider value={state}>{ui}</ConnectionContext.Provider>
    </QueryClientProvider>,
  );
}
