import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { LOG_SEARCH_LIMIT, MAX_LOG_PAGE, quoteLogValue, type LogEvent } from '../api/logs';
import type { ManagementApi } from '../api/management-api';
import { shouldRetry } from '../app/query-client';
import { usageFromEvents, usageQuery } from './grant-usage';
import { eventTime, type LogWindow } from './log-window';

// Every log read is a background one: the pacer serves the grants table's requests first.
const background = (signal: AbortSignal) => ({ signal, priority: 'background' }) as const;
/** Logs only grow; what was read a minute ago is still true of that minute. */
const LOG_STALE_MS = 60_000;

/** A 403 means the token lacks read:logs: an answer to show, not a failure to retry. */
export const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403;

const retryUnlessForbidden = (count: number, error: unknown) => !isForbidden(error) && shouldRetry(count, error);

export const logKeys = {
  all: (domain: string) => ['auth0', domain, 'logs'] as const,
  usageIndex: (domain: string) => [...logKeys.all(domain), 'usage-index'] as const,
};

export const logQueries = {
  /** Where the logs start: the oldest event the tenant returns, of any type. */
  window: (api: ManagementApi) =>
    queryOptions({
      queryKey: [...logKeys.all(api.domain), 'window'] as const,
      queryFn: async ({ signal }): Promise<LogWindow> => {
        // Not log_id: the published description's `fields` pattern leaves it out (docs/management-api.md), and only the date is used.
        const [oldest] = await api.logs.search({ sort: 'date:1', per_page: 1, fields: ['date', 'type'] }, background(signal));
        return { oldest: oldest && eventTime(oldest.date) };
      },
      staleTime: LOG_STALE_MS,
      retry: retryUnlessForbidden,
    }),
  /** One grant's newest tokens (one page: the count beyond it is said to be a floor). */
  grantUsage: (api: ManagementApi, clientId: string, audience: string) =>
    queryOptions({
      queryKey: [...logKeys.all(api.domain), 'grant-usage', clientId, audience] as const,
      queryFn: async ({ signal }) => {
        const q = usageQuery(clientId, audience, quoteLogValue);
        // searchPage keeps the events without a date: a token issued at an unknown time is still a use.
        const page = await api.logs.searchPage({ q, sort: 'date:-1', per_page: MAX_LOG_PAGE }, background(signal));
        return usageFromEvents(page.events, clientId, audience, MAX_LOG_PAGE, page.undated);
      },
      staleTime: LOG_STALE_MS,
      retry: retryUnlessForbidden,
    }),
  /**
   * The tenant's Management API writes, newest first, a page at a time; shared by every grant's
   * History (the query syntax cannot select a request path, so each grant filters the same pages).
   */
  writes: (api: ManagementApi) =>
    infiniteQueryOptions({
      queryKey: [...logKeys.all(api.domain), 'writes'] as const,
      queryFn: ({ signal, pageParam }): Promise<LogEvent[]> =>
        api.logs.search({ q: 'type:sapi', sort: 'date:-1', page: pageParam, per_page: MAX_LOG_PAGE }, background(signal)),
      initialPageParam: 0,
      // A short page is the end; past 1,000 results the search is refused (§12).
      getNextPageParam: (last, pages) =>
        last.length === MAX_LOG_PAGE && (pages.length + 1) * MAX_LOG_PAGE <= LOG_SEARCH_LIMIT ? pages.length : undefined,
      staleTime: LOG_STALE_MS,
      retry: retryUnlessForbidden,
    }),
};
