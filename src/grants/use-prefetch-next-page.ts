import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ClientGrantPage } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { grantQueries, type GrantListParams } from './grant-queries';
import { hasPrefetchHeadroom } from './prefetch-policy';
import { afterNextPaint } from '../components/after-next-paint';

/**
 * Loads the next page in the background once this one is shown, when the pacer sees headroom in the
 * tenant's rate limit (from the headers, or its own estimate when they are hidden). Background priority:
 * a click that needs a request goes first.
 */
export function usePrefetchNextPage(api: ManagementApi, params: GrantListParams, page: ClientGrantPage | undefined, isPlaceholder: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!page || isPlaceholder) return;
    const hasNext = (params.page + 1) * params.per_page < page.total;
    if (!hasNext || !hasPrefetchHeadroom(api.pacing())) return;
    const next = { ...params, page: params.page + 1 };
    // After the page that was asked for is painted: a page turn's effects run inside the click's task, and
    // starting a request there (the query, the pacer, fetch) delayed the new rows on screen.
    return afterNextPaint(() => {
      void queryClient.prefetchQuery({
        ...grantQueries.list(api, next),
        queryFn: ({ signal }) => api.clientGrants.list(next, { signal, priority: 'background' }),
      });
    });
  }, [api, queryClient, page, isPlaceholder, params]);
}
