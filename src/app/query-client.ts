import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError, NetworkError } from '../api/errors';

const maxRetries = 2;

/**
 * Retry only what may succeed on its own: network failures and 5xx. 429s (and 503s with Retry-After)
 * are already waited out and retried by the api module's pacer; other 4xx never change by retrying.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.status >= 500;
}

export function createQueryClient(config: Pick<QueryClientConfig, 'queryCache' | 'mutationCache'> = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        // Every request spends the tenant's rate limit; admins refresh on purpose with the Refresh button.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
