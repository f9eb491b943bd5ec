import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ClientGrantPage } from '../api/client-grants';
import type { ManagementApi } from '../api/management-api';
import { grantQueries, type GrantListParams } from './grant-queries';
import { hasPrefetchHeadroom } from './prefetch-policy';

/** Loads the next page in the background once this one is shown, when the tenant's rate limit allows it. */
export function usePrefetchNextPage(api: ManagementApi, params: GrantListParams, page: ClientGrantPage | undefined, isPlaceholder: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!page || isPlaceholder) return;
    const hasNext = (params.page + 1) * params.per_page < page.total;
    if (!hasNext || !hasPrefetchHeadroom(api.rateLimit())) return;
    void queryClient.prefetchQuery(grantQueries.list(api, { ...params, page: params.page + 1 }));
  }, [api, queryClient, page, isPlaceholder, params]);
}
